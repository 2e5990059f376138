/// The terminal format, after rustc and swift-syntax's `DiagnosticsFormatter`:
///
/// ```
/// error: "Zelensky" is spelled "Zelenskyy" in 3 other documents [name-spelling]
///   --> seeds/001.txt:10:50
///    |
/// 10 | …Ukrainian President Volodymyr Zelensky and his European allies…
///    |                                ^^^^^^^^
/// note: spelled "Zelenskyy" here
///   --> seeds/000.txt:10:294
///    |
/// 10 | …
///    = help: replace with "Zelenskyy"
/// ```
///
/// Long lines are cut to a window around the span; tabs and control characters
/// are made safe; colour only when asked for.
public struct HumanReporter: StreamingReporter {
  public static let name = "human"
  /// Whether to colour the output.
  public var color: Bool
  /// The widest source excerpt shown, in terminal cells.
  public var width: Int
  /// Whether to print the summary line after the diagnostics.
  public var summary: Bool

  /// Creates the reporter.
  public init(color: Bool = false, width: Int = 100, summary: Bool = true) {
    self.color = color
    self.width = width
    self.summary = summary
  }

  public func head(_ report: LintReport) -> String { "" }

  public var separator: String { "" }

  public func tail(_ report: LintReport, empty: Bool) -> String {
    summary ? Style(enabled: color).bold("factlint: ") + report.summary + "\n" : ""
  }

  public func body(_ report: LintReport) -> String {
    let style = Style(enabled: color)
    var out = ""
    for d in report.diagnostics {
      out += style.severity(d.severity, d.severity.name) + style.bold(": " + GNUReporter.oneLine(d.message))
      out += " [\(d.ruleID)]\n"
      let gutterWidth = gutterWidth(for: d, report: report)
      out += snippet(
        d.span, report: report, style: style, gutterWidth: gutterWidth, marker: "^", severity: d.severity)
      for r in d.related {
        out += style.label("note") + ": " + GNUReporter.oneLine(r.message) + "\n"
        out += snippet(
          r.span, report: report, style: style, gutterWidth: gutterWidth, marker: "-", severity: .note)
      }
      for note in d.notes {
        // A note that starts with "help: " is advice, shown as rustc shows help.
        let isHelp = note.hasPrefix("help: ")
        let label = isHelp ? style.help("help") : style.bold("note")
        out +=
          String(repeating: " ", count: gutterWidth + 1) + style.gutter("=") + " " + label + ": "
          + GNUReporter.oneLine(isHelp ? String(note.dropFirst(6)) : note) + "\n"
      }
      for fix in d.fixIts {
        out +=
          String(repeating: " ", count: gutterWidth + 1) + style.gutter("=") + " " + style.help("help") + ": "
          + GNUReporter.oneLine(fix.message) + "\n"
      }
      out += "\n"
    }
    return out
  }

  private func gutterWidth(for d: Diagnostic, report: LintReport) -> Int {
    var widest = String(report.location(d.span).position.line).count
    for r in d.related { widest = max(widest, String(report.location(r.span).position.line).count) }
    return widest
  }

  private func snippet(
    _ span: Span, report: LintReport, style: Style, gutterWidth: Int, marker: Character,
    severity: Severity
  ) -> String {
    let file = report.sources[span.file]
    let loc = file.location(of: span.start)
    let pad = String(repeating: " ", count: gutterWidth)
    var out = pad + style.gutter("-->") + " \(file.path):\(loc.line):\(loc.column)\n"
    guard !file.bytes.isEmpty else { return out }
    let lineIndex = loc.line - 1
    let lineRange = file.lineRange(lineIndex)
    let start = max(span.start, lineRange.lowerBound)
    let end = min(max(span.end, start), lineRange.upperBound)
    // Only a few windows' worth of bytes around the span can be shown; a scalar is at
    // most four bytes and two cells, so a cut scalar at either edge is always trimmed.
    let reach = 8 * width
    let before = Array(file.text(max(lineRange.lowerBound, start - reach)..<start).unicodeScalars)
    let inside = Array(file.text(start..<min(end, start + reach)).unicodeScalars)
    let after = Array(file.text(end..<min(lineRange.upperBound, end + reach)).unicodeScalars)
    let (line, caretOffset, caretWidth) = window(before: before, inside: inside, after: after)
    let number = String(loc.line)
    out += pad + " " + style.gutter("|") + "\n"
    out +=
      String(repeating: " ", count: gutterWidth - number.count) + style.gutter(number) + " " + style.gutter("|")
      + " " + line + "\n"
    let carets = String(repeating: marker, count: max(1, caretWidth))
    let painted = marker == "^" ? style.severity(severity, carets) : style.label(carets)
    out += pad + " " + style.gutter("|") + " " + String(repeating: " ", count: caretOffset) + painted
    out += "\n"
    return out
  }

  /// The visible part of a line, with the caret's offset and width in cells.
  private func window(before: [Unicode.Scalar], inside: [Unicode.Scalar], after: [Unicode.Scalar]) -> (String, Int, Int)
  {
    func cells(_ s: ArraySlice<Unicode.Scalar>) -> Int { s.reduce(0) { $0 + DisplayWidth.width($1) } }
    func render(_ s: ArraySlice<Unicode.Scalar>) -> String { s.map(DisplayWidth.safe).joined() }
    var head = before[...]
    var body = inside[...]
    var tail = after[...]
    let spanCells = cells(body)
    var prefix = ""
    var suffix = ""
    if cells(head) + spanCells + cells(tail) <= width {
      var text = render(head) + render(body) + render(tail)
      while text.last == " " { text.removeLast() }
      return (text, cells(head), spanCells)
    }
    // Keep at most a third of the window before the span.
    let room = max(10, width - min(spanCells, width))
    if cells(head) > room / 3 {
      head = Self.lastScalars(of: head, fitting: room / 3 - 1)
      prefix = "…"
    }
    if spanCells > width {
      body = Self.firstScalars(of: body, fitting: width)
      tail = []
      suffix = "…"
    } else {
      let left = room - cells(head) - (prefix.isEmpty ? 0 : 1)
      if cells(tail) > left {
        tail = Self.firstScalars(of: tail, fitting: left - 1)
        suffix = "…"
      }
    }
    let offset = (prefix.isEmpty ? 0 : 1) + cells(head)
    // Trailing white space would only pad the line.
    var text = prefix + render(head) + render(body) + render(tail) + suffix
    while text.last == " " { text.removeLast() }
    return (text, offset, cells(body))
  }

  /// The longest start of `s` that fits in `limit` cells.
  private static func firstScalars(of s: ArraySlice<Unicode.Scalar>, fitting limit: Int) -> ArraySlice<Unicode.Scalar> {
    var used = 0
    var end = s.startIndex
    while end < s.endIndex, used + DisplayWidth.width(s[end]) <= limit {
      used += DisplayWidth.width(s[end])
      end += 1
    }
    return s[..<end]
  }

  /// The longest end of `s` that fits in `limit` cells.
  private static func lastScalars(of s: ArraySlice<Unicode.Scalar>, fitting limit: Int) -> ArraySlice<Unicode.Scalar> {
    var used = 0
    var start = s.endIndex
    while start > s.startIndex, used + DisplayWidth.width(s[start - 1]) <= limit {
      used += DisplayWidth.width(s[start - 1])
      start -= 1
    }
    return s[start...]
  }
}
