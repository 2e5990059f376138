import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads documents and extracts their facts, spreading files across cores.
///
/// Every file gets its id in path order before any is read (so ids, and therefore
/// output, never depend on scheduling); then each is read, decoded and extracted by
/// one worker in one go, the files spread across cores.
public struct LintPipeline: Sendable {
  /// Worker threads (0: one per core).
  public var jobs: Int
  /// Extensions taken from directories.
  public var extensions: Set<String>
  /// The directory relative paths are resolved against (`nil`: the process's).
  public var baseDirectory: String?
  /// Whether ``Loaded/extracted`` keeps the facts as read (for fact files).
  public var keepExtracted = false
  /// When set, each document keeps only the facts it lets through (a check's rules).
  public var sieve: FactSieve?

  /// Creates a pipeline.
  public init(jobs: Int = 0, extensions: Set<String> = ["txt", "md"], baseDirectory: String? = nil) {
    self.jobs = jobs
    self.extensions = extensions
    self.baseDirectory = baseDirectory
  }

  /// What reading a corpus produced.
  public struct Loaded: Sendable {
    /// The linked facts of the documents read.
    public var corpus: Corpus
    /// Problems met on the way, as diagnostics located in their files.
    public var diagnostics: [Diagnostic]
    /// Paths that could not be used at all (missing, unreadable).
    public var failures: [InputProblem]
    /// Whether each document's bytes match its file on disk one for one (for `--fix`).
    public var faithful: [FileID: Bool]
    /// The facts of each document as read, before people were linked across the corpus.
    public var extracted: [DocumentFacts] = []
    /// Files registered for problems met while walking, before any document.
    public var walkProblemFiles: Set<FileID> = []
  }

  /// Reads `paths` into `sources` and extracts the facts of every document.
  public func load(_ paths: [String], sources: SourceManager) -> Loaded {
    load(walked: CorpusWalker(extensions: extensions, baseDirectory: baseDirectory).walk(paths), sources: sources)
  }

  /// Reads the files of a finished walk. A file that vanished or became
  /// unreadable since the walk is reported as an input error; the rest is read.
  public func load(walked walk: CorpusWalker.Result, sources: SourceManager) -> Loaded {
    let walker = CorpusWalker(extensions: extensions, baseDirectory: baseDirectory)
    let files = walk.files
    let disk = files.map(walker.diskPath)
    var failures = walk.problems.filter { $0.kind.severity == .error }
    var diagnostics: [Diagnostic] = []
    var faithful: [FileID: Bool] = [:]
    var walkProblemFiles = Set<FileID>()
    for problem in walk.problems where problem.kind.severity != .error {
      let file = sources.add(path: problem.path, bytes: [], role: .document)
      diagnostics.append(Self.diagnostic(problem, file: file.id))
      walkProblemFiles.insert(file.id)
    }
    // Every file has its identifier before any is read, in path order, so that each is
    // read, registered and extracted by one worker in one go: no core waits for the
    // last file to be read before extraction starts, and the reading of one worker's
    // files overlaps the extraction of the other's. A worker opens a run of files,
    // asking the kernel to read them all ahead, before it reads the first.
    let ids = sources.reserve(files.count)
    let sieve = sieve
    let kinds = sieve?.kinds ?? .all
    let keepsSentences = keepExtracted
    let run = Self.readRunLength
    var runs = Parallel.map(count: (files.count + run - 1) / run, jobs: jobs) { r in
      let range = (r * run)..<min(files.count, r * run + run)
      let descriptors = range.map { FileBytes.openReadingAhead(disk[$0]) }
      return zip(range, descriptors).map { i, descriptor -> ReadFile in
        guard let result = Self.read(descriptor, path: files[i]) else { return .unreadable }
        // Line tables are built here, on every worker, not when findings are shown.
        let file = SourceFile(
          id: FileID(ids.lowerBound + i), path: files[i], bytes: result.bytes ?? [], role: .document,
          prefixLength: result.prefixLength, diskPath: disk[i], lines: result.bytes.map(LineTable.init))
        sources.fill(file)
        guard result.bytes != nil else { return .read(file, result, nil, 0) }
        var document = Extractor.extract(file, kinds: kinds)
        sieve?.sift(&document, file: file)
        // Sentences serve only fact files. Let go here, they return to the allocator arena
        // of the worker that made them; let go while linking, on either worker, half of
        // them would wait on the lock of the other worker's arena.
        if !keepsSentences { document.sentences = [] }
        return .read(file, result, document, WorkerThread.current)
      }
    }
    var extracted: [DocumentFacts] = []
    var threads: [UInt] = []
    extracted.reserveCapacity(files.count)
    threads.reserveCapacity(files.count)
    for (i, read) in runs.joined().enumerated() {
      guard case .read(let file, let result, let document, let thread) = read else {
        failures.append(InputProblem(path: files[i], kind: .unreadable, detail: "cannot read file"))
        continue
      }
      for problem in result.problems { diagnostics.append(Self.diagnostic(problem, file: file.id)) }
      if let document {
        extracted.append(document)
        threads.append(thread)
        faithful[file.id] = result.isByteFaithful
      }
    }
    // The runs are let go first: linking changes every document's facts in place, and
    // a second reference would make it copy them.
    runs = []
    // Kept only when asked: a second reference would make linking copy every document's facts.
    let kept = keepExtracted ? extracted : []
    let corpus = Corpus(sources: sources, extracted: consume extracted, extractedOn: threads, jobs: jobs)
    return Loaded(
      corpus: corpus, diagnostics: diagnostics, failures: failures, faithful: faithful, extracted: kept,
      walkProblemFiles: walkProblemFiles)
  }

  /// Reads documents back from fact files (``FactFile``) written on shards of a
  /// corpus, in the order a single run over the whole corpus would read them.
  /// A document named in two fact files is read once, from the first.
  public func load(factFiles: [String], sources: SourceManager) -> Loaded {
    var failures: [InputProblem] = []
    var documents: [FactFile.Document] = []
    var seen = Set<String>()
    for path in factFiles {
      let disk = CorpusWalker(extensions: extensions, baseDirectory: baseDirectory).diskPath(path)
      guard let data = FileManager.default.contents(atPath: disk) else {
        failures.append(InputProblem(path: path, kind: .unreadable, detail: "cannot read fact file"))
        continue
      }
      do throws(FactFile.ReadError) {
        for document in try FactFile.read(data) where seen.insert(document.path).inserted {
          documents.append(document)
        }
      } catch {
        failures.append(
          InputProblem(path: "\(path):\(error.line)", kind: .unreadable, detail: "bad fact file: \(error.message)"))
      }
    }
    // Files met while walking come first, then documents by path bytes, as in a walk.
    documents.sort { a, b in
      a.walkProblem != b.walkProblem ? a.walkProblem : a.path.utf8Precedes(b.path)
    }
    var diagnostics: [Diagnostic] = []
    var extracted: [DocumentFacts] = []
    for document in documents {
      let file = sources.add(
        path: document.path, bytes: document.text ?? [], role: .document,
        prefixLength: document.prefixLength)
      for problem in document.problems { diagnostics.append(Self.diagnostic(problem, file: file.id)) }
      guard document.text != nil else { continue }
      var facts = document.facts(in: file)
      sieve?.sift(&facts, file: file)
      extracted.append(facts)
    }
    return Loaded(
      corpus: Corpus(sources: sources, extracted: consume extracted, jobs: jobs), diagnostics: diagnostics,
      failures: failures,
      faithful: [:])
  }

  /// Reads and decodes the file at `disk`, shown as `path`; `nil` when it cannot be read.
  static func read(_ disk: String, path: String) -> DocumentDecoder.Decoded? {
    FileBytes.contents(atPath: disk).map { DocumentDecoder.decode($0, path: path) }
  }

  /// What reading one walked file gave: its source, what decoding it found, and its
  /// facts, extracted and sifted (none for a file skipped, binary or empty).
  private enum ReadFile: Sendable {
    case unreadable
    /// The file, what decoding it found, its facts, and the thread that extracted them.
    case read(SourceFile, DocumentDecoder.Decoded, DocumentFacts?, UInt)
  }

  /// How many files a worker opens, and has read ahead, before reading the first of them.
  static let readRunLength = 64

  /// Reads and decodes the open file `descriptor`, shown as `path`, and closes it; `nil`
  /// when it cannot be read (or was not opened: -1).
  static func read(_ descriptor: Int32, path: String) -> DocumentDecoder.Decoded? {
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    return FileBytes.contents(of: descriptor).map { DocumentDecoder.decode($0, path: path) }
  }

  static func diagnostic(_ problem: InputProblem, file: FileID) -> Diagnostic {
    let offset = problem.offset ?? 0
    return Diagnostic(
      ruleID: problem.kind.rawValue, severity: problem.kind.severity, message: problem.detail,
      span: Span(file: file, start: offset, end: problem.offset == nil ? offset : offset + 1))
  }
}
