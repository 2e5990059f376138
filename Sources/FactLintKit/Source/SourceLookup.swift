/// The paths and positions of spans, for one worker rendering a run of diagnostics:
/// each file is asked of the ``SourceManager`` once, and its path kept as bytes.
///
/// The manager takes a lock on every lookup, and a file it hands out is a reference
/// counted on every copy. Diagnostics of both workers point at the same few
/// statements (a rule's reference values), so asking the manager for every line
/// made the cores take turns on its lock and on those files' counts. A lookup holds
/// one reference to each file it met and reads positions through it without
/// counting another.
struct SourceLookup {
  private let sources: SourceManager
  /// The files met, by slot, each held once for the lookup's lifetime.
  private var files: [SourceFile] = []
  /// The same files, read without counting a reference (``files`` keeps them alive).
  private var unretained: [Unmanaged<SourceFile>] = []
  /// Each file's path, as UTF-8 bytes, by slot.
  private var paths: [[UInt8]] = []
  private var slots: [FileID: Int] = [:]
  /// The file looked up last and its slot: consecutive spans are mostly in one file.
  private var last = (file: FileID(-1), slot: 0)
  /// Positions found lately, each at a place chosen by its offset and file: findings point
  /// their notes at the same few statements again and again (a rule's reference
  /// values, a document's first statement of a fact), and finding the line and column
  /// of one counts the code points of up to a checkpoint's stride of bytes.
  private var recent = [Recent](repeating: Recent(), count: SourceLookup.recentCount)

  /// A position found, with its file, the file's slot and its offset there.
  private struct Recent {
    var file = FileID(-1)
    var slot = 0
    var offset = 0
    var position = SourcePosition(line: 0, column: 0)
  }

  /// The number of positions ``recent`` holds, a power of two.
  private static let recentCount = 64

  /// A lookup of the files of `sources`.
  init(_ sources: SourceManager) { self.sources = sources }

  /// The slot of file `id`, asked of the manager the first time.
  private mutating func slot(_ id: FileID) -> Int {
    if id == last.file { return last.slot }
    let slot: Int
    if let known = slots[id] {
      slot = known
    } else {
      let file = sources[id]
      slot = files.count
      files.append(file)
      unretained.append(Unmanaged.passUnretained(file))
      paths.append(Array(file.path.utf8))
      slots[id] = slot
    }
    last = (id, slot)
    return slot
  }

  /// The 1-based line and column of the start of `span`, and the slot of its file,
  /// whose path ``appendPath(_:to:)`` appends.
  mutating func position(_ span: Span) -> (slot: Int, position: SourcePosition) {
    let place = (span.start &* 0x9E37_79B9 &+ span.file.index) & (Self.recentCount - 1)
    if recent[place].file == span.file && recent[place].offset == span.start {
      return (recent[place].slot, recent[place].position)
    }
    let slot = slot(span.file)
    let position = unretained[slot]._withUnsafeGuaranteedRef { $0.location(of: span.start) }
    recent[place] = Recent(file: span.file, slot: slot, offset: span.start, position: position)
    return (slot, position)
  }

  /// Appends the path of the file in `slot` to `out`, as UTF-8 bytes.
  func appendPath(_ slot: Int, to out: inout ByteWriter) { paths[slot].withUnsafeBufferPointer { out.append($0) } }
}
