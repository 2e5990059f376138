/// `path:line:col: severity: message [rule-id]`, one line per diagnostic, then
/// `path:line:col: note: …` for each related location, note and fix-it.
///
/// This is the format of GCC's diagnostics, matched by VS Code's `$gcc` problem
/// matcher and vim's default errorformat. Columns are 1-based Unicode scalars.
public struct GNUReporter: StreamingReporter {
  public static let name = "gnu"
  /// Diagnostics rendered together by one worker.
  public var chunkSize = 512

  /// Creates the reporter.
  public init() {}

  public func render(_ report: LintReport) -> String {
    var out = ""
    write(report) { out += $0 }
    return out
  }

  public func head(_ report: LintReport) -> String { "" }

  public func body(_ report: LintReport) -> String { Self.render(report.diagnostics[...], of: report) }

  public var separator: String { "" }

  public func tail(_ report: LintReport, empty: Bool) -> String { "" }

  /// Renders chunks of diagnostics side by side, a few per worker at a time, and
  /// writes them in order: memory holds one batch of lines, not the whole output.
  public func write(_ report: LintReport, to write: (String) -> Void) {
    let diagnostics = report.diagnostics
    let chunk = max(1, chunkSize)
    let chunks = (diagnostics.count + chunk - 1) / chunk
    let batch = 4 * max(1, report.jobs == 0 ? Parallel.coreCount : report.jobs)
    var first = 0
    while first < chunks {
      let count = min(batch, chunks - first)
      let base = first
      let parts = Parallel.map(count: count, jobs: report.jobs) { k in
        let lower = (base + k) * chunk
        return Self.render(diagnostics[lower..<min(diagnostics.count, lower + chunk)], of: report)
      }
      for part in parts { write(part) }
      first += count
    }
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
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return text }
    return String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
  }
}
