/// The `json` format (schema in docs/output.md, version 1): every diagnostic
/// with its spans, related locations, notes and fix-its, then the rule outcomes
/// and a summary. Keys always come in the documented order.
public struct JSONReporter: StreamingReporter {
  public static let name = "json"

  /// Creates the reporter.
  public init() {}

  public func head(_ report: LintReport) -> String { "{\"version\":1,\"tool\":\"factlint\",\"diagnostics\":[\n" }

  public func body(_ report: LintReport) -> String {
    report.diagnostics.map { "  " + diagnostic($0, report) }.joined(separator: separator)
  }

  public var separator: String { ",\n" }

  public func tail(_ report: LintReport, empty: Bool) -> String {
    var out = empty ? "],\n" : "\n],\n"
    let rules = report.outcomes.map { o in
      JSON.object([
        ("id", JSON.string(o.rule.id)), ("severity", JSON.string(o.rule.severity.name)),
        ("passed", String(o.passed)), ("findings", String(o.findingCount)),
      ])
    }
    out += "\"rules\":" + JSON.array(rules) + ",\n"
    let failed = report.outcomes.filter { !$0.passed }.map { JSON.string($0.rule.id) }
    out +=
      "\"summary\":"
      + JSON.object([
        ("documents", String(report.documentCount)), ("rules", String(report.outcomes.count)),
        ("held", String(report.outcomes.count - failed.count)), ("failed", JSON.array(failed)),
        ("errors", String(report.count(.error))), ("warnings", String(report.count(.warning))),
        ("notes", String(report.count(.note))),
      ]) + "}\n"
    return out
  }

  private func diagnostic(_ d: Diagnostic, _ report: LintReport) -> String {
    JSON.object([
      ("rule", JSON.string(d.ruleID)),
      ("severity", JSON.string(d.severity.name)),
      ("message", JSON.string(d.message)),
      ("span", span(d.span, report)),
      (
        "related",
        JSON.array(
          d.related.map { JSON.object([("message", JSON.string($0.message)), ("span", span($0.span, report))]) })
      ),
      ("notes", JSON.array(d.notes.map(JSON.string))),
      (
        "fixes",
        JSON.array(
          d.fixIts.map { fix in
            JSON.object([
              ("message", JSON.string(fix.message)), ("safe", String(fix.isSafe)),
              (
                "edits",
                JSON.array(
                  fix.edits.map {
                    JSON.object([("span", span($0.span, report)), ("replacement", JSON.string($0.replacement))])
                  })
              ),
            ])
          })
      ),
    ])
  }

  /// File, 1-based line and column of the start, the exclusive end, and byte offset and length.
  func span(_ s: Span, _ report: LintReport) -> String {
    let file = report.sources[s.file]
    let start = file.location(of: s.start)
    let end = file.location(of: s.end)
    return JSON.object([
      ("file", JSON.string(file.path)), ("line", String(start.line)), ("column", String(start.column)),
      ("end_line", String(end.line)), ("end_column", String(end.column)),
      ("offset", String(s.start + file.prefixLength)),
      ("length", String(s.length)),
    ])
  }
}
