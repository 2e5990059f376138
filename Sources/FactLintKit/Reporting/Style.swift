/// ANSI colours for the human format; all empty when colour is off.
struct Style: Sendable {
  let enabled: Bool

  func paint(_ text: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
  func bold(_ text: String) -> String { paint(text, "1") }
  func gutter(_ text: String) -> String { paint(text, "1;34") }
  func severity(_ severity: Severity, _ text: String) -> String {
    switch severity {
    case .error: return paint(text, "1;31")
    case .warning: return paint(text, "1;33")
    case .note: return paint(text, "1;36")
    }
  }
  func label(_ text: String) -> String { paint(text, "1;36") }
  func help(_ text: String) -> String { paint(text, "1;32") }
}
