/// `path:line:col: severity: message [rule-id]`, one line per diagnostic, then
/// `path:line:col: note: …` for each related location, note and fix-it.
///
/// This is the format of GCC's diagnostics, matched by VS Code's `$gcc` problem
/// matcher and vim's default errorformat. Columns are 1-based Unicode scalars.
public struct GNUReporter: Reporter {
  public static let name = "gnu"

  /// Creates the reporter.
  public init() {}

  public func render(_ report: LintReport) -> String {
    var out = ""
    for d in report.diagnostics {
      let (path, loc) = report.location(d.span)
      let prefix = "\(path):\(loc.line):\(loc.column): "
      out += prefix + "\(d.severity.name): \(Self.oneLine(d.message)) [\(d.ruleID)]\n"
      for r in d.related {
        let (rp, rl) = report.location(r.span)
        out += "\(rp):\(rl.line):\(rl.column): note: \(Self.oneLine(r.message))\n"
      }
      for note in d.notes {
        out += prefix + "note: \(Self.oneLine(note))\n"
      }
      for fix in d.fixIts {
        out += prefix + "note: fix: \(Self.oneLine(fix.message))\n"
      }
    }
    return out
  }

  /// Replaces line breaks and control characters so that one diagnostic stays on one line.
  static func oneLine(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
  }
}
