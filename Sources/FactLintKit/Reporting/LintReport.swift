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

  /// Creates a report; diagnostics are sorted for output.
  public init(sources: SourceManager, diagnostics: [Diagnostic], outcomes: [RuleOutcome], documentCount: Int) {
    self.sources = sources
    self.diagnostics = diagnostics.sortedForOutput(sources: sources)
    self.outcomes = outcomes
    self.documentCount = documentCount
  }

  /// The number of diagnostics at `severity`.
  public func count(_ severity: Severity) -> Int {
    // Indexing in place: `filter` would copy every diagnostic it keeps.
    var n = 0
    for i in diagnostics.indices where diagnostics[i].severity == severity { n += 1 }
    return n
  }

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
