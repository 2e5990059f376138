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
    // Chunks of diagnostics are rendered side by side and joined in order.
    let diagnostics = report.diagnostics
    let chunk = 512
    let parts = Parallel.map(count: (diagnostics.count + chunk - 1) / chunk, jobs: report.jobs) { k in
      Self.render(diagnostics[k * chunk..<min(diagnostics.count, (k + 1) * chunk)], of: report)
    }
    return parts.joined()
  }

  private static func render(_ diagnostics: ArraySlice<Diagnostic>, of report: LintReport) -> String {
    var out = ""
    for d in diagnostics {
      let (path, loc) = report.location(d.span)
      let prefix = "\(path):\(loc.line):\(loc.column): "
      out += prefix + "\(d.severity.name): \(oneLine(d.message)) [\(d.ruleID)]\n"
      for r in d.related {
        let (rp, rl) = report.location(r.span)
        out += "\(rp):\(rl.line):\(rl.column): note: \(oneLine(r.message))\n"
      }
      for note in d.notes {
        out += prefix + "note: \(oneLine(note))\n"
      }
      for fix in d.fixIts {
        out += prefix + "note: fix: \(oneLine(fix.message))\n"
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
