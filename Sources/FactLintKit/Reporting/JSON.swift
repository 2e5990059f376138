/// Hand-written JSON with a fixed key order (Foundation's encoder orders keys
/// differently across platforms, which would break byte-identical output).
enum JSON {
  /// A JSON string literal for `text`.
  static func string(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// A JSON number, or `null` for infinities and NaN.
  static func number(_ value: Double) -> String {
    value.isFinite ? Interval.format(value) : "null"
  }

  /// An object from ordered key/value pairs (values already JSON).
  static func object(_ pairs: [(String, String)]) -> String {
    "{" + pairs.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }

  /// An array of JSON values.
  static func array(_ values: [String]) -> String { "[" + values.joined(separator: ",") + "]" }

  /// A string or `null`.
  static func optional(_ text: String?) -> String { text.map(string) ?? "null" }
}
