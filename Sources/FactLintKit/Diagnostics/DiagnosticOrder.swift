extension Array where Element == Diagnostic {
  /// Sorts by file path, line, column, rule id, then message, so that output is
  /// the same bytes on every run whatever order the diagnostics were found in.
  public func sortedForOutput(sources: SourceManager) -> [Diagnostic] {
    let keyed = map { diagnostic -> (String, SourcePosition, Diagnostic) in
      let file = sources[diagnostic.span.file]
      return (file.path, file.location(of: diagnostic.span.start), diagnostic)
    }
    return keyed.sorted { a, b in
      if a.0 != b.0 { return a.0.utf8.lexicographicallyPrecedes(b.0.utf8) }
      if a.1 != b.1 { return a.1 < b.1 }
      if a.2.ruleID != b.2.ruleID { return a.2.ruleID < b.2.ruleID }
      if a.2.span.end != b.2.span.end { return a.2.span.end < b.2.span.end }
      return a.2.message < b.2.message
    }.map(\.2)
  }
}
