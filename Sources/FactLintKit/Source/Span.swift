/// Identifies one source (a document or a rule file) inside a ``SourceManager``.
public struct FileID: Hashable, Comparable, Sendable {
  /// The index of the file in its ``SourceManager``.
  public let index: Int

  /// Creates an identifier for the file at `index`.
  public init(_ index: Int) { self.index = index }

  public static func < (lhs: FileID, rhs: FileID) -> Bool { lhs.index < rhs.index }
}

/// A half-open range of UTF-8 bytes in one source file.
///
/// Spans are the only way factlint refers to text. Lines and columns are derived
/// from a span only when a diagnostic is rendered (see ``LineTable``).
///
/// A span takes 16 bytes (a corpus holds millions of them): the file index and
/// the length are stored in 32 bits each, so one span covers at most 4 GiB.
public struct Span: Hashable, Comparable, Sendable {
  private var first: Int
  private var fileIndex: UInt32
  private var byteCount: UInt32

  /// The file the bytes belong to.
  public var file: FileID {
    get { FileID(Int(fileIndex)) }
    set { fileIndex = UInt32(truncatingIfNeeded: newValue.index) }
  }

  /// Offset of the first byte.
  public var start: Int {
    get { first }
    set {
      let end = self.end
      first = newValue
      byteCount = UInt32(clamping: max(0, end - newValue))
    }
  }

  /// Offset one past the last byte.
  public var end: Int {
    get { first + Int(byteCount) }
    set { byteCount = UInt32(clamping: max(0, newValue - first)) }
  }

  /// Creates a span of the bytes `start..<end` in `file`.
  public init(file: FileID, start: Int, end: Int) {
    self.first = start
    self.fileIndex = UInt32(truncatingIfNeeded: file.index)
    self.byteCount = UInt32(clamping: max(0, end - start))
  }

  /// The number of bytes covered.
  public var length: Int { end - start }

  /// The smallest span that covers both `self` and `other` (same file assumed).
  public func union(_ other: Span) -> Span {
    Span(file: file, start: min(start, other.start), end: max(end, other.end))
  }

  public static func < (lhs: Span, rhs: Span) -> Bool {
    (lhs.fileIndex, lhs.first, lhs.byteCount) < (rhs.fileIndex, rhs.first, rhs.byteCount)
  }
}
