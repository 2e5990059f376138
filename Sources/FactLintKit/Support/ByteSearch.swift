#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension UnsafeBufferPointer<UInt8> {
  /// The first index in `range` whose byte is `byte`, or `nil`. Found with `memchr`,
  /// a vector at a time: scans that wait for one rare byte ("f" of a suppression, the
  /// first letter of a phrase) skip the rest of the text this way.
  func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
    guard let base = baseAddress, !range.isEmpty,
      let found = memchr(base + range.lowerBound, Int32(byte), range.count)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }
}

extension String {
  /// `body` applied to the string's UTF-8 bytes, read where they are stored (a string
  /// held inline lends them from a copy on the stack), or copied out to an array when
  /// the string stores them elsewhere.
  @inline(__always) func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(utf8).withUnsafeBufferPointer(body)
  }
}

extension String {
  /// Whether the UTF-8 form holds `byte` (an ASCII byte: no other byte of a scalar
  /// can match it). `utf8.contains` walks a generic iterator, costing a hundred times
  /// more on the short words extraction asks about.
  func containsUTF8(_ byte: UInt8) -> Bool {
    if let found = utf8.withContiguousStorageIfAvailable({ $0.firstIndex(of: byte, in: 0..<$0.count) != nil }) {
      return found
    }
    return utf8.contains(byte)
  }
}

extension String {
  /// Whether every byte of the UTF-8 form is ASCII, read from contiguous storage.
  var utf8IsASCII: Bool {
    if let ascii = utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 } }) { return ascii }
    return utf8.allSatisfy { $0 < 0x80 }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether a byte is a control character (below `0x20`, or `0x7F`), read eight bytes
  /// at a time: output texts are searched for them before they are copied whole, and
  /// almost none holds one.
  func containsControlByte() -> Bool {
    guard let base = baseAddress else { return false }
    let raw = UnsafeRawPointer(base)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var i = 0
    while i + 8 <= count {
      let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      // A byte below 0x20 borrows when 0x20 is taken from it and had its top bit clear;
      // a byte equal to 0x7F is zero once 0x7F is taken away by exclusive or.
      let below = (word &- ones &* 0x20) & ~word & highs
      let delete = word ^ (ones &* 0x7F)
      if below | ((delete &- ones) & ~delete & highs) != 0 { return true }
      i += 8
    }
    while i < count {
      if self[i] < 0x20 || self[i] == 0x7F { return true }
      i += 1
    }
    return false
  }
}
