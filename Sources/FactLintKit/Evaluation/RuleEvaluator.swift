/// Evaluates rules against a corpus held in memory.
///
/// The documents are summed up in chunks on several workers (``CorpusSummary``),
/// the chunks merged in path order, and then each document's findings are decided
/// from the settled summary, again side by side. A rule reports each statement at
/// most once.
public struct RuleEvaluator: Sendable {
  /// The corpus.
  public let corpus: Corpus
  /// The most related locations shown beside one diagnostic.
  public var maxRelated = 3
  /// The most disagreeing statements of one document reported one by one for one
  /// fact; the rest are summed up in one diagnostic (0: no limit).
  public var maxPerDocument = 20
  /// The most workers (0: one per core).
  public var jobs = 0
  /// Whether what the evaluation worked with (each document's selections and the
  /// runs' findings) is kept until the process ends instead of freed:
  /// set when the process exits right after the run (``ProcessLifetime``). Freeing it
  /// touches every fact a rule selected, on cache lines long gone, while no other work
  /// is left to overlap it.
  public var keepsWorkUntilExit = false

  /// Creates an evaluator for `corpus`.
  public init(corpus: Corpus) { self.corpus = corpus }

  /// Evaluates every rule; outcomes are in the order of `rules`, and each rule's
  /// findings in path order.
  public func evaluate(_ rules: [Rule]) -> [RuleOutcome] {
    let (summary, selected) = summarize(rules, keepingSelections: true)
    let chunks = Self.chunks(corpus.documents.count, jobs: jobs)
    let documents = corpus.documents
    let sources = corpus.sources
    // Each run of documents gives each rule's findings in path order.
    let reports = Parallel.map(count: chunks.count, jobs: jobs) { c in
      var byRule = [[Diagnostic]](repeating: [], count: rules.count)
      for d in chunks[c] {
        let found = summary.report(
          documents[d], file: sources[documents[d].file], selected: selected.isEmpty ? nil : selected[d])
        for r in found.indices where !found[r].isEmpty { byRule[r].append(contentsOf: found[r]) }
      }
      return byRule
    }
    // Each rule's findings are copied into an array of the right size by every worker,
    // each run at its place: one rule with most of the findings keeps both cores busy.
    let outcomes = rules.indices.map { r in
      var starts: [Int] = []
      var total = 0
      for report in reports {
        starts.append(total)
        total += report[r].count
      }
      let offsets = starts
      // No findings make a plain empty array: made through `unsafeUninitializedCapacity`,
      // an empty one writes its count into the standard library's one shared empty
      // storage, which ThreadSanitizer sees race with every thread that reads an empty array.
      guard total > 0 else { return RuleOutcome(rule: rules[r], diagnostics: []) }
      let diagnostics = [Diagnostic](unsafeUninitializedCapacity: total) { buffer, initialized in
        let slots = UnsafeSlots(buffer)
        Parallel.forEach(count: reports.count, jobs: jobs) { c in
          reports[c][r].withUnsafeBufferPointer { part in
            guard let from = part.baseAddress, let to = slots.buffer.baseAddress else { return }
            (to + offsets[c]).initialize(from: from, count: part.count)
          }
        }
        initialized = total
      }
      return RuleOutcome(rule: rules[r], diagnostics: diagnostics)
    }
    if keepsWorkUntilExit {
      // Not the summary: it holds the rules, whose expression trees are indirect enums,
      // whose tagged pointers leak checkers cannot follow.
      ProcessLifetime.keep((reports, selected))
      return outcomes
    }
    // What the runs found, and what they selected, are let go side by side too.
    var found = consume reports
    Parallel.letGo(&found, replacingWith: [], jobs: jobs)
    var kept = consume selected
    Parallel.letGo(&kept, replacingWith: .nothing, jobs: jobs)
    return outcomes
  }

  /// Evaluates one rule.
  public func evaluate(_ rule: Rule) -> [Diagnostic] { evaluate([rule])[0].diagnostics }

  /// The facts the selection called `name` of `rule` takes in every document, in path order.
  func selected(_ name: String, of rule: Rule) -> [Fact] {
    let plan = RulePlan(rule: rule, maxRelated: maxRelated, maxPerDocument: maxPerDocument)
    guard let index = plan.selectionIndex(name) else { return [] }
    return corpus.documents.flatMap { document in
      Array(plan.select(document, kinds: document.kinds, file: corpus.sources[document.file])[index])
    }
  }

  /// The settled summary of the corpus for `rules`: chunks of documents are summed
  /// up side by side and merged in path order.
  public func summarize(_ rules: [Rule]) -> CorpusSummary { summarize(rules, keepingSelections: false).0 }

  /// The settled summary, and what the rules selected in each document when
  /// `keepingSelections` (none when no rule compares documents).
  private func summarize(_ rules: [Rule], keepingSelections: Bool) -> (CorpusSummary, [CorpusSummary.Selected]) {
    var summary = CorpusSummary(rules: rules, maxRelated: maxRelated, maxPerDocument: maxPerDocument)
    var selected: [CorpusSummary.Selected] = []
    if summary.comparesDocuments {
      let empty = summary.emptied
      // Every chunk's summary is merged in order, alone: few large chunks merge fastest,
      // and each grows its tables from empty once. Two per worker, cut to equal numbers of
      // facts rather than of documents, end at about the same time.
      let documents = corpus.documents
      let chunks = Self.chunks(weights: documents.map { $0.facts.count + 1 }, jobs: jobs, perWorker: 2)
      let sources = corpus.sources
      var parts = Parallel.map(count: chunks.count, jobs: jobs) { c in
        var part = empty
        var taken: [CorpusSummary.Selected] = []
        if keepingSelections { taken.reserveCapacity(chunks[c].count) }
        for d in chunks[c] {
          let selection = part.add(documents[d], file: sources[documents[d].file])
          if keepingSelections { taken.append(selection) }
        }
        return (part, taken)
      }
      if keepingSelections { selected.reserveCapacity(documents.count) }
      for c in parts.indices {
        selected += parts[c].1
        if c == 0 {
          // The first part is the summary of the first documents as it stands: merging it
          // into an empty one would only copy it, on one core. It is taken out of the
          // array, so that the summary is the one holder of the tables it changes.
          summary = parts[0].0
          parts[0].0 = empty
        } else {
          summary.merge(parts[c].0)
        }
      }
      // What the merged parts hold is let go on every core, not on one.
      Parallel.letGo(&parts, replacingWith: (empty, []), jobs: jobs)
    }
    summary.finish()
    return (summary, selected)
  }

  /// Runs of consecutive document indices: a few per worker, so that uneven
  /// documents still keep every worker busy, and few enough that merging is cheap.
  /// `perWorker` is how many runs each worker gets, at most `largest` documents long.
  static func chunks(_ count: Int, jobs: Int, largest: Int = 512, perWorker: Int = 8) -> [Range<Int>] {
    let workers = jobs > 0 ? jobs : Parallel.coreCount
    let size = min(largest, max(16, count / max(1, workers * perWorker)))
    return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
  }

  /// `perWorker` runs of consecutive items per worker, of about equal total weight (the
  /// work of each item): few runs end at the same time only when they weigh the same.
  static func chunks(weights: [Int], jobs: Int, perWorker: Int) -> [Range<Int>] {
    let workers = jobs > 0 ? jobs : Parallel.coreCount
    let parts = max(1, workers * perWorker)
    let total = weights.reduce(0, +)
    guard weights.count > parts, total > 0 else {
      return chunks(weights.count, jobs: jobs, largest: .max, perWorker: perWorker)
    }
    var runs: [Range<Int>] = []
    var start = 0
    var sum = 0
    for (item, weight) in weights.enumerated() {
      sum += weight
      // The run ends once it reaches its share of the whole.
      if runs.count < parts - 1 && sum * parts >= total * (runs.count + 1) {
        runs.append(start..<item + 1)
        start = item + 1
      }
    }
    if start < weights.count { runs.append(start..<weights.count) }
    return runs
  }
}

/// Shell-style path patterns: `*` (no `/`), `**` (any), `?` and literal text.
enum Glob {
  static func matches(_ pattern: String, path: String) -> Bool {
    let p = Array(pattern.utf8)
    let s = Array(path.utf8)
    // Iterative matching with backtracking to the last star: linear in practice, no recursion.
    var pi = 0
    var si = 0
    var star = -1
    var starSi = 0
    var starCrossesSlash = false
    while si < s.count {
      if pi < p.count && p[pi] == 0x2A {
        let double = pi + 1 < p.count && p[pi + 1] == 0x2A
        star = pi
        starCrossesSlash = double
        pi += double ? 2 : 1
        starSi = si
      } else if pi < p.count && (p[pi] == 0x3F && s[si] != 0x2F || p[pi] == s[si]) {
        pi += 1
        si += 1
      } else if star >= 0 && (starCrossesSlash || s[starSi] != 0x2F) {
        starSi += 1
        si = starSi
        pi = star + (starCrossesSlash ? 2 : 1)
      } else {
        // A pattern without a directory also matches the file name alone.
        if !pattern.containsUTF8(0x2F), let slash = path.utf8.lastIndex(of: 0x2F) {
          return matches(pattern, path: String(path[path.utf8.index(after: slash)...]))
        }
        return false
      }
    }
    while pi < p.count && p[pi] == 0x2A { pi += 1 }
    return pi == p.count
  }
}
