extension Array where Element == Diagnostic {
  /// Sorts by file path, line, column, rule id, then message, so that output is
  /// the same bytes on every run whatever order the diagnostics were found in.
  ///
  /// Paths are compared once per file, not once per comparison: the files are
  /// ranked by the bytes of their paths, and diagnostics compare ranks.
  public func sortedForOutput(sources: SourceManager) -> [Diagnostic] {
    var sorted = self
    sorted.sortForOutput(sources: sources)
    return sorted
  }

  /// Moves every diagnostic of `other` to the end of this array, and leaves `other`
  /// empty. A diagnostic moved is not touched: a large run's findings lie all over
  /// memory, and copying one (a reference count up, and down when the other array
  /// goes) is a cache miss each time.
  mutating func appendMoving(_ other: inout [Diagnostic]) {
    if isEmpty && capacity <= other.count {
      swap(&self, &other)
      return
    }
    reserveCapacity(count + other.count)
    for index in other.indices { append(Self.take(index, of: &other)) }
    other = []
  }

  /// The diagnostic at `index`, moved out: a placeholder stands in its place.
  @inline(__always) private static func take(_ index: Int, of array: inout [Diagnostic]) -> Diagnostic {
    var taken = Diagnostic.placeholder
    swap(&taken, &array[index])
    return taken
  }

  /// Sorts in place as ``sortedForOutput(sources:)`` orders, and returns how many
  /// diagnostics there are of each severity, by raw value. Each diagnostic is read
  /// once, for its file, place and severity, and then moved, not copied (see
  /// ``appendMoving(_:)``).
  @discardableResult
  mutating func sortForOutput(sources: SourceManager) -> [Int] {
    // Files are looked up by index in arrays, not hashed: a large run sorts millions
    // of findings, and this loop runs once for each. The files named are listed by
    // index, each once: through a table as long as the highest index when the
    // findings are many for it, else by sorting their indices (a streamed run sorts
    // the findings of one document at a time, whose file's index grows to the
    // corpus's size).
    // The file and start of every finding are read in one pass: a large run's findings
    // lie all over memory, and each visit to one is a cache miss.
    var places: [(file: Int, start: Int)] = []
    places.reserveCapacity(count)
    var top = 0
    var bySeverity = [Int](repeating: 0, count: Severity.allCases.count)
    for index in indices {
      let span = self[index].span
      places.append((span.file.index, span.start))
      top = Swift.max(top, span.file.index + 1)
      bySeverity[self[index].severity.rawValue] += 1
    }
    let dense = top <= 8 * count + 64
    var files: [Int] = []
    var slotOfFile: [Int] = []
    if dense {
      slotOfFile = [Int](repeating: -1, count: top)
      for place in places { slotOfFile[place.file] = 0 }
      for file in slotOfFile.indices where slotOfFile[file] == 0 {
        slotOfFile[file] = files.count
        files.append(file)
      }
    } else {
      files = places.map(\.file)
      files.sort()
      var kept = 0
      for file in files where kept == 0 || files[kept - 1] != file {
        files[kept] = file
        kept += 1
      }
      files.removeLast(files.count - kept)
    }
    /// The place of file `index` in `files`.
    func slot(_ index: Int) -> Int {
      if dense { return slotOfFile[index] }
      var low = 0
      var high = files.count - 1
      while low < high {
        let middle = (low + high) / 2
        if files[middle] < index { low = middle + 1 } else { high = middle }
      }
      return low
    }
    // Each file is fetched from the table once, not once per comparison.
    let byPath = files.indices.map { slot in
      let file = sources[FileID(files[slot])]
      return (slot: slot, path: file.path, size: file.bytes.count)
    }.sorted { a, b in a.path.utf8Precedes(b.path) }
    // Files that share a path share a rank; an offset past a file's end counts as its end.
    var rank = [Int](repeating: 0, count: files.count)
    var size = [Int](repeating: 0, count: files.count)
    var current = -1
    var previous: String?
    for (file, path, bytes) in byPath {
      // Sorted, a path differs from the one before it exactly when that one precedes it.
      if previous.map({ $0.utf8Precedes(path) }) ?? true { current += 1 }
      rank[file] = current
      size[file] = bytes
      previous = path
    }
    // Sorting small keys and gathering once: sorting the diagnostics themselves would
    // move 80-byte values and hold two more arrays of them at the peak of a large run.
    // Within a file, line and column grow with the byte offset, so offsets order them
    // without deriving a location; offsets past the end share the last position, as
    // they share the clamped offset.
    var keys: [(rank: Int, offset: Int, index: Int)] = []
    keys.reserveCapacity(count)
    for (index, place) in zip(indices, places) {
      let file = slot(place.file)
      keys.append((rank[file], Swift.min(place.start, size[file]), index))
    }
    keys.sort { a, b in
      if a.rank != b.rank { return a.rank < b.rank }
      if a.offset != b.offset { return a.offset < b.offset }
      let x = self[a.index]
      let y = self[b.index]
      if x.ruleID != y.ruleID { return x.ruleID < y.ruleID }
      if x.span.end != y.span.end { return x.span.end < y.span.end }
      if x.message != y.message { return x.message < y.message }
      return a.index < b.index
    }
    var sorted: [Diagnostic] = []
    sorted.reserveCapacity(count)
    for key in keys { sorted.append(Self.take(key.index, of: &self)) }
    self = sorted
    return bySeverity
  }
}
