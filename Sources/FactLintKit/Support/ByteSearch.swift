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
