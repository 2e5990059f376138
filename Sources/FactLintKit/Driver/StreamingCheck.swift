import FoundationEssentials
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `factlint check` over a corpus too large to hold: no document's text or facts
/// outlive the time it is read, so memory grows with what the rules compare (the
/// distinct values, names and titles), not with the corpus.
///
/// The documents are taken in path order, in runs worked on side by side:
/// 1. every document is read and decoded, and its facts extracted and sifted for
///    the rules; all of it is written to a scratch file (``DocumentRecords``). The
///    rules that select no people or names sum the document up at once
///    (``CorpusSummary/Part/unlinked``): linking changes none of the facts they
///    take. The people of every document are gathered
///    (``PersonLinker/KnownPeople``) when a rule selects people or names, since
///    linking needs the whole corpus's titled names first;
/// 2. when a rule that selects people or names compares documents, every
///    document's facts of the kinds those rules read are read back from the
///    scratch file, linked, and summed up for them; the other facts are stepped
///    over, unread;
/// 3. every document, read back again, is judged against the settled summary; its
///    findings are written at once, so that output starts before the run ends.
///
/// So each document is opened and extracted once, and judged as the first pass
/// read it, however it changes on disk meanwhile. When no scratch file can be made
/// or written (no temporary directory, a full disk), the later passes read the
/// documents from disk and extract their facts again: slower, with the same output.
/// The texts of the few documents that findings point at are read once more and
/// kept. The output is the same bytes as a check that holds the corpus.
struct StreamingCheck: Sendable {
  let context: CommandContext
  let ruleSet: RuleSet
  let sources: SourceManager
  let reporter: any StreamingReporter
  let format: String

  /// The corpus size from which `--stream auto` streams.
  static let autoThreshold = 256 << 20

  /// The most documents the passes take in one run.
  static let runLength = 512

  /// Why a run with `options` in `format` cannot stream, if it cannot: what needs
  /// every finding at once (fixes, a baseline written, JUnit's per-rule cases,
  /// extra outputs) or a corpus read another way.
  static func obstacle(_ options: Options, format: String) -> String? {
    if options.fix { return "'--fix'" }
    if options.writeBaseline != nil { return "'--write-baseline'" }
    if !options.outputs.isEmpty { return "'--output'" }
    if !options.context.isEmpty { return "'--context'" }
    if !options.factFiles.isEmpty { return "'--facts'" }
    if format == "junit" { return "'--format junit'" }
    return nil
  }

  /// Whether the files at `disk` hold at least `threshold` bytes together. Their
  /// sizes are asked of their directories (``FileSizes``) in runs on `jobs` workers
  /// (0: one per core), which stop once the runs done reach the threshold: asking one
  /// by one, a large corpus kept the other cores waiting before any file was read.
  static func reaches(_ threshold: Int, _ disk: [String], jobs: Int = 0) -> Bool {
    let run = 256
    let total = Atomic<Int>(0)
    Parallel.forEach(count: (disk.count + run - 1) / run, jobs: jobs) { r in
      guard total.load(ordering: .relaxed) < threshold else { return }
      total.add(FileSizes.total(of: disk[(r * run)..<min(disk.count, r * run + run)]), ordering: .relaxed)
    }
    return total.load(ordering: .relaxed) >= threshold
  }

  /// One place of the output, in path order: document `d` is `d`, problem `p` met
  /// while walking is `-1 - p` (four bytes a place, for millions of documents).
  private typealias Unit = Int32

  /// What checking one run of units produced.
  private struct RunResult: Sendable {
    var text = ""
    var kept: [Int]
    var severities = [0, 0, 0]
    var suppressed = 0
    var baselined = 0
    var unreadable: [String] = []
    /// Documents whose slots the run pinned, to unpin once its findings are rendered.
    var pinned: [FileID] = []
  }

  /// The documents of the walk, each with the identifier reserved for it.
  private struct Documents: Sendable {
    let paths: [String]
    let first: Int
    let walker: CorpusWalker

    func id(_ d: Int) -> FileID { FileID(first + d) }

    /// Opens the files of documents `range` all at once and asks the kernel to start
    /// reading them from disk, so that reading them one by one waits less: a corpus
    /// larger than the page cache is read from disk in the first pass. A file that
    /// cannot be opened has -1; each descriptor is for ``read(_:descriptor:)``.
    func opened(_ range: Range<Int>) -> [Int32] {
      range.map { d in FileBytes.openReadingAhead(walker.diskPath(paths[d])) }
    }

    /// The document's text, decoded; `nil` when it cannot be read.
    func read(_ d: Int) -> DocumentDecoder.Decoded? {
      LintPipeline.read(walker.diskPath(paths[d]), path: paths[d])
    }

    /// The document's text, decoded, read from `descriptor`, which this closes; read
    /// from its path when `descriptor` is -1 (the file could not be opened).
    func read(_ d: Int, descriptor: Int32) -> DocumentDecoder.Decoded? {
      guard descriptor >= 0 else { return read(d) }
      return LintPipeline.read(descriptor, path: paths[d])
    }

    /// Document `d` as the first pass read it, from `records` when they hold it
    /// (with its facts of `kinds`, when `withFacts`), else read from disk again (and
    /// without facts, which are then extracted).
    func reread(
      _ d: Int, from records: DocumentRecords.Loaded?, withFacts: Bool = true, kinds: FactKindSet = .all
    ) -> DocumentRecords.Document {
      if let kept = records?.document(d, file: id(d), withFacts: withFacts, kinds: kinds) { return kept }
      return DocumentRecords.Document(decoded: read(d), facts: nil)
    }

    /// The source of document `d` with `bytes`.
    func file(_ d: Int, bytes: [UInt8], prefixLength: Int) -> SourceFile {
      SourceFile(
        id: id(d), path: paths[d], bytes: bytes, role: .document, prefixLength: prefixLength,
        diskPath: walker.diskPath(paths[d]))
    }
  }

  /// Checks the files of `walk`, which `walker` found; `baseline` accepts findings.
  func run(walk: CorpusWalker.Result, walker: CorpusWalker, baseline: Baseline?) -> Int32 {
    let io = context.io
    // Problems are registered first, as a check that holds the corpus does; each
    // document has a slot reserved, filled only while it is read.
    var problems: [(path: String, diagnostic: Diagnostic)] = []
    for problem in walk.problems where problem.kind.severity != .error {
      let file = sources.add(path: problem.path, bytes: [], role: .document)
      problems.append((problem.path, LintPipeline.diagnostic(problem, file: file.id)))
    }
    let reserved = sources.reserve(walk.files.count)
    let documents = Documents(paths: walk.files, first: reserved.lowerBound, walker: walker)
    // The places of the output in path order: the walk's files are sorted already.
    problems.sort { $0.path.utf8Precedes($1.path) }
    var units: [Unit] = []
    units.reserveCapacity(problems.count + walk.files.count)
    var p = 0
    for (d, path) in walk.files.enumerated() {
      while p < problems.count && problems[p].path.utf8Precedes(path) {
        units.append(Unit(-1 - p))
        p += 1
      }
      units.append(Unit(d))
    }
    units += (p..<problems.count).map { Unit(-1 - $0) }
    let walkDiagnostics = problems.map(\.diagnostic)

    // 1. The facts and the people of the corpus; 2. its summary.
    let rules = ruleSet.rules
    let jobs = context.pipeline.jobs
    let sieve = FactSieve(rules: rules)
    var records = DocumentRecords(directory: scratchDirectory)
    var summary = CorpusSummary(rules: rules, maxPerDocument: context.options.maxPerDocument)
    let (known, documentCount) = extractAll(documents, sieve: sieve, into: &records, summary: &summary, jobs: jobs)
    let stored = records
    if summary.comparesDocuments(in: .linked) {
      summarizeLinked(documents, sieve: sieve, stored: stored, known: known, into: &summary, jobs: jobs)
    }
    summary.finish()

    // 3. The findings, written as they come.
    let knownRules = Set(rules.map(\.id)).union(DefaultRules.ids)
    // The rules as the reports of each run list them (SARIF numbers its results by
    // them), and each rule's place, to count the findings kept.
    let listed = rules.map { RuleOutcome(rule: $0, findingCount: 0) }
    var ruleIndex: [String: Int] = [:]
    for (r, rule) in rules.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = r }
    let places = ruleIndex
    io.out(reporter.head(LintReport(sources: sources, diagnostics: [], outcomes: listed, documentCount: 0)))
    var total = RunResult(kept: [Int](repeating: 0, count: rules.count))
    var wroteAny = false
    let settled = summary
    let allUnits = units
    forEachRun(allUnits.count, jobs: jobs) { range in
      var result = RunResult(kept: [Int](repeating: 0, count: rules.count))
      var bodies: [String] = []
      // The run's documents are consecutive: their records are read at once.
      let first = range.first { allUnits[$0] >= 0 }.map { Int(allUnits[$0]) }
      let last = range.last { allUnits[$0] >= 0 }.map { Int(allUnits[$0]) }
      let records = first.flatMap { first in last.flatMap { stored?.load(first..<($0 + 1)) } }
      for u in range {
        let unit = Int(allUnits[u])
        guard unit >= 0 else {
          bodies.append(render([walkDiagnostics[-1 - unit]], rules: listed, into: &result))
          continue
        }
        guard
          let found = check(
            unit, of: documents, records: records, summary: settled, sieve: sieve, known: known,
            knownRules: knownRules, ruleIndex: places, baseline: baseline, into: &result)
        else {
          result.unreadable.append(documents.paths[unit])
          continue
        }
        if found.isEmpty { continue }
        // The other documents its findings point at are read again, for their lines.
        for finding in found {
          for related in finding.related where reserved.contains(related.span.file.index) {
            let id = related.span.file
            let d = id.index - reserved.lowerBound
            let filled = sources.pin(id) {
              let record = stored?.load(d..<(d + 1))
              guard let decoded = documents.reread(d, from: record, withFacts: false).decoded,
                let bytes = decoded.bytes
              else { return nil }
              return documents.file(d, bytes: bytes, prefixLength: decoded.prefixLength)
            }
            if filled { result.pinned.append(id) }
          }
        }
        bodies.append(render(found, rules: listed, into: &result))
      }
      // The texts are let go once no run that shows them is rendering.
      for id in result.pinned { sources.unpin(id) }
      result.pinned = []
      result.text = bodies.joined(separator: reporter.separator)
      return result
    } collect: { result in
      if !result.text.isEmpty {
        io.out(wroteAny ? reporter.separator + result.text : result.text)
        wroteAny = true
      }
      for r in total.kept.indices { total.kept[r] += result.kept[r] }
      for s in 0..<3 { total.severities[s] += result.severities[s] }
      total.suppressed += result.suppressed
      total.baselined += result.baselined
      total.unreadable += result.unreadable
    }

    let outcomes = rules.indices.map { RuleOutcome(rule: rules[$0], findingCount: total.kept[$0]) }
    var report = LintReport(sources: sources, diagnostics: [], outcomes: outcomes, documentCount: documentCount)
    report.severityCounts = total.severities
    report.suppressedCount = total.suppressed
    report.baselineCount = total.baselined
    io.out(reporter.tail(report, empty: !wroteAny))
    let walkFailures = walk.problems.filter { $0.kind.severity == .error }
    for failure in walkFailures { io.err("factlint: error: \(failure.path): \(failure.detail)\n") }
    for path in total.unreadable { io.err("factlint: error: \(path): cannot read file\n") }
    CheckCommand.describeRun(report, ruleSet: ruleSet, format: format, context: context)
    if !walkFailures.isEmpty || !total.unreadable.isEmpty { return 2 }
    if report.count(.error) > 0 { return 1 }
    if context.options.strict && report.count(.warning) > 0 { return 1 }
    return 0
  }

  /// The directory of the scratch file: `$TMPDIR`, or `/tmp`.
  private var scratchDirectory: String {
    if let directory = context.io.environment["TMPDIR"], !directory.isEmpty { return directory }
    return "/tmp"
  }

  /// Extracts every document's facts, sifts them with `sieve`, appends them to
  /// `store` when there is one, and sums them up in `summary` for the rules that
  /// select no people or names. Returns the titled people of every document, settled
  /// to link any document, when a rule selects people or names (none otherwise), and
  /// how many documents were read.
  private func extractAll(
    _ documents: Documents, sieve: FactSieve, into store: inout DocumentRecords?, summary: inout CorpusSummary,
    jobs: Int
  ) -> (PersonLinker.KnownPeople, Int) {
    var people = PersonLinker.KnownPeople()
    var documentCount = 0
    let linksPeople = summary.selectsPeople
    let keeps = store != nil
    let sumsUp = summary.comparesDocuments(in: .unlinked)
    let empty = summary.emptied
    forEachRun(documents.paths.count, jobs: jobs) { range in
      var part = PersonLinker.KnownPeople()
      var run = DocumentRecords.Run()
      var summed = empty
      var count = 0
      let descriptors = documents.opened(range)
      for d in range {
        let read = documents.read(d, descriptor: descriptors[d - range.lowerBound])
        guard let decoded = read, let bytes = decoded.bytes else {
          if keeps { run.add(read, facts: nil) }
          continue
        }
        count += 1
        let file = documents.file(d, bytes: bytes, prefixLength: decoded.prefixLength)
        var facts = Extractor.extract(file, kinds: sieve.kinds)
        if linksPeople { part.add(facts) }
        sieve.sift(&facts, file: file)
        facts.orderForChecks()
        let selected = sumsUp ? summed.add(facts, file: file, part: .unlinked) : nil
        if keeps { run.add(decoded, facts: facts, selected: selected) }
      }
      return (part, run, summed, count)
    } collect: { part, run, summed, count in
      people.merge(part)
      store?.append(run)
      if sumsUp { summary.merge(summed, part: .unlinked) }
      documentCount += count
    }
    return (linksPeople ? people.settled() : people, documentCount)
  }

  /// Sums up every document in `summary` for the rules that select people or
  /// names, with its facts linked to the corpus's `known` people. Only the kinds of
  /// fact those rules and linking read are read back from `stored`.
  private func summarizeLinked(
    _ documents: Documents, sieve: FactSieve, stored: DocumentRecords?, known: PersonLinker.KnownPeople,
    into summary: inout CorpusSummary, jobs: Int
  ) {
    let empty = summary.emptied
    let kinds = summary.kindsRead(by: .linked)
    forEachRun(documents.paths.count, jobs: jobs) { range in
      var part = empty
      let records = stored?.load(range)
      for d in range {
        let document = documents.reread(d, from: records, kinds: kinds)
        guard let decoded = document.decoded, let bytes = decoded.bytes else { continue }
        let file = documents.file(d, bytes: bytes, prefixLength: decoded.prefixLength)
        part.add(Self.linked(document.facts, of: file, sieve: sieve, known: known), file: file, part: .linked)
      }
      return part
    } collect: { part in
      summary.merge(part, part: .linked)
    }
  }

  /// The body of the output for the findings of one place.
  private func render(_ found: [Diagnostic], rules: [RuleOutcome], into result: inout RunResult) -> String {
    var report = LintReport(sources: sources, diagnostics: found, outcomes: rules, documentCount: 0)
    report.jobs = 1
    for s in 0..<3 { result.severities[s] += report.severityCounts[s] }
    return reporter.body(report)
  }

  /// The findings of document `d`, after suppressions and the baseline, with its
  /// input problems and its suppressions' own diagnostics; `nil` when it cannot be
  /// read. Its source is pinned in ``sources`` for rendering, and listed in `result`.
  private func check(
    _ d: Int, of documents: Documents, records: DocumentRecords.Loaded?, summary: CorpusSummary, sieve: FactSieve,
    known: PersonLinker.KnownPeople, knownRules: Set<String>, ruleIndex: [String: Int], baseline: Baseline?,
    into result: inout RunResult
  ) -> [Diagnostic]? {
    let document = documents.reread(d, from: records)
    guard let decoded = document.decoded else { return nil }
    let file = documents.file(d, bytes: decoded.bytes ?? [], prefixLength: decoded.prefixLength)
    sources.pin(file.id) { file }
    result.pinned.append(file.id)
    var found = decoded.problems.map { LintPipeline.diagnostic($0, file: file.id) }
    guard decoded.bytes != nil else { return found }
    // What the first pass selected for the rules that select no people is what they
    // select once people are linked: they take it instead of selecting again.
    let selected = document.selections.flatMap { bytes in
      document.facts.flatMap { kept in
        bytes.withUnsafeBytes { raw in
          var input = ByteDecoder(raw)
          return CorpusSummary.Selected(decoding: &input, facts: kept.facts, file: file)
        }
      }
    }
    let facts = Self.linked(document.facts, of: file, sieve: sieve, known: known)
    let byRule = summary.report(facts, file: file, selected: selected)
    let filter = SuppressionFilter(suppressions: facts.suppressions)
    let suppression = filter.apply(Array(byRule.joined()), knownRules: knownRules, sources: sources)
    var kept = suppression.kept
    if let baseline {
      let (rest, accepted) = baseline.apply(kept, sources: sources)
      kept = rest
      result.baselined += accepted
    }
    result.suppressed += suppression.suppressedCount
    for finding in kept {
      if let r = ruleIndex[finding.ruleID] { result.kept[r] += 1 }
    }
    found += kept
    found += suppression.directiveDiagnostics
    return found
  }

  /// The facts of the document whose source is `file`, as a check that holds the
  /// corpus has them: sifted for the rules and linked with the corpus's people.
  /// They are `kept` ones when given, else extracted and sifted.
  private static func linked(
    _ kept: DocumentFacts?, of file: SourceFile, sieve: FactSieve, known: PersonLinker.KnownPeople
  ) -> DocumentFacts {
    var facts: DocumentFacts
    if let kept {
      facts = kept
    } else {
      facts = Extractor.extract(file, kinds: sieve.kinds)
      sieve.sift(&facts, file: file)
    }
    known.link(&facts)
    return facts
  }

  /// Runs `body` on runs of consecutive indices below `count`, side by side, and
  /// hands each run's result to `collect` in order: memory holds the results of a
  /// few runs per worker, not one per run.
  private func forEachRun<T: Sendable>(
    _ count: Int, jobs: Int, _ body: @escaping @Sendable (Range<Int>) -> T, collect: (T) -> Void
  ) {
    // Each run costs a read of its records, a summary to merge on the collecting thread
    // and a piece of output, and holds a few MB at 512 documents. A corpus of fewer than
    // 8,192 documents is cut into shorter runs, eight a worker, so that both end together.
    let runs = RuleEvaluator.chunks(count, jobs: jobs, largest: Self.runLength)
    let window = 4 * (jobs > 0 ? jobs : Parallel.coreCount)
    Parallel.forEachInOrder(count: runs.count, jobs: jobs, window: window, { body(runs[$0]) }, collect: collect)
  }
}
