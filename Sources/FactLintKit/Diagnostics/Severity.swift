/// How serious a finding is. Ordered: `note < warning < error`.
public enum Severity: Int, Comparable, Sendable, CaseIterable {
  /// Information only; never fails a run.
  case note
  /// Fails a run only under `--strict`.
  case warning
  /// Fails a run.
  case error

  /// The lower-case name used in rule files and every output format.
  public var name: String {
    switch self {
    case .note: "note"
    case .warning: "warning"
    case .error: "error"
    }
  }

  /// Parses a severity name as written in a rule file.
  public init?(name: String) {
    switch name {
    case "note": self = .note
    case "warning": self = .warning
    case "error": self = .error
    default: return nil
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }
}
