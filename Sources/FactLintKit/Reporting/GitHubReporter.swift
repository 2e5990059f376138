/// GitHub Actions workflow commands: one `::error` / `::warning` / `::notice`
/// line per diagnostic, with file, line, column, end and title, and the
/// escaping GitHub requires (`%`, CR and LF in the message; also `:` and `,`
/// in properties). Related statements follow in the message on their own lines.
public struct GitHubReporter: StreamingReporter {
  public static let name = "github"

  /// Creates the reporter.
  public init() {}

  public func head(_ report: LintReport) -> String { "" }

  public var separator: String { "" }

  public func tail(_ report: LintReport, empty: Bool) -> String { "" }

  public func body(_ report: LintReport) -> String {
    var out = ""
    for d in report.diagnostics {
      let command: String
      switch d.severity {
      case .error: command = "error"
      case .warning: command = "warning"
      case .note: command = "notice"
      }
      let file = report.sources[d.span.file]
      let start = file.location(of: d.span.start)
      let end = file.location(of: d.span.end)
      var message = d.message
      for r in d.related {
        let (path, loc) = report.location(r.span)
        message += "\nnote: \(path):\(loc.line):\(loc.column): \(r.message)"
      }
      for note in d.notes { message += "\nnote: \(note)" }
      for fix in d.fixIts { message += "\nhelp: \(fix.message)" }
      let properties = [
        "file=" + Self.property(file.path), "line=\(start.line)", "col=\(start.column)", "endLine=\(end.line)",
        "endColumn=\(end.column)", "title=" + Self.property("factlint [\(d.ruleID)]"),
      ]
      out += "::\(command) \(properties.joined(separator: ","))::\(Self.data(message))\n"
    }
    return out
  }

  /// Escapes a command's message.
  static func data(_ text: String) -> String {
    text.replacingBytes(of: "%", with: "%25").replacingBytes(of: "\r", with: "%0D")
      .replacingBytes(of: "\n", with: "%0A")
  }

  /// Escapes a command's property value.
  static func property(_ text: String) -> String {
    data(text).replacingBytes(of: ":", with: "%3A").replacingBytes(of: ",", with: "%2C")
  }
}
