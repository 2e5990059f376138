/// Hand-written JSON with a fixed key order (Foundation's encoder orders keys
/// differently across platforms, which would break byte-identical output).
enum JSON {
  /// A JSON string literal for `text`: `"` and `\` escaped, line feed, carriage return
  /// and tab as `\n`, `\r` and `\t`, other control characters and DEL as `\u00xx`.
  /// Read on UTF-8 bytes: every byte of a scalar outside ASCII is 0x80 or more, so
  /// runs of bytes that need no escape are copied as they are.
  static func string(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 2)
      out.append(0x22)
      var copied = 0
      for i in bytes.indices {
        let b = bytes[i]
        guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F else { continue }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
        switch b {
        case 0x22, 0x5C: out.append(contentsOf: [0x5C, b])
        case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: out.append(contentsOf: [0x5C, 0x72])
        case 0x09: out.append(contentsOf: [0x5C, 0x74])
        default: out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(b >> 4), hexDigit(b & 0x0F)])
        }
        copied = i + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
      out.append(0x22)
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// The lower-case hexadecimal digit of `value` (below 16).
  private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x57 + value }

  /// A JSON number, or `null` for infinities and NaN.
  static func number(_ value: Double) -> String {
    value.isFinite ? Interval.format(value) : "null"
  }

  /// An object from ordered key/value pairs (values already JSON), built in one string
  /// made at its size: an array of `"key":value` strings joined cost a fifth of a JSON run.
  static func object(_ pairs: [(String, String)]) -> String {
    var out = "{"
    out.reserveCapacity(pairs.reduce(2) { $0 + $1.0.utf8.count + $1.1.utf8.count + 4 })
    for k in pairs.indices {
      if k > 0 { out += "," }
      out += string(pairs[k].0)
      out += ":"
      out += pairs[k].1
    }
    out += "}"
    return out
  }

  /// An array of JSON values.
  static func array(_ values: [String]) -> String { "[" + values.joined(separator: ",") + "]" }

  /// A string or `null`.
  static func optional(_ text: String?) -> String { text.map(string) ?? "null" }
}
