/// Fills `{placeholder}`s in a rule's message. Unknown placeholders are caught
/// when the rule file is parsed; here they are left as written.
enum MessageTemplate {
  /// A template whose placeholders are found once, for a message filled for every
  /// finding of a rule: filling it searches no bytes and makes no name.
  struct Compiled: Sendable {
    /// The template's UTF-8 bytes.
    private let bytes: [UInt8]
    /// Each placeholder: where its braces are in ``bytes``, and its name.
    private let placeholders: [(open: Int, close: Int, name: String)]

    /// Finds the placeholders of `template`.
    init(_ template: String) {
      let bytes = Array(template.utf8)
      var placeholders: [(open: Int, close: Int, name: String)] = []
      bytes.withUnsafeBufferPointer { template in
        var rest = 0
        while let open = template.firstIndex(of: 0x7B, in: rest..<template.count),
          let close = template.firstIndex(of: 0x7D, in: open..<template.count)
        {
          placeholders.append((open, close, String(decoding: template[(open + 1)..<close], as: UTF8.self)))
          rest = close + 1
        }
      }
      self.bytes = bytes
      self.placeholders = placeholders
    }

    /// Fills each placeholder with `value(name)`, or leaves it as written when that is `nil`.
    func render(_ value: (String) -> String?) -> String {
      bytes.withUnsafeBufferPointer { template in
        var out = ByteWriter(capacity: template.count + 64)
        var rest = 0
        for p in placeholders.indices {
          let (open, close) = (placeholders[p].open, placeholders[p].close)
          out.append(UnsafeBufferPointer(rebasing: template[rest..<open]))
          if let filled = value(placeholders[p].name) {
            out.append(utf8: filled)
          } else {
            out.append(UnsafeBufferPointer(rebasing: template[open...close]))
          }
          rest = close + 1
        }
        out.append(UnsafeBufferPointer(rebasing: template[rest...]))
        return out.string
      }
    }
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
