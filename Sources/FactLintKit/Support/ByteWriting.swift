/// Writing text made of a few known pieces straight into a buffer of its size:
/// numbers as decimal digits, literals as their bytes. Joining strings with `+` or
/// interpolation grows and copies the result once for each piece.
extension UInt {
  /// How many decimal digits the number has (1 for 0).
  var decimalDigitCount: Int {
    var count = 1
    var higher = self / 10
    while higher > 0 {
      count += 1
      higher /= 10
    }
    return count
  }
}

extension UnsafeMutableBufferPointer where Element == UInt8 {
  /// Writes the decimal digits of `value` at `start`, where ``UInt/decimalDigitCount`` places
  /// must be free, and returns the offset after them.
  @inline(__always) func writeDecimal(_ value: UInt, at start: Int) -> Int {
    let end = start + value.decimalDigitCount
    var rest = value
    var k = end
    repeat {
      k -= 1
      self[k] = UInt8(truncatingIfNeeded: rest % 10) + 0x30
      rest /= 10
    } while rest > 0
    return end
  }

  /// Writes `bytes` at `start`, where there must be room for them, and returns the offset after them.
  @inline(__always) func write(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
    guard !bytes.isEmpty else { return start }
    _ = UnsafeMutableBufferPointer(rebasing: self[start..<(start + bytes.count)]).initialize(from: bytes)
    return start + bytes.count
  }

  /// Writes the UTF-8 bytes of `text` at `start`, where there must be room for them, and
  /// returns the offset after them.
  @inline(__always) func write(_ text: StaticString, at start: Int) -> Int {
    write(text.utf8Bytes, at: start)
  }
}

extension StaticString {
  /// The literal's UTF-8 bytes, where the program holds them.
  @inline(__always) var utf8Bytes: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount)
  }
}
