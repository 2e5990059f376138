/// What one rule found: passed when it reported nothing.
public struct RuleOutcome: Sendable {
  /// The rule.
  public var rule: Rule
  /// Its findings.
  public var diagnostics: [Diagnostic]
  /// Whether the rule held.
  public var passed: Bool { diagnostics.isEmpty }
}
