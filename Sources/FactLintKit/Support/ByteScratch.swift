/// A byte buffer that one loop fills, reads and empties again and again: the text
/// of each token as the tokenizer builds it.
///
/// An `Array` checks that its storage is unique on every `append`, and emptying it
/// while keeping its capacity goes through the generic `replaceSubrange`; both add
/// up when every byte of a corpus passes through. This buffer owns its memory alone,
/// so it needs neither.
struct ByteScratch: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The number of bytes held.
  private(set) var count = 0
  /// Whether short ASCII strings may be made from their bits
  /// (``String/smallASCIILayoutHolds``), as read once.
  private let smallStrings = String.smallASCIILayoutHolds

  /// An empty buffer with room for `capacity` bytes before it grows (at least 16).
  init(capacity: Int = 64) {
    self.capacity = Swift.max(capacity, 16)
    base = .allocate(capacity: self.capacity)
    // Every byte is initialised, so that ``packed`` may load past the end of the bytes held.
    base.initialize(repeating: 0, count: self.capacity)
  }

  deinit { base.deallocate() }

  /// Empties the buffer, keeping its memory.
  @inline(__always) mutating func removeAll() { count = 0 }

  /// Appends `byte`.
  @inline(__always) mutating func append(_ byte: UInt8) {
    if count == capacity { grow() }
    base[count] = byte
    count += 1
  }

  /// Appends every byte of `bytes`.
  mutating func append(contentsOf bytes: some Sequence<UInt8>) {
    for byte in bytes { append(byte) }
  }

  /// Appends the UTF-8 bytes of `text`, copied from its storage at once, read where
  /// it is (a copy of the string would count a reference on its storage).
  mutating func append(utf8 text: String) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
      while count + bytes.count > capacity { grow() }
      (base + count).initialize(from: source, count: bytes.count)
      count += bytes.count
    }
    if copied == nil { append(contentsOf: text.utf8) }
  }

  /// Appends the ASCII letters `bytes[range]` in lower case: `| 0x20` lowers a capital
  /// and keeps a small letter, so eight are lowered at a time, as one 64-bit word.
  /// Each word is read and written whole while `bytes` has eight bytes from its start;
  /// the bytes written past the letters are not counted, and room is made for them.
  @inline(__always) mutating func appendLowercasedLetters(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    let m = range.count
    while count + m + 8 > capacity { grow() }
    var k = 0
    if let source = bytes.baseAddress {
      let raw = UnsafeRawPointer(source + range.lowerBound)
      let target = UnsafeMutableRawPointer(base + count)
      let readable = bytes.count - range.lowerBound
      while k < m && k + 8 <= readable {
        let word = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) | 0x2020_2020_2020_2020
        target.storeBytes(of: word, toByteOffset: k, as: UInt64.self)
        k += 8
      }
    }
    while k < m {
      base[count + k] = bytes[range.lowerBound + k] | 0x20
      k += 1
    }
    count += m
  }

  /// Whether the buffer holds `byte`.
  func contains(_ byte: UInt8) -> Bool {
    for k in 0..<count where base[k] == byte { return true }
    return false
  }

  /// The first sixteen bytes held, little-endian in two integers, zero past the end:
  /// two loads, whatever the length.
  @inline(__always) var packed: (low: UInt64, high: UInt64) {
    let raw = UnsafeRawPointer(base)
    let low = raw.loadUnaligned(as: UInt64.self).littleEndian
    let high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian
    return String.packedPrefix(low, high, count: count)
  }

  /// The bytes held, decoded as UTF-8 (invalid sequences repaired). Most are a word of
  /// a few ASCII letters, whose string is made from ``packed`` with no call
  /// (``String/init(smallASCIIBits:)``).
  @inline(__always) var string: String {
    if count <= String.inlineCapacity && smallStrings {
      let bytes = packed
      if (bytes.low | bytes.high) & 0x8080_8080_8080_8080 == 0 {
        return String(smallASCIIBits: String.smallASCIIBits(bytes, count: count))
      }
    }
    return String(utf8Bytes: UnsafeBufferPointer(start: base, count: count))
  }

  private mutating func grow() {
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
    larger.initialize(from: base, count: count)
    (larger + count).initialize(repeating: 0, count: capacity * 2 - count)
    base.deallocate()
    base = larger
    capacity *= 2
  }
}
