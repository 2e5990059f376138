/// Fills `{placeholder}`s in a rule's message. Unknown placeholders are caught
/// when the rule file is parsed; here they are left as written.
enum MessageTemplate {
  /// Fills each placeholder with `value(name)`, or leaves it as written when that is `nil`.
  static func render(_ template: String, _ value: (String) -> String?) -> String {
    if let message = template.utf8.withContiguousStorageIfAvailable({ render($0, value) }) { return message }
    return Array(template.utf8).withUnsafeBufferPointer { render($0, value) }
  }

  /// Fills the placeholders of the UTF-8 `template`. Braces are ASCII, so the bytes are
  /// scanned for them with `memchr`, and the message is built as bytes and made a string
  /// once, at its exact size: a large run keeps millions of them.
  private static func render(_ template: UnsafeBufferPointer<UInt8>, _ value: (String) -> String?) -> String {
    var out = ByteWriter(capacity: template.count + 64)
    var rest = 0
    while let open = template.firstIndex(of: 0x7B, in: rest..<template.count),
      let close = template.firstIndex(of: 0x7D, in: open..<template.count)
    {
      out.append(UnsafeBufferPointer(rebasing: template[rest..<open]))
      let name = String(utf8Bytes: UnsafeBufferPointer(rebasing: template[(open + 1)..<close]))
      if let filled = value(name) {
        out.append(utf8: filled)
      } else {
        out.append(UnsafeBufferPointer(rebasing: template[open...close]))
      }
      rest = close + 1
    }
    out.append(UnsafeBufferPointer(rebasing: template[rest...]))
    return out.string
  }

  /// "1 other document" / "3 other documents", written as bytes into a string made at
  /// its size: joined with `+`, it was made three times over, for most findings.
  static func documents(_ count: Int, other: Bool = true) -> String {
    let middle: StaticString = other ? " other " : " "
    let noun: StaticString = count == 1 ? "document" : "documents"
    let sign = count < 0 ? 1 : 0
    let length = sign + count.magnitude.decimalDigitCount + middle.utf8CodeUnitCount + noun.utf8CodeUnitCount
    return String(unsafeUninitializedCapacity: length) { out in
      if sign == 1 { out[0] = 0x2D }
      let n = out.writeDecimal(count.magnitude, at: sign)
      return out.write(noun, at: out.write(middle, at: n))
    }
  }
}
