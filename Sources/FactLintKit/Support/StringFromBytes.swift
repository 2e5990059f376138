extension String {
  /// The string of `bytes`, as `String(decoding: bytes, as: UTF8.self)` makes it
  /// (ill-formed sequences repaired), made faster for the words a tokenizer meets
  /// most: a string of at most fifteen bytes is copied straight into the string's
  /// inline storage, and an ASCII one is made from its bits
  /// (``init(smallASCIIBits:)``), with no validating pass.
  init(utf8Bytes bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count <= Self.inlineCapacity else {
      self.init(decoding: bytes, as: UTF8.self)
      return
    }
    if Self.smallASCIILayoutHolds, let packed = Self.packedASCII(bytes) {
      self.init(smallASCIIBits: Self.smallASCIIBits(packed, count: bytes.count))
      return
    }
    self.init(unsafeUninitializedCapacity: bytes.count) { out in
      _ = out.initialize(fromContentsOf: bytes)
      return bytes.count
    }
  }

  /// The most UTF-8 bytes a string holds inline, in its own two machine words, with no
  /// storage of its own: the strings this initializer makes of that many bytes or fewer.
  static let inlineCapacity = 15

  /// The string of one ASCII byte, `byte` (below 0x80), without making a new one.
  @inline(__always) static func ascii(_ byte: UInt8) -> String { asciiStrings[Int(byte)] }

  /// The 128 strings of one ASCII byte each.
  private static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
}
