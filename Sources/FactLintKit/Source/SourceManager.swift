/// Owns every source factlint reads in one run and hands out ``FileID``s.
///
/// Thread-safe: the corpus loader adds documents from several threads.
public final class SourceManager: Sendable {
  private let storage = Locked<Table>(Table())

  /// The files, and how many holders each filled reserved slot has.
  private struct Table {
    var files: [SourceFile] = []
    var pins: [Int: Int] = [:]
  }

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
    storage.withLock { table in
      let file = SourceFile(
        id: FileID(table.files.count), path: path, bytes: bytes, role: role, prefixLength: prefixLength,
        diskPath: diskPath, lines: lines)
      table.files.append(file)
      return file
    }
  }

  /// Reserves `count` consecutive identifiers, in order, for files filled later
  /// one at a time, for a while, with ``pin(_:load:)``. Until then each reads as an
  /// empty file without a path: a reserved slot costs a pointer, not a file.
  public func reserve(_ count: Int) -> Range<Int> {
    storage.withLock { table in
      let first = table.files.count
      table.files.append(contentsOf: repeatElement(Self.vacant, count: count))
      return first..<table.files.count
    }
  }

  /// Fills the reserved slot of `file` (its identifier) for the rest of the run: a run
  /// that holds its corpus gives every document its identifier before reading any.
  public func fill(_ file: SourceFile) {
    storage.withLock { $0.files[file.id.index] = file }
  }

  /// What a reserved slot holds until it is filled.
  private static let vacant = SourceFile(id: FileID(-1), path: "", bytes: [], role: .document)

  /// Fills the reserved slot `id` until as many ``unpin(_:)`` calls as pins: with
  /// the file `load` gives, unless another pin holds the slot filled already. A run
  /// too large to hold fills each document's slot for the time it is checked and
  /// its findings rendered; a worker that renders a finding pointing at a document
  /// another worker has filled pins it too, so that it stays until both are done.
  /// Returns whether the slot is filled (`false` when `load` gives nothing).
  @discardableResult
  public func pin(_ id: FileID, load: () -> SourceFile?) -> Bool {
    let held = storage.withLock { table in
      guard let count = table.pins[id.index] else { return false }
      table.pins[id.index] = count + 1
      return true
    }
    if held { return true }
    // Loaded outside the lock: two workers may both load, and the first to return fills.
    guard let file = load() else { return false }
    storage.withLock { table in
      let count = table.pins[id.index] ?? 0
      if count == 0 { table.files[id.index] = file }
      table.pins[id.index] = count + 1
    }
    return true
  }

  /// Lets go of one pin of slot `id`; the last one empties the slot, letting its text go.
  public func unpin(_ id: FileID) {
    storage.withLock { table in
      guard let count = table.pins[id.index] else { return }
      if count > 1 {
        table.pins[id.index] = count - 1
      } else {
        table.pins[id.index] = nil
        table.files[id.index] = Self.vacant
      }
    }
  }

  /// The file with identifier `id`.
  public subscript(id: FileID) -> SourceFile {
    storage.withLock { $0.files[id.index] }
  }

  /// All files, in the order they were added; a reserved slot is listed while it is filled.
  public var files: [SourceFile] { storage.withLock { $0.files.filter { $0 !== Self.vacant } } }
}
