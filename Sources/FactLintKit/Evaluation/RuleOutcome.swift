/// What one rule found: passed when it reported nothing.
public struct RuleOutcome: Sendable {
  /// The rule.
  public var rule: Rule
  /// Its findings, in the order found; empty in a check's report, whose findings
  /// are all in ``LintReport/diagnostics`` (see ``init(rule:findingCount:)``).
  public var diagnostics: [Diagnostic]
  /// How many findings the rule reported.
  public var findingCount: Int { countWithoutFindings ?? diagnostics.count }
  /// The count of an outcome made without its findings.
  private let countWithoutFindings: Int?
  /// Whether the rule held.
  public var passed: Bool { findingCount == 0 }

  /// An outcome with its findings.
  public init(rule: Rule, diagnostics: [Diagnostic]) {
    self.rule = rule
    self.diagnostics = diagnostics
    countWithoutFindings = nil
  }

  /// An outcome that keeps only how many findings the rule reported, so that a
  /// large run does not hold its findings twice.
  public init(rule: Rule, findingCount: Int) {
    self.rule = rule
    diagnostics = []
    countWithoutFindings = findingCount
  }
}
