extension Array where Element == Diagnostic {
  /// Sorts by file path, line, column, rule id, then message, so that output is
  /// the same bytes on every run whatever order the diagnostics were found in.
  ///
  /// Paths are compared once per file, not once per comparison: the files are
  /// ranked by the bytes of their paths, and diagnostics compare ranks.
  public func sortedForOutput(sources: SourceManager) -> [Diagnostic] {
    // Files are looked up by index in arrays, not hashed: a large run sorts millions
    // of findings, and this loop runs once for each.
    var top = 0
    for index in indices { top = Swift.max(top, self[index].span.file.index + 1) }
    var present = [Bool](repeating: false, count: top)
    for index in indices { present[self[index].span.file.index] = true }
    // Each path is fetched from the table once, not once per comparison.
    let byPath = present.indices.filter { present[$0] }.map { (id: FileID($0), path: sources[FileID($0)].path) }
      .sorted { a, b in a.path.utf8Precedes(b.path) }
    // Files that share a path share a rank; an offset past a file's end counts as its end.
    var rank = [Int](repeating: 0, count: top)
    var size = [Int](repeating: 0, count: top)
    var current = -1
    var previous: String?
    for (file, path) in byPath {
      if previous.map({ !path.utf8.elementsEqual($0.utf8) }) ?? true { current += 1 }
      rank[file.index] = current
      size[file.index] = sources[file].bytes.count
      previous = path
    }
    // Sorting small keys and gathering once: sorting the diagnostics themselves would
    // move 80-byte values and hold two more arrays of them at the peak of a large run.
    // Within a file, line and column grow with the byte offset, so offsets order them
    // without deriving a location; offsets past the end share the last position, as
    // they share the clamped offset.
    var keys: [(rank: Int, offset: Int, index: Int)] = []
    keys.reserveCapacity(count)
    for index in indices {
      let span = self[index].span
      keys.append((rank[span.file.index], Swift.min(span.start, size[span.file.index]), index))
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
    for key in keys { sorted.append(self[key.index]) }
    return sorted
  }
}
