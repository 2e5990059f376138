/// Applies inline suppressions to findings, and reports directives that are
/// wrong (no reason, unknown rule) or unused.
public struct SuppressionFilter: Sendable {
  /// The directives of every document.
  public let suppressions: [Suppression]

  /// Creates a filter.
  public init(suppressions: [Suppression]) { self.suppressions = suppressions }

  /// The result: the findings kept, how many were suppressed, and diagnostics about the directives.
  public struct Result: Sendable {
    public var kept: [Diagnostic]
    public var suppressedCount: Int
    public var directiveDiagnostics: [Diagnostic]
  }

  /// Filters `diagnostics`; `knownRules` are the ids a directive may name.
  public func apply(_ diagnostics: [Diagnostic], knownRules: Set<String>, sources: SourceManager) -> Result {
    // Without directives every finding is kept as it is, unread: a large run's findings
    // lie all over memory, and this runs on one core while the others wait.
    if suppressions.isEmpty { return Result(kept: diagnostics, suppressedCount: 0, directiveDiagnostics: []) }
    var used = Set<Int>()
    var kept: [Diagnostic] = []
    kept.reserveCapacity(diagnostics.count)
    var suppressed = 0
    // Each finding looks only at the directives of its own document.
    var byFile: [FileID: [Int]] = [:]
    for i in suppressions.indices { byFile[suppressions[i].span.file, default: []].append(i) }
    for d in diagnostics {
      guard let candidates = byFile[d.span.file] else {
        kept.append(d)
        continue
      }
      let file = sources[d.span.file]
      let line = file.lines.lineIndex(of: d.span.start)
      let match = candidates.first { i in
        let s = suppressions[i]
        guard !s.reason.isEmpty, s.rules.contains(d.ruleID) else { return false }
        if s.wholeFile { return true }
        let directiveLine = file.lines.lineIndex(of: s.span.start)
        return line == directiveLine || line == directiveLine + 1
      }
      if let match {
        used.insert(match)
        suppressed += 1
      } else {
        kept.append(d)
      }
    }
    var notes: [Diagnostic] = []
    for (i, s) in suppressions.enumerated() {
      if s.reason.isEmpty {
        notes.append(
          Diagnostic(
            ruleID: "suppression", severity: .warning, message: "suppression without a reason has no effect",
            span: s.span, notes: ["help: write the reason after a colon: factlint-ignore RULE: REASON"]))
        continue
      }
      if s.rules.isEmpty {
        notes.append(
          Diagnostic(ruleID: "suppression", severity: .warning, message: "suppression names no rule", span: s.span))
        continue
      }
      var unknown = false
      for (rule, span) in zip(s.rules, s.ruleSpans) where !knownRules.contains(rule) {
        unknown = true
        var help: [String] = []
        if let close = Suggestions.closest(to: rule, among: knownRules.sorted()) {
          help = ["help: did you mean '\(close)'?"]
        }
        notes.append(
          Diagnostic(
            ruleID: "suppression", severity: .warning, message: "suppression names unknown rule '\(rule)'", span: span,
            notes: help))
      }
      if !unknown && !used.contains(i) {
        notes.append(
          Diagnostic(
            ruleID: "unused-suppression", severity: .warning, message: "suppression matches no finding",
            span: s.span, notes: ["help: remove it, or move it to the line before the finding"]))
      }
    }
    return Result(kept: kept, suppressedCount: suppressed, directiveDiagnostics: notes)
  }
}
