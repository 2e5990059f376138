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

  /// Builds the table for `bytes`.
  public init(_ bytes: UnsafeBufferPointer<UInt8>) {
    // Counted first, so that the table is allocated at its exact size: a corpus
    // keeps one per document, and a guess per byte would waste half of it.
    let n = bytes.count
    var lines = 1
    for b in bytes where b == 0x0A || b == 0x0D { lines += 1 }
    var starts = [0]
    starts.reserveCapacity(lines)
    var i = 0
    while i < n {
      let b = bytes[i]
      if b == 0x0A {
        starts.append(i + 1)
      } else if b == 0x0D {
        if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    lineStarts = starts
    byteCount = n
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
    return SourcePosition(line: index + 1, column: 1 + Self.scalarCount(bytes, lineStarts[index]..<clamped))
  }

  /// The number of code points that start in `range`: its bytes that are not UTF-8
  /// continuation bytes (`10xxxxxx`), counted eight bytes at a time.
  static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
    let raw = UnsafeRawPointer(base)
    var count = 0
    var i = range.lowerBound
    while i + 8 <= range.upperBound {
      let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      // A continuation byte has its top bit set and the next one clear.
      let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
      count += 8 - continuation.nonzeroBitCount
      i += 8
    }
    while i < range.upperBound {
      if bytes[i] & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    return count
  }
}
