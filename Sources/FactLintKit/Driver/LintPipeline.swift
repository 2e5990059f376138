import Foundation

/// Reads documents and extracts their facts, spreading files across cores.
///
/// Files are read and decoded in parallel, registered in path order (so file
/// ids, and therefore output, never depend on scheduling), then extracted in parallel.
public struct LintPipeline: Sendable {
  /// Worker threads (0: one per core).
  public var jobs: Int
  /// Extensions taken from directories.
  public var extensions: Set<String>
  /// The directory relative paths are resolved against (`nil`: the process's).
  public var baseDirectory: String?

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
    let decoded = Parallel.map(count: files.count, jobs: jobs) { i -> (DocumentDecoder.Decoded?, Bool) in
      guard let handle = FileHandle(forReadingAtPath: disk[i]) else { return (nil, false) }
      defer { try? handle.close() }
      do {
        // `readToEnd` returns nil for an empty file.
        let data = try handle.readToEnd() ?? Data()
        return (DocumentDecoder.decode([UInt8](data), path: files[i]), true)
      } catch {
        return (nil, false)
      }
    }
    var failures = walk.problems.filter { $0.kind.severity == .error }
    var diagnostics: [Diagnostic] = []
    var documents: [SourceFile] = []
    var faithful: [FileID: Bool] = [:]
    for problem in walk.problems where problem.kind.severity != .error {
      let file = sources.add(path: problem.path, bytes: [], role: .document)
      diagnostics.append(Self.diagnostic(problem, file: file.id))
    }
    for (i, (result, readable)) in decoded.enumerated() {
      guard readable, let result else {
        failures.append(InputProblem(path: files[i], kind: .unreadable, detail: "cannot read file"))
        continue
      }
      let file = sources.add(
        path: files[i], bytes: result.bytes ?? [], role: .document, prefixLength: result.prefixLength,
        diskPath: disk[i])
      for problem in result.problems { diagnostics.append(Self.diagnostic(problem, file: file.id)) }
      if result.bytes != nil {
        documents.append(file)
        faithful[file.id] = result.isByteFaithful
      }
    }
    let toExtract = documents
    let extracted = Parallel.map(count: toExtract.count, jobs: jobs) { i in Extractor.extract(toExtract[i]) }
    return Loaded(
      corpus: Corpus(sources: sources, extracted: extracted), diagnostics: diagnostics, failures: failures,
      faithful: faithful)
  }

  static func diagnostic(_ problem: InputProblem, file: FileID) -> Diagnostic {
    let offset = problem.offset ?? 0
    return Diagnostic(
      ruleID: problem.kind.rawValue, severity: problem.kind.severity, message: problem.detail,
      span: Span(file: file, start: offset, end: problem.offset == nil ? offset : offset + 1))
  }
}
