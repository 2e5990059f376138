extension Array where Element == Diagnostic {
  /// Sorts by file path, line, column, rule id, then message, so that output is
  /// the same bytes on every run whatever order the diagnostics were found in.
  ///
  /// Paths are compared once per file, not once per comparison: the files are
  /// ranked by the bytes of their paths, and diagnostics compare ranks.
  public func sortedForOutput(sources: SourceManager) -> [Diagnostic] {
    var files = Set<FileID>()
    for diagnostic in self { files.insert(diagnostic.span.file) }
    let byPath = files.sorted { a, b in
      sources[a].path.utf8.lexicographicallyPrecedes(sources[b].path.utf8)
    }
    // Files that share a path share a rank.
    var rank: [FileID: Int] = [:]
    var current = -1
    var previous: String?
    for file in byPath {
      let path = sources[file].path
      if previous.map({ !path.utf8.elementsEqual($0.utf8) }) ?? true { current += 1 }
      rank[file] = current
      previous = path
    }
    let keyed = map { diagnostic -> (Int, SourcePosition, Diagnostic) in
      let file = sources[diagnostic.span.file]
      return (rank[file.id]!, file.location(of: diagnostic.span.start), diagnostic)
    }
    return keyed.sorted { a, b in
      if a.0 != b.0 { return a.0 < b.0 }
      if a.1 != b.1 { return a.1 < b.1 }
      if a.2.ruleID != b.2.ruleID { return a.2.ruleID < b.2.ruleID }
      if a.2.span.end != b.2.span.end { return a.2.span.end < b.2.span.end }
      return a.2.message < b.2.message
    }.map(\.2)
  }
}
