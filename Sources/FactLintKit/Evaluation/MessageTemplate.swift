/// Fills `{placeholder}`s in a rule's message. Unknown placeholders are caught
/// when the rule file is parsed; here they are left as written.
enum MessageTemplate {
  static func render(_ template: String, _ values: [String: String]) -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let name = String(rest[rest.index(after: open)..<close])
      out += values[name] ?? "{\(name)}"
      rest = rest[rest.index(after: close)...]
    }
    out += rest
    return out
  }

  /// "1 other document" / "3 other documents".
  static func documents(_ count: Int, other: Bool = true) -> String {
    let noun = count == 1 ? "document" : "documents"
    return other ? "\(count) other \(noun)" : "\(count) \(noun)"
  }
}
