/// Output built as bytes by one worker, in memory it owns alone: the lines of a run
/// of findings.
///
/// An `Array` checks that its storage is unique, and takes the generic path for its
/// count, on every `append`; output is built from thousands of short pieces (a path,
/// a colon, a line number), and those checks cost more than copying the pieces.
/// Here an append is a test of the room left and a copy.
struct ByteWriter: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The number of bytes written.
  private(set) var count = 0

  /// An empty writer with room for `capacity` bytes before it grows (at least 64).
  init(capacity: Int = 64) {
    self.capacity = Swift.max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// Appends `byte`.
  @inline(__always) mutating func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: count + 1) }
    (base + count).initialize(to: byte)
    count += 1
  }

  /// Appends every byte of `bytes`.
  @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
    (base + count).initialize(from: source, count: bytes.count)
    count += bytes.count
  }

  /// Appends the UTF-8 bytes of `text`, read where it is: a copy of the string would
  /// count a reference on its storage, which another core may be counting on too.
  @inline(__always) mutating func append(utf8 text: String) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { append($0) }
    if copied == nil {
      for byte in text.utf8 { append(byte) }
    }
  }

  /// Appends the UTF-8 bytes of the literal `text`, from where the program holds them.
  @inline(__always) mutating func append(literal text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends again the bytes written at `range`, which must have been written.
  mutating func appendAgain(_ range: Range<Int>) {
    precondition(range.lowerBound >= 0 && range.upperBound <= count, "range out of the bytes written")
    if count + range.count > capacity { grow(toHold: count + range.count) }
    (base + count).initialize(from: base + range.lowerBound, count: range.count)
    count += range.count
  }

  /// Makes a space of every control byte (below 0x20, and 0x7F) written from `start` on.
  mutating func replaceControlBytes(from start: Int) {
    for k in Swift.max(0, start)..<count where base[k] < 0x20 || base[k] == 0x7F { base[k] = 0x20 }
  }

  /// Lends the bytes written to `body`; the buffer must not outlive the call.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    body(UnsafeBufferPointer(start: base, count: count))
  }

  /// The bytes written, decoded as UTF-8 (invalid sequences repaired).
  var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }

  /// Makes room for `needed` bytes at least, doubling the room as an array would.
  private mutating func grow(toHold needed: Int) {
    let larger = Swift.max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.moveInitialize(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = larger
  }
}
