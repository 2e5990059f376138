/// Owns every source factlint reads in one run and hands out ``FileID``s.
///
/// Thread-safe: the corpus loader adds documents from several threads.
public final class SourceManager: Sendable {
  private let storage = Locked<[SourceFile]>([])

  /// Creates an empty manager.
  public init() {}

  /// Adds a file and returns it with its new identifier. A caller that registers
  /// many files passes each one's `lines`, built side by side beforehand: the table
  /// is locked while a file is made.
  @discardableResult
  public func add(
    path: String, bytes: [UInt8], role: SourceRole, prefixLength: Int = 0, diskPath: String? = nil,
    lines: LineTable? = nil
  ) -> SourceFile {
    storage.withLock { files in
      let file = SourceFile(
        id: FileID(files.count), path: path, bytes: bytes, role: role, prefixLength: prefixLength,
        diskPath: diskPath, lines: lines)
      files.append(file)
      return file
    }
  }

  /// Reserves `count` consecutive identifiers, in order, for files registered later
  /// one at a time with ``replace(_:)``. Until then each reads as an empty file
  /// without a path: a reserved slot costs a pointer, not a file.
  public func reserve(_ count: Int) -> Range<Int> {
    storage.withLock { files in
      let first = files.count
      files.append(contentsOf: repeatElement(Self.vacant, count: count))
      return first..<files.count
    }
  }

  /// What a reserved slot holds until it is filled.
  private static let vacant = SourceFile(id: FileID(-1), path: "", bytes: [], role: .document)

  /// Puts `file` in the place of the file with its identifier: a run too large to
  /// hold registers its documents without their text, loads each one's text for
  /// the time it is checked, and lets it go after.
  public func replace(_ file: SourceFile) {
    storage.withLock { $0[file.id.index] = file }
  }

  /// Empties the slot of a file registered with ``replace(_:)`` after ``reserve(_:)``,
  /// letting its text go.
  public func release(_ id: FileID) {
    storage.withLock { $0[id.index] = Self.vacant }
  }

  /// The file with identifier `id`.
  public subscript(id: FileID) -> SourceFile {
    storage.withLock { $0[id.index] }
  }

  /// All files, in the order they were added.
  public var files: [SourceFile] { storage.withLock { $0 } }
}
