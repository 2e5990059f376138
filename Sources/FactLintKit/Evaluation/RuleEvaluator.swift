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

  /// Creates an evaluator for `corpus`.
  public init(corpus: Corpus) { self.corpus = corpus }

  /// Evaluates every rule; outcomes are in the order of `rules`, and each rule's
  /// findings in path order.
  public func evaluate(_ rules: [Rule]) -> [RuleOutcome] {
    let (summary, selected) = summarize(rules, keepingSelections: true)
    let chunks = Self.chunks(corpus.documents.count, jobs: jobs)
    let documents = corpus.documents
    let sources = corpus.sources
    let reports = Parallel.map(count: chunks.count, jobs: jobs) { c in
      chunks[c].map { d in
        summary.report(documents[d], file: sources[documents[d].file], selected: selected.isEmpty ? nil : selected[d])
      }
    }
    // Each rule's findings are gathered by a worker of its own, into an array of the right size.
    let found = Parallel.map(count: rules.count, jobs: jobs) { r in
      var all: [Diagnostic] = []
      all.reserveCapacity(reports.reduce(0) { $0 + $1.reduce(0) { $0 + $1[r].count } })
      for chunk in reports {
        for document in chunk { all.append(contentsOf: document[r]) }
      }
      return all
    }
    return rules.indices.map { RuleOutcome(rule: rules[$0], diagnostics: found[$0]) }
  }

  /// Evaluates one rule.
  public func evaluate(_ rule: Rule) -> [Diagnostic] { evaluate([rule])[0].diagnostics }

  /// The facts the selection called `name` of `rule` takes in every document, in path order.
  func selected(_ name: String, of rule: Rule) -> [Fact] {
    let plan = RulePlan(rule: rule, maxRelated: maxRelated, maxPerDocument: maxPerDocument)
    guard let index = plan.selectionIndex(name) else { return [] }
    return corpus.documents.flatMap { document in
      let facts = document.facts
      let kinds = facts.indices.map { facts[$0].kind }
      return plan.select(document, kinds: kinds, file: corpus.sources[document.file])[index]
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
      // and each grows its tables from empty once. Two per worker still even out uneven documents.
      let chunks = Self.chunks(corpus.documents.count, jobs: jobs, largest: .max, perWorker: 2)
      let documents = corpus.documents
      let sources = corpus.sources
      let parts = Parallel.map(count: chunks.count, jobs: jobs) { c in
        var part = empty
        var taken: [CorpusSummary.Selected] = []
        for d in chunks[c] {
          let selection = part.add(documents[d], file: sources[documents[d].file])
          if keepingSelections { taken.append(selection) }
        }
        return (part, taken)
      }
      if keepingSelections { selected.reserveCapacity(documents.count) }
      for (part, taken) in parts {
        summary.merge(part)
        selected += taken
      }
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
