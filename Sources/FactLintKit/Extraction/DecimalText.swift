/// Reads the text of a number token ("1000", "1.5") as a `Double`.
///
/// `Double(String)` goes through the C library's `strtod`, several hundred
/// instructions for a few digits. Most figures in prose have at most 15 digits
/// and a short decimal part; for those the value is the integer of all digits,
/// exact in a `Double`, divided by an exact power of ten, and IEEE division rounds
/// that quotient correctly, so the result is the one `strtod` gives (Clinger's fast
/// path). Anything else is left to `Double(String)`.
enum DecimalText {
  private static let powersOfTen: [Double] = (0...22).map { exponent in
    var power = 1.0
    for _ in 0..<exponent { power *= 10 }
    return power
  }

  /// The value of `text`, or `nil` when `Double(text)` has none.
  static func value(_ text: String) -> Double? {
    var mantissa: UInt64 = 0
    var digits = 0
    var decimals = 0
    var seenPoint = false
    for byte in text.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        digits += 1
        guard digits <= 15 else { return Double(text) }
        mantissa = mantissa * 10 + UInt64(byte - 0x30)
        if seenPoint { decimals += 1 }
      } else if byte == 0x2E && !seenPoint {
        seenPoint = true
      } else {
        return Double(text)
      }
    }
    guard digits > 0 else { return Double(text) }
    let whole = Double(mantissa)
    return decimals == 0 ? whole : whole / powersOfTen[decimals]
  }
}
