import Synchronization

/// Owns every source factlint reads in one run and hands out ``FileID``s.
///
/// Thread-safe: the corpus loader adds documents from several threads.
public final class SourceManager: Sendable {
  private let storage = Mutex<[SourceFile]>([])

  /// Creates an empty manager.
  public init() {}

  /// Adds a file and returns it with its new identifier.
  @discardableResult
  public func add(
    path: String, bytes: [UInt8], role: SourceRole, prefixLength: Int = 0, diskPath: String? = nil
  ) -> SourceFile {
    storage.withLock { files in
      let file = SourceFile(
        id: FileID(files.count), path: path, bytes: bytes, role: role, prefixLength: prefixLength,
        diskPath: diskPath)
      files.append(file)
      return file
    }
  }

  /// Puts `file` in the place of the file with its identifier: a run too large to
  /// hold registers its documents without their text, loads each one's text for
  /// the time it is checked, and lets it go after.
  public func replace(_ file: SourceFile) {
    storage.withLock { $0[file.id.index] = file }
  }

  /// The file with identifier `id`.
  public subscript(id: FileID) -> SourceFile {
    storage.withLock { $0[id.index] }
  }

  /// All files, in the order they were added.
  public var files: [SourceFile] { storage.withLock { $0 } }
}
