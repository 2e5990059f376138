/// Fills `{placeholder}`s in a rule's message. Unknown placeholders are caught
/// when the rule file is parsed; here they are left as written.
enum MessageTemplate {
  static func render(_ template: String, _ values: [String: String]) -> String {
    // Braces are ASCII: their UTF-8 positions are character boundaries, and the
    // template is scanned byte by byte, not character by character.
    let utf8 = template.utf8
    var out = ""
    out.reserveCapacity(utf8.count + 32)
    var rest = utf8.startIndex
    while let open = utf8[rest...].firstIndex(of: 0x7B) {
      guard let close = utf8[open...].firstIndex(of: 0x7D) else { break }
      out += template[rest..<open]
      let name = String(template[utf8.index(after: open)..<close])
      out += values[name] ?? "{\(name)}"
      rest = utf8.index(after: close)
    }
    out += template[rest...]
    return out
  }

  /// "1 other document" / "3 other documents".
  static func documents(_ count: Int, other: Bool = true) -> String {
    let noun = count == 1 ? "document" : "documents"
    return other ? "\(count) other \(noun)" : "\(count) \(noun)"
  }
}
