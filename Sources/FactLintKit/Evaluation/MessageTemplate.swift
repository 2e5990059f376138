/// Fills `{placeholder}`s in a rule's message. Unknown placeholders are caught
/// when the rule file is parsed; here they are left as written.
enum MessageTemplate {
  /// Fills each placeholder with `value(name)`, or leaves it as written when that is `nil`.
  static func render(_ template: String, _ value: (Substring) -> String?) -> String {
    // Braces are ASCII: their UTF-8 positions are character boundaries, and the
    // template is scanned byte by byte, not character by character. The pieces are
    // gathered first so that the message is allocated once, at its exact size: a
    // large run keeps millions of them.
    let utf8 = template.utf8
    var pieces: [Substring] = []
    var rest = utf8.startIndex
    while let open = utf8[rest...].firstIndex(of: 0x7B) {
      guard let close = utf8[open...].firstIndex(of: 0x7D) else { break }
      pieces.append(template[rest..<open])
      let name = template[utf8.index(after: open)..<close]
      pieces.append(value(name).map { $0[...] } ?? template[open...close])
      rest = utf8.index(after: close)
    }
    pieces.append(template[rest...])
    var out = ""
    out.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count })
    for piece in pieces { out += piece }
    return out
  }

  /// "1 other document" / "3 other documents".
  static func documents(_ count: Int, other: Bool = true) -> String {
    let noun = count == 1 ? "document" : "documents"
    return other ? "\(count) other \(noun)" : "\(count) \(noun)"
  }
}
