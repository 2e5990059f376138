/// A line and column pair, both 1-based.
///
/// The column unit is the Unicode scalar (code point): a column counts the
/// code points before the position on its line, plus one. A tab is one column,
/// as are an emoji and a combining mark. This matches rustc and SARIF's
/// `unicodeCodePoints` column kind.
public struct SourcePosition: Hashable, Comparable, Sendable {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column in Unicode scalars.
  public var column: Int

  /// Creates a location.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// The offsets at which each line of a text starts, built by one scan of its bytes.
///
/// `\n`, `\r\n` and a lone `\r` each end a line. Converting an offset to a
/// location is a binary search over the line starts followed by a count of the
/// code points between the line start and the offset.
public struct LineTable: Sendable {
  /// Byte offset of the first byte of each line; `lineStarts[0] == 0`.
  public let lineStarts: [Int]
  /// Total number of bytes in the text.
  public let byteCount: Int
  /// Whether every byte is ASCII: then a column is the byte offset on its line plus one,
  /// and no code points need counting.
  public let isASCII: Bool
  /// For a text not all ASCII, the code points that start before each multiple of
  /// ``checkpointStride`` bytes: a column is counted from the nearest, not from the
  /// start of its line (a paragraph may be one line of many kilobytes).
  private let checkpoints: [UInt32]
  /// Bytes between checkpoints: the table grows by under 1 % of the text.
  static let checkpointStride = 512

  /// Builds the table for `bytes`. Most texts hold no carriage return: their line feeds
  /// are found with `memchr`, a vector at a time, once to count the lines and once to
  /// record where each starts. A text with carriage returns is scanned eight bytes at a
  /// time, most words of it ruled out by one test.
  public init(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.baseAddress != nil else {
      self.init(lineStarts: [0], byteCount: 0, isASCII: true, checkpoints: [])
      return
    }
    let isASCII = Self.isASCII(bytes)
    // Counted first, so that the table is allocated at its exact size: a corpus
    // keeps one per document, and a guess per byte would waste half of it.
    let starts =
      bytes.firstIndex(of: 0x0D, in: 0..<bytes.count) == nil
      ? Self.lineFeedStarts(bytes) : Self.lineStartsWithCarriageReturns(bytes)
    self.init(
      lineStarts: starts, byteCount: bytes.count, isASCII: isASCII,
      checkpoints: isASCII ? [] : Self.checkpoints(bytes))
  }

  /// The code points that start before byte `k * checkpointStride`, for each `k` that
  /// leaves a byte after it.
  private static func checkpoints(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
    let count = (bytes.count + checkpointStride - 1) / checkpointStride
    return [UInt32](count: count, filler: 0) { out in
      var scalars = 0
      for k in 0..<count {
        out[k] = UInt32(truncatingIfNeeded: scalars)
        let start = k * checkpointStride
        scalars += scalarCount(bytes, start..<min(bytes.count, start + checkpointStride))
      }
    }
  }

  /// The code points that start before byte `offset` (at most the text's length).
  @inline(__always) private func scalars(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let k = offset / Self.checkpointStride
    guard k < checkpoints.count else { return Self.scalarCount(bytes, 0..<offset) }
    return Int(checkpoints[k]) + Self.scalarCount(bytes, (k * Self.checkpointStride)..<offset)
  }

  /// Whether no byte has its top bit set, read 32 bytes at a time.
  private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let n = bytes.count
    var high: UInt64 = 0
    var i = 0
    while i + 32 <= n {
      high |=
        raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
        | raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)
        | raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
      i += 32
    }
    while i < n {
      high |= UInt64(bytes[i])
      i += 1
    }
    return high & 0x8080_8080_8080_8080 == 0
  }

  /// The line starts of a text whose only line breaks are line feeds.
  private static func lineFeedStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    let n = bytes.count
    var lines = 1
    var i = 0
    while let feed = bytes.firstIndex(of: 0x0A, in: i..<n) {
      lines += 1
      i = feed + 1
    }
    var starts: [Int] = []
    starts.reserveCapacity(lines)
    starts.append(0)
    i = 0
    while let feed = bytes.firstIndex(of: 0x0A, in: i..<n) {
      starts.append(feed + 1)
      i = feed + 1
    }
    return starts
  }

  /// The line starts of a text with carriage returns, alone or before a line feed.
  private static func lineStartsWithCarriageReturns(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    let n = bytes.count
    let raw = UnsafeRawPointer(bytes.baseAddress!)
    var lines = 1
    var i = 0
    while i + 8 <= n {
      // Line breaks are counted lane by lane, as ``scalarCount(_:_:)`` counts.
      var flags: UInt64 = 0
      var words = 0
      while words < 31 && i + 8 <= n {
        flags &+= Self.breakBytes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) >> 7
        words += 1
        i += 8
      }
      lines += Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
    }
    while i < n {
      if bytes[i] == 0x0A || bytes[i] == 0x0D { lines += 1 }
      i += 1
    }
    var starts: [Int] = []
    starts.reserveCapacity(lines)
    starts.append(0)
    i = 0
    while i < n {
      if i + 8 <= n && Self.breakBytes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) == 0 {
        i += 8
        continue
      }
      let b = bytes[i]
      if b == 0x0A {
        starts.append(i + 1)
      } else if b == 0x0D {
        if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    return starts
  }

  private init(lineStarts: [Int], byteCount: Int, isASCII: Bool, checkpoints: [UInt32]) {
    self.lineStarts = lineStarts
    self.byteCount = byteCount
    self.isASCII = isASCII
    self.checkpoints = checkpoints
  }

  /// The top bit of each byte of `word` that is `\n` or `\r`, and no other bit.
  @inline(__always) static func breakBytes(_ word: UInt64) -> UInt64 {
    zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
  }

  /// The top bit of each byte of `word` that is zero: adding 0x7F to the low seven
  /// bits carries into the top bit unless they are all clear, and never past it.
  @inline(__always) private static func zeroBytes(_ word: UInt64) -> UInt64 {
    let low = 0x7F7F_7F7F_7F7F_7F7F as UInt64
    return ~(((word & low) &+ low) | word) & 0x8080_8080_8080_8080
  }

  /// Builds the table for `bytes`.
  public init(_ bytes: [UInt8]) {
    self = bytes.withUnsafeBufferPointer { LineTable($0) }
  }

  /// The number of lines (a trailing line break does not start a counted line).
  public var lineCount: Int {
    if let last = lineStarts.last, last == byteCount, lineStarts.count > 1 {
      return lineStarts.count - 1
    }
    return lineStarts.count
  }

  /// The 0-based index of the line that contains `offset`.
  public func lineIndex(of offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// The byte range of line `index` without its line terminator.
  public func lineRange(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    let start = lineStarts[index]
    var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : byteCount
    while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
    return start..<end
  }

  /// The line and column of byte `offset` in `bytes`.
  public func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
    let clamped = min(max(0, offset), byteCount)
    let index = lineIndex(of: clamped)
    let start = lineStarts[index]
    let column: Int
    if isASCII {
      column = clamped - start
    } else if clamped - start <= Self.checkpointStride {
      column = Self.scalarCount(bytes, start..<clamped)
    } else {
      // Counted from the checkpoints before each end: at most two strides of bytes.
      column = scalars(before: clamped, in: bytes) - scalars(before: start, in: bytes)
    }
    return SourcePosition(line: index + 1, column: 1 + column)
  }

  /// The number of code points that start in `range`: its bytes that are not UTF-8
  /// continuation bytes (`10xxxxxx`), counted 32 bytes at a time: in prose with a few
  /// marks outside ASCII, most runs of 32 bytes are ASCII, told by one test and counted
  /// whole. Others are counted eight bytes at a time.
  static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
    let raw = UnsafeRawPointer(base)
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var count = 0
    var i = range.lowerBound
    while i + 32 <= range.upperBound {
      let words = (
        raw.loadUnaligned(fromByteOffset: i, as: UInt64.self),
        raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self),
        raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self),
        raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
      )
      count += 32
      if (words.0 | words.1 | words.2 | words.3) & highBits != 0 {
        // Each lane sums at most four, and one multiplication adds up the lanes.
        let flags =
          continuations(words.0) &+ continuations(words.1) &+ continuations(words.2) &+ continuations(words.3)
        count -= Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
      }
      i += 32
    }
    while i + 8 <= range.upperBound {
      let flags = continuations(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
      count += 8 - Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
      i += 8
    }
    while i < range.upperBound {
      if bytes[i] & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    return count
  }

  /// One in each byte of `word` that is a UTF-8 continuation byte (its top bit set and
  /// the next one clear), zero in the others.
  @inline(__always) private static func continuations(_ word: UInt64) -> UInt64 {
    (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
  }
}
