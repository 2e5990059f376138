#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Appends values to a byte buffer in a compact binary form, for data a run writes
/// and reads back itself (``ByteDecoder`` reads it): integers as LEB128 varints,
/// signed ones zigzag-coded first, doubles as their eight bytes (or, as numbers, a
/// whole value as a varint), strings as their length and UTF-8 bytes (or, when the
/// document being written spells them, as a mark that points there).
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

  /// Writes a number: a whole one of magnitude below 2⁵² (most that documents state)
  /// as a varint of one to eight bytes, an infinite one as one byte, any other (a
  /// fraction, -0, NaN) as a mark and its eight bytes.
  mutating func number(_ value: Double) {
    if value == .infinity { return unsigned(Self.plusInfinity) }
    if value == -.infinity { return unsigned(Self.minusInfinity) }
    if value.magnitude < 0x1p52, let whole = Int64(exactly: value), Double(whole).bitPattern == value.bitPattern {
      return unsigned(Int(truncatingIfNeeded: ((whole << 1) ^ (whole >> 63)) << 2))
    }
    unsigned(Self.rawNumber)
    double(value)
  }

  /// The tags in the low two bits of a ``number(_:)``: 0 is a whole number.
  static let plusInfinity = 1
  static let minusInfinity = 2
  static let rawNumber = 3

  /// Writes `value`, which the document being written may spell at `range` of
  /// `source`: then only a mark is written, and the reader given the same bytes
  /// reads it back there (``ByteDecoder/string(spelledAt:in:lowercased:)``). With
  /// `lowercased`, the document spells it in ASCII letters of either case.
  mutating func string(
    _ value: String, spelledAt range: Range<Int>, in source: UnsafeBufferPointer<UInt8>?, lowercased: Bool = false
  ) {
    var text = value
    text.withUTF8 { utf8 in
      if let source, range.lowerBound >= 0, range.upperBound <= source.count, range.count == utf8.count,
        Self.spells(UnsafeBufferPointer(rebasing: source[range]), utf8, lowercased: lowercased)
      {
        unsigned(0)
        return
      }
      unsigned(utf8.count + 1)
      bytes.append(contentsOf: utf8)
    }
  }

  /// Whether `spelling` is `utf8`, or with `lowercased` is ASCII that lower-cases to it.
  private static func spells(
    _ spelling: UnsafeBufferPointer<UInt8>, _ utf8: UnsafeBufferPointer<UInt8>, lowercased: Bool
  ) -> Bool {
    guard lowercased else {
      guard let a = spelling.baseAddress, let b = utf8.baseAddress else { return true }  // both empty
      return memcmp(a, b, utf8.count) == 0
    }
    for k in spelling.indices {
      let b = spelling[k]
      guard b < 0x80, ByteDecoder.lowercasedASCII(b) == utf8[k] else { return false }
    }
    return true
  }

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
  mutating func string() -> String { utf8(count: unsigned()) }

  /// Reads the next `n` bytes as a string.
  private mutating func utf8(count n: Int) -> String {
    guard n >= 0, n <= bytes.count - offset, let base = bytes.baseAddress else { return fail("") }
    defer { offset += n }
    return String(utf8Bytes: UnsafeBufferPointer(start: (base + offset).assumingMemoryBound(to: UInt8.self), count: n))
  }

  /// Reads a number written by ``ByteEncoder/number(_:)``.
  mutating func number() -> Double {
    let raw = UInt64(truncatingIfNeeded: unsigned())
    switch Int(raw & 3) {
    case ByteEncoder.plusInfinity: return .infinity
    case ByteEncoder.minusInfinity: return -.infinity
    case ByteEncoder.rawNumber: return double()
    default:
      let zigzag = raw >> 2
      return Double(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
    }
  }

  /// Reads a string written by ``ByteEncoder/string(_:spelledAt:in:lowercased:)``,
  /// given the same `range` of the same `source`.
  mutating func string(spelledAt range: Range<Int>, in source: UnsafeBufferPointer<UInt8>?, lowercased: Bool = false)
    -> String
  {
    let n = unsigned()
    // A length is written one more than it is; a damaged one may read as negative.
    guard n == 0 else { return utf8(count: n > 0 ? n - 1 : -1) }
    guard let source, range.lowerBound >= 0, range.upperBound <= source.count else { return fail("") }
    let spelling = UnsafeBufferPointer(rebasing: source[range])
    guard lowercased else { return String(utf8Bytes: spelling) }
    return String(unsafeUninitializedCapacity: spelling.count) { out in
      for k in spelling.indices { out[k] = Self.lowercasedASCII(spelling[k]) }
      return spelling.count
    }
  }

  /// `b` lower-cased if it is an ASCII capital.
  @inline(__always) static func lowercasedASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

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
