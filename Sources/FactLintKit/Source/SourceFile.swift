/// What a source holds: a document of the corpus or a rule file.
public enum SourceRole: Sendable {
  /// A document being checked.
  case document
  /// A rule file (in `Rules/`, the built-in rule set, or a rule example).
  case rules
}

/// The text of one source, as UTF-8 bytes, with its display path and line table.
public final class SourceFile: Sendable {
  /// The identifier of this file in its ``SourceManager``.
  public let id: FileID
  /// The path shown in diagnostics.
  public let path: String
  /// The text, as valid UTF-8 (any byte order mark removed).
  public let bytes: [UInt8]
  /// Line starts of ``bytes``.
  public var lines: LineTable {
    if let builtLines { return builtLines }
    return lazyLines!.withLock { table in
      if let table { return table }
      let built = LineTable(bytes)
      table = built
      return built
    }
  }
  /// The line table given when the file was made.
  private let builtLines: LineTable?
  /// Without one given, the table built the first time a line is asked for: a
  /// document read only for its facts (a streamed check's first passes, or one with
  /// nothing to show) never scans its bytes for lines.
  private let lazyLines: Locked<LineTable?>?
  /// Whether this is a document or a rule file.
  public let role: SourceRole
  /// Bytes stripped from the front of the file on disk (a UTF-8 BOM is 3).
  public let prefixLength: Int
  /// Where the file is on disk (``path`` resolved against the working directory).
  public let diskPath: String

  /// Creates a source file from already decoded bytes; `lines`, when given, must
  /// be the line table of `bytes` (built beforehand, off the table's lock). Without
  /// it, the table is built when first needed.
  public init(
    id: FileID, path: String, bytes: [UInt8], role: SourceRole, prefixLength: Int = 0, diskPath: String? = nil,
    lines: LineTable? = nil
  ) {
    self.id = id
    self.path = path
    self.diskPath = diskPath ?? path
    self.bytes = bytes
    builtLines = lines
    lazyLines = lines == nil ? Locked(nil) : nil
    self.role = role
    self.prefixLength = prefixLength
  }

  /// The line and column of byte `offset`.
  public func location(of offset: Int) -> SourcePosition {
    bytes.withUnsafeBufferPointer { bytes in
      builtLines?.location(of: offset, in: bytes) ?? lines.location(of: offset, in: bytes)
    }
  }

  /// The text of `range` (decoded leniently).
  public func text(_ range: Range<Int>) -> String {
    let lo = max(0, min(range.lowerBound, bytes.count))
    let hi = max(lo, min(range.upperBound, bytes.count))
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }

  /// The text covered by `span`.
  public func text(_ span: Span) -> String { text(span.start..<span.end) }

  /// The byte range of the line (0-based `index`) without its terminator.
  public func lineRange(_ index: Int) -> Range<Int> {
    bytes.withUnsafeBufferPointer { bytes in
      builtLines?.lineRange(index, in: bytes) ?? lines.lineRange(index, in: bytes)
    }
  }
}
