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
public struct Span: Hashable, Comparable, Sendable {
  /// The file the bytes belong to.
  public var file: FileID
  /// Offset of the first byte.
  public var start: Int
  /// Offset one past the last byte.
  public var end: Int

  /// Creates a span of the bytes `start..<end` in `file`.
  public init(file: FileID, start: Int, end: Int) {
    self.file = file
    self.start = start
    self.end = max(start, end)
  }

  /// The number of bytes covered.
  public var length: Int { end - start }

  /// The smallest span that covers both `self` and `other` (same file assumed).
  public func union(_ other: Span) -> Span {
    Span(file: file, start: min(start, other.start), end: max(end, other.end))
  }

  public static func < (lhs: Span, rhs: Span) -> Bool {
    (lhs.file, lhs.start, lhs.end) < (rhs.file, rhs.start, rhs.end)
  }
}
