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
    // The digits are read where the string stores them, not through its UTF-8 view.
    if let fast = text.utf8.withContiguousStorageIfAvailable(fastValue), let value = fast { return value }
    return Double(text)
  }

  /// The value of the figure `bytes` on the fast path, or `nil` when it is not one
  /// the path reads exactly.
  private static func fastValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var mantissa: UInt64 = 0
    var digits = 0
    var decimals = 0
    var seenPoint = false
    for byte in bytes {
      if byte >= 0x30 && byte <= 0x39 {
        digits += 1
        guard digits <= 15 else { return nil }
        mantissa = mantissa * 10 + UInt64(byte - 0x30)
        if seenPoint { decimals += 1 }
      } else if byte == 0x2E && !seenPoint {
        seenPoint = true
      } else {
        return nil
      }
    }
    guard digits > 0 else { return nil }
    let whole = Double(mantissa)
    return decimals == 0 ? whole : whole / powersOfTen[decimals]
  }
}
