/// Appends values to a byte buffer in a compact binary form, for data a run writes
/// and reads back itself (``ByteDecoder`` reads it): integers as LEB128 varints,
/// signed ones zigzag-coded first, doubles as their eight bytes, strings as their
/// length and UTF-8 bytes.
struct ByteEncoder {
  /// The bytes written so far.
  var bytes: [UInt8] = []

  /// Writes one byte.
  @inline(__always) mutating func byte(_ value: UInt8) { bytes.append(value) }

  /// Writes a non-negative integer in one to ten bytes, seven bits a byte.
  @inline(__always) mutating func unsigned(_ value: Int) {
    var rest = UInt64(bitPattern: Int64(value))
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// Writes an integer of either sign, small magnitudes in few bytes.
  @inline(__always) mutating func signed(_ value: Int) {
    let v = Int64(value)
    unsigned(Int(truncatingIfNeeded: (v << 1) ^ (v >> 63)))
  }

  /// Writes a double as its eight bytes, little-endian.
  mutating func double(_ value: Double) {
    var bits = value.bitPattern
    for _ in 0..<8 {
      bytes.append(UInt8(truncatingIfNeeded: bits))
      bits >>= 8
    }
  }

  /// Writes a 64-bit integer as its eight bytes, little-endian.
  mutating func word(_ value: UInt64) { double(Double(bitPattern: value)) }

  /// Writes a string's length and UTF-8 bytes.
  mutating func string(_ value: String) {
    var text = value
    text.withUTF8 { utf8 in
      unsigned(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  /// Writes an array of strings: its count, then each.
  mutating func strings(_ values: [String]) {
    unsigned(values.count)
    for k in values.indices { string(values[k]) }
  }
}

/// Reads what a ``ByteEncoder`` wrote, from bytes it does not own.
///
/// Reading past the end or a malformed value sets ``failed`` and yields zero or
/// empty values, never a read outside the bytes: the caller checks ``failed`` once
/// at the end instead of after every value.
struct ByteDecoder {
  private let bytes: UnsafeRawBufferPointer
  /// How many bytes have been read.
  private(set) var offset = 0
  /// Whether a value could not be read.
  private(set) var failed = false

  /// A decoder over `bytes`, which must outlive it.
  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  /// Whether every byte has been read.
  var isAtEnd: Bool { offset >= bytes.count }

  /// Reads one byte.
  @inline(__always) mutating func byte() -> UInt8 {
    guard offset < bytes.count else { return fail(0) }
    defer { offset += 1 }
    return bytes[offset]
  }

  /// The next byte, left to be read.
  @inline(__always) func peek() -> UInt8 {
    offset < bytes.count ? bytes[offset] : 0
  }

  /// Steps over the next `count` bytes.
  mutating func skip(_ count: Int) {
    guard count >= 0, count <= bytes.count - offset else { return fail(()) }
    offset += count
  }

  /// Reads a non-negative integer written by ``ByteEncoder/unsigned(_:)``.
  @inline(__always) mutating func unsigned() -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count {
      let b = bytes[offset]
      offset += 1
      guard shift < 64 else { return fail(0) }
      value |= UInt64(b & 0x7F) << shift
      if b < 0x80 { return Int(truncatingIfNeeded: value) }
      shift += 7
    }
    return fail(0)
  }

  /// Reads an integer written by ``ByteEncoder/signed(_:)``.
  @inline(__always) mutating func signed() -> Int {
    let raw = UInt64(truncatingIfNeeded: unsigned())
    return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
  }

  /// Reads a count of things that each take at least one byte, which the bytes
  /// left must therefore hold.
  mutating func count() -> Int {
    let n = unsigned()
    guard n >= 0, n <= bytes.count - offset else { return fail(0) }
    return n
  }

  /// Reads a double written by ``ByteEncoder/double(_:)``.
  mutating func double() -> Double { Double(bitPattern: word()) }

  /// Reads a 64-bit integer written by ``ByteEncoder/word(_:)``.
  mutating func word() -> UInt64 {
    guard offset + 8 <= bytes.count else { return fail(0) }
    defer { offset += 8 }
    return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// Reads a string written by ``ByteEncoder/string(_:)``.
  mutating func string() -> String {
    let n = unsigned()
    guard n >= 0, n <= bytes.count - offset, let base = bytes.baseAddress else { return fail("") }
    defer { offset += n }
    return String(utf8Bytes: UnsafeBufferPointer(start: (base + offset).assumingMemoryBound(to: UInt8.self), count: n))
  }

  /// Reads the next `count` bytes as they are.
  mutating func bytes(count n: Int) -> [UInt8] {
    guard n >= 0, n <= bytes.count - offset else { return fail([]) }
    defer { offset += n }
    return Array(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + n)]))
  }

  /// Reads an array written by ``ByteEncoder/strings(_:)``.
  mutating func strings() -> [String] {
    let n = count()
    guard n > 0 else { return [] }
    var out: [String] = []
    out.reserveCapacity(n)
    for _ in 0..<n { out.append(string()) }
    return out
  }

  /// Records a failure and returns `value`.
  private mutating func fail<T>(_ value: T) -> T {
    failed = true
    offset = bytes.count
    return value
  }
}
