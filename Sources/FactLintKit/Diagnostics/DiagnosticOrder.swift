extension Array where Element == Diagnostic {
  /// Sorts by file path, line, column, rule id, then message, so that output is
  /// the same bytes on every run whatever order the diagnostics were found in.
  ///
  /// Paths are compared once per file, not once per comparison: the files are
  /// ranked by the bytes of their paths, and diagnostics compare ranks.
  public func sortedForOutput(sources: SourceManager) -> [Diagnostic] {
    orderedForOutput(sources: sources, jobs: 1).diagnostics
  }

  /// The diagnostics sorted as ``sortedForOutput(sources:)`` sorts them, and how many
  /// there are of each severity (error, warning, note), on up to `jobs` workers (0: one
  /// per core) when they are many.
  ///
  /// A large run's findings lie all over memory and are ordered while every other core
  /// waits: each worker reads a share of them once, sorts a share of their keys, and
  /// gathers a share of the result. The order is total (the index breaks every tie), so
  /// it is the same on any number of workers.
  func orderedForOutput(sources: SourceManager, jobs: Int) -> (diagnostics: [Diagnostic], severityCounts: [Int]) {
    let parts = count >= DiagnosticOrder.parallelCount ? Swift.max(1, jobs > 0 ? jobs : Parallel.coreCount) : 1
    let shares = (0..<parts).map { p in (count * p / parts)..<(count * (p + 1) / parts) }
    let diagnostics = self
    // Where every finding is, its rule and its severity, read in one pass: ties on the
    // place are then broken by the rule's rank among the rules named, without reading
    // the finding again. Each share lists the rules it meets (few, and met in runs).
    var places = [DiagnosticOrder.Place](
      repeating: DiagnosticOrder.Place(file: 0, start: 0, end: 0, rule: 0), count: count)
    let readShares = places.withUnsafeMutableBufferPointer { buffer in
      let slots = UnsafeSlots(buffer)
      guard parts > 1 else { return [DiagnosticOrder.read(diagnostics, shares[0], into: slots)] }
      return Parallel.map(count: parts, jobs: parts) { p in DiagnosticOrder.read(diagnostics, shares[p], into: slots) }
    }
    let severityCounts = (0..<3).map { s in readShares.reduce(0) { $0 + $1.counts[s] } }
    // Each share's rules are renumbered by their rank among all the rules named (few:
    // they are looked for in arrays, not hashed).
    var ranked: [String] = []
    for share in readShares { for rule in share.rules where !ranked.contains(rule) { ranked.append(rule) } }
    ranked.sort()
    let rankMaps = readShares.map { $0.rules.map { ranked.firstIndex(of: $0)! } }
    places.withUnsafeMutableBufferPointer { buffer in
      let slots = UnsafeSlots(buffer)
      Parallel.forEach(count: parts, jobs: parts) { p in
        let ranks = rankMaps[p]
        for i in shares[p] { slots.buffer[i].rule = ranks[slots.buffer[i].rule] }
      }
    }
    var keys = DiagnosticOrder.keys(places, sources: sources)
    places = []
    if parts == 1 {
      keys.sort { DiagnosticOrder.precedes($0, $1, in: diagnostics) }
    } else {
      keys.withUnsafeMutableBufferPointer { buffer in
        let slots = UnsafeSlots(buffer)
        Parallel.forEach(count: parts, jobs: parts) { p in
          var share = UnsafeMutableBufferPointer(rebasing: slots.buffer[shares[p]])
          share.sort { DiagnosticOrder.precedes($0, $1, in: diagnostics) }
        }
      }
      keys = DiagnosticOrder.merged(keys, shares: shares, in: diagnostics)
    }
    guard parts > 1 else { return (keys.map { diagnostics[$0.index] }, severityCounts) }
    let sorted = [Diagnostic](unsafeUninitializedCapacity: count) { buffer, initialized in
      let slots = UnsafeSlots(buffer)
      let order = keys
      Parallel.forEach(count: parts, jobs: parts) { p in
        for k in shares[p] { (slots.buffer.baseAddress! + k).initialize(to: diagnostics[order[k].index]) }
      }
      initialized = order.count
    }
    return (sorted, severityCounts)
  }
}

/// The keys ``Swift/Array/orderedForOutput(sources:jobs:)`` sorts findings by.
enum DiagnosticOrder {
  /// From how many findings ordering is shared between workers.
  static let parallelCount = 1 << 15

  /// Where a finding is (its file's index and its span's bytes), and its rule's number.
  struct Place: Sendable {
    var file: Int
    var start: Int
    var end: Int
    var rule: Int
  }

  /// A finding's key: its file's rank by path, its offset in the file (clamped to the
  /// file's end), its rule's rank among the rules named, the end of its span, and its
  /// index among the findings.
  struct Key: Sendable {
    var rank: Int
    var offset: Int
    var rule: Int
    var end: Int
    var index: Int
  }

  /// Reads the findings of `share` into `places` (their rules numbered in the order
  /// met), and returns how many there are of each severity and the rules met.
  static func read(_ diagnostics: [Diagnostic], _ share: Range<Int>, into places: UnsafeSlots<Place>)
    -> (counts: [Int], rules: [String])
  {
    var counts = [0, 0, 0]
    var rules: [String] = []
    var last = -1
    for i in share {
      let diagnostic = diagnostics[i]
      let span = diagnostic.span
      let id = diagnostic.ruleID
      if last < 0 || rules[last] != id {
        last = rules.firstIndex(of: id) ?? rules.count
        if last == rules.count { rules.append(id) }
      }
      places.buffer[i] = Place(file: span.file.index, start: span.start, end: span.end, rule: last)
      counts[slot(diagnostic.severity)] += 1
    }
    return (counts, rules)
  }

  /// The place of a severity in a count of each, in ``Severity`` order.
  static func slot(_ severity: Severity) -> Int {
    switch severity {
    case .error: return 0
    case .warning: return 1
    case .note: return 2
    }
  }

  /// The keys of findings at `places`, in the findings' order.
  static func keys(_ places: [Place], sources: SourceManager) -> [Key] {
    // Files are looked up by index in arrays, not hashed: a large run sorts millions
    // of findings, and this loop runs once for each. The files named are listed by
    // index, each once: through a table as long as the highest index when the
    // findings are many for it, else by sorting their indices (a streamed run sorts
    // the findings of one document at a time, whose file's index grows to the
    // corpus's size).
    var top = 0
    for place in places { top = Swift.max(top, place.file + 1) }
    let dense = top <= 8 * places.count + 64
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
    // Each path is fetched from the table once, not once per comparison.
    let byPath = files.indices.map { (slot: $0, path: sources[FileID(files[$0])].path) }
      .sorted { a, b in a.path.utf8Precedes(b.path) }
    // Files that share a path share a rank; an offset past a file's end counts as its end.
    var rank = [Int](repeating: 0, count: files.count)
    var size = [Int](repeating: 0, count: files.count)
    var current = -1
    var previous: String?
    for (file, path) in byPath {
      if previous.map({ !path.utf8.elementsEqual($0.utf8) }) ?? true { current += 1 }
      rank[file] = current
      size[file] = sources[FileID(files[file])].bytes.count
      previous = path
    }
    // Sorting small keys and gathering once: sorting the diagnostics themselves would
    // move 80-byte values and hold two more arrays of them at the peak of a large run.
    // Within a file, line and column grow with the byte offset, so offsets order them
    // without deriving a location; offsets past the end share the last position, as
    // they share the clamped offset.
    var keys: [Key] = []
    keys.reserveCapacity(places.count)
    for (index, place) in places.enumerated() {
      let file = slot(place.file)
      keys.append(
        Key(
          rank: rank[file], offset: Swift.min(place.start, size[file]), rule: place.rule, end: place.end, index: index))
    }
    return keys
  }

  /// Whether the finding of key `a` comes before that of key `b` among `diagnostics`.
  @inline(__always) static func precedes(_ a: Key, _ b: Key, in diagnostics: [Diagnostic]) -> Bool {
    if a.rank != b.rank { return a.rank < b.rank }
    if a.offset != b.offset { return a.offset < b.offset }
    if a.rule != b.rule { return a.rule < b.rule }
    if a.end != b.end { return a.end < b.end }
    let x = diagnostics[a.index].message
    let y = diagnostics[b.index].message
    if x != y { return x < y }
    return a.index < b.index
  }

  /// `keys`, whose `shares` are each sorted, merged into one sorted array.
  static func merged(_ keys: [Key], shares: [Range<Int>], in diagnostics: [Diagnostic]) -> [Key] {
    var runs = shares.map { keys[$0] }
    while runs.count > 1 {
      var next: [ArraySlice<Key>] = []
      for r in stride(from: 0, to: runs.count, by: 2) {
        guard r + 1 < runs.count else {
          next.append(runs[r])
          continue
        }
        let (a, b) = (runs[r], runs[r + 1])
        var out: [Key] = []
        out.reserveCapacity(a.count + b.count)
        var i = a.startIndex
        var j = b.startIndex
        while i < a.endIndex && j < b.endIndex {
          if precedes(b[j], a[i], in: diagnostics) {
            out.append(b[j])
            j += 1
          } else {
            out.append(a[i])
            i += 1
          }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        next.append(out[...])
      }
      runs = next
    }
    return Array(runs.first ?? [])
  }
}
