/// Everything a reporter renders: sorted diagnostics, the rule outcomes, and the sources.
public struct LintReport: Sendable {
  /// All sources of the run, to derive locations and snippets.
  public var sources: SourceManager
  /// Diagnostics sorted by file, line, column and rule.
  public var diagnostics: [Diagnostic]
  /// One outcome per rule that ran, in rule order.
  public var outcomes: [RuleOutcome]
  /// How many documents were checked.
  public var documentCount: Int
  /// Findings silenced by inline suppressions.
  public var suppressedCount = 0
  /// Findings accepted by the baseline.
  public var baselineCount = 0
  /// The most workers a reporter may render with (0: one per core).
  public var jobs = 0
  /// The number of diagnostics at each severity, by ``Severity`` order (error,
  /// warning, note); set from ``diagnostics`` at creation, or by a streaming
  /// check, whose report holds no diagnostics when its summary is written.
  public var severityCounts: [Int]

  /// Creates a report; diagnostics are sorted for output. Given an array nothing
  /// else holds, the report sorts it in place.
  public init(
    sources: SourceManager, diagnostics: consuming [Diagnostic], outcomes: [RuleOutcome], documentCount: Int
  ) {
    self.sources = sources
    let bySeverity = diagnostics.sortForOutput(sources: sources)
    self.diagnostics = diagnostics
    self.outcomes = outcomes
    self.documentCount = documentCount
    var counts = [0, 0, 0]
    for severity in Severity.allCases { counts[Self.slot(severity)] = bySeverity[severity.rawValue] }
    severityCounts = counts
  }

  private static func slot(_ severity: Severity) -> Int {
    switch severity {
    case .error: return 0
    case .warning: return 1
    case .note: return 2
    }
  }

  /// The number of diagnostics at `severity`.
  public func count(_ severity: Severity) -> Int { severityCounts[Self.slot(severity)] }

  /// The path and 1-based line and column of the start of `span`.
  public func location(_ span: Span) -> (path: String, position: SourcePosition) {
    let file = sources[span.file]
    return (file.path, file.location(of: span.start))
  }

  /// The line summary printed after the diagnostics, like a test run:
  /// `5 documents, 7 rules: 5 held, 2 failed (a, b); 3 errors, 2 warnings`.
  public var summary: String {
    let failed = outcomes.filter { !$0.passed }.map(\.rule.id)
    let held = outcomes.count - failed.count
    var text = "\(documentCount) \(documentCount == 1 ? "document" : "documents"), "
    text += "\(outcomes.count) \(outcomes.count == 1 ? "rule" : "rules"): \(held) held, \(failed.count) failed"
    if !failed.isEmpty { text += " (\(failed.joined(separator: ", ")))" }
    var counts: [String] = []
    for severity in [Severity.error, .warning, .note] {
      let n = count(severity)
      if n > 0 { counts.append("\(n) \(severity.name)\(n == 1 ? "" : "s")") }
    }
    text += "; " + (counts.isEmpty ? "no findings" : counts.joined(separator: ", "))
    if suppressedCount > 0 { text += "; \(suppressedCount) suppressed" }
    if baselineCount > 0 { text += "; \(baselineCount) in the baseline" }
    return text
  }
}

/// Renders a ``LintReport`` in one output format.
public protocol Reporter {
  /// The name given to `--format` and `--output NAME=FILE`.
  static var name: String { get }
  /// The whole output for `report`.
  func render(_ report: LintReport) -> String
  /// Passes the output for `report` to `write` in pieces, in order, so that a large
  /// report need not be held whole; the pieces joined are ``render(_:)``.
  func write(_ report: LintReport, to write: (String) -> Void)
}

extension Reporter {
  /// Writes the whole output at once: formats that need the whole report anyway.
  public func write(_ report: LintReport, to write: (String) -> Void) { write(render(report)) }
}

/// A format that can be written as the findings come, a document at a time: what
/// comes before the diagnostics, the diagnostics of each run of documents, and
/// what comes after them. Its whole output (``Reporter/render(_:)``) is the same
/// pieces written at once.
public protocol StreamingReporter: Reporter, Sendable {
  /// What comes before the diagnostics (the report's rules are known; its
  /// diagnostics are not).
  func head(_ report: LintReport) -> String
  /// The diagnostics of `report`, in order, with ``separator`` between two of them.
  func body(_ report: LintReport) -> String
  /// What is written between the bodies of two runs of diagnostics.
  var separator: String { get }
  /// What comes after the diagnostics; `empty` says whether there were none.
  func tail(_ report: LintReport, empty: Bool) -> String
}

extension StreamingReporter {
  public func render(_ report: LintReport) -> String {
    head(report) + body(report) + tail(report, empty: report.diagnostics.isEmpty)
  }

  /// Writes the head, the body in chunks of 512 diagnostics, and the tail
  /// (``write(_:chunkSize:to:)``): what ``render(_:)`` gives, in pieces.
  public func write(_ report: LintReport, to write: (String) -> Void) {
    self.write(report, chunkSize: 512, to: write)
  }

  /// Writes the head, then the bodies of chunks of `chunkSize` diagnostics, rendered
  /// side by side on `report.jobs` workers and written in order as each is done while
  /// the workers go on with the next chunks, then the tail; no piece is empty. Memory
  /// holds a few chunks per worker, not the whole output, and no worker waits for the
  /// writing.
  public func write(_ report: LintReport, chunkSize: Int, to write: (String) -> Void) {
    let head = head(report)
    if !head.isEmpty { write(head) }
    let diagnostics = report.diagnostics
    let chunk = max(1, chunkSize)
    let chunks = (diagnostics.count + chunk - 1) / chunk
    let window = 4 * max(1, report.jobs == 0 ? Parallel.coreCount : report.jobs)
    var wroteAny = false
    Parallel.forEachInOrder(count: chunks, jobs: report.jobs, window: window) { k in
      var part = report
      part.diagnostics = Array(diagnostics[(k * chunk)..<min(diagnostics.count, k * chunk + chunk)])
      return body(part)
    } collect: { text in
      guard !text.isEmpty else { return }
      write(wroteAny ? separator + text : text)
      wroteAny = true
    }
    let tail = tail(report, empty: diagnostics.isEmpty)
    if !tail.isEmpty { write(tail) }
  }
}
