/// Evaluates rules against a corpus.
///
/// For each rule, the documents are split into groups by the rule's scope; in
/// each group every selection collects its facts, and every expectation is
/// checked on them. A rule reports each statement at most once.
public struct RuleEvaluator: Sendable {
  /// The corpus.
  public let corpus: Corpus
  /// The most related locations shown beside one diagnostic.
  public var maxRelated = 3
  /// The most disagreeing statements of one document reported one by one for one
  /// fact; the rest are summed up in one diagnostic (0: no limit).
  public var maxPerDocument = 20
  /// The most workers (0: one per core). Rules run side by side, and each rule's
  /// selections are collected from chunks of documents side by side.
  public var jobs = 0

  /// Creates an evaluator for `corpus`.
  public init(corpus: Corpus) { self.corpus = corpus }

  /// Evaluates every rule; outcomes are in the order of `rules`.
  public func evaluate(_ rules: [Rule]) -> [RuleOutcome] {
    Parallel.map(count: rules.count, jobs: jobs) { i in RuleOutcome(rule: rules[i], diagnostics: evaluate(rules[i])) }
  }

  /// Evaluates one rule.
  public func evaluate(_ rule: Rule) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for group in groups(for: rule) {
      var selected: [String: [Fact]] = [:]
      for selection in rule.selections {
        selected[selection.name] = select(selection, in: group, rule: rule)
      }
      var checks = RelationChecks(rule: rule, corpus: corpus, selected: selected, group: group, maxRelated: maxRelated)
      checks.maxPerDocument = maxPerDocument
      for expectation in rule.expectations {
        diagnostics.append(contentsOf: checks.check(expectation))
      }
    }
    var seen = Set<Span>()
    return diagnostics.filter { seen.insert($0.span).inserted }
  }

  // MARK: - Scope

  /// The groups of document indices that the rule compares within.
  func groups(for rule: Rule) -> [[Int]] {
    let all = Array(corpus.documents.indices)
    switch rule.scope {
    case .corpus: return [all]
    case .document: return all.map { [$0] }
    case .groupBy(let phrases):
      var marked: [Int] = []
      var rest: [Int] = []
      for d in all {
        let bytes = corpus.sources[corpus.documents[d].file].bytes
        if phrases.contains(where: { PhraseSearch.find($0, in: bytes, range: 0..<bytes.count) != nil }) {
          marked.append(d)
        } else {
          rest.append(d)
        }
      }
      return [marked, rest].filter { !$0.isEmpty }
    case .groupByFile(let patterns):
      let marked = all.filter { d in
        patterns.contains { Glob.matches($0, path: corpus.sources[corpus.documents[d].file].path) }
      }
      let rest = all.filter { !marked.contains($0) }
      return [marked, rest].filter { !$0.isEmpty }
    }
  }

  // MARK: - Selection

  /// The facts of `group` that `selection` takes.
  func select(_ selection: Selection, in group: [Int], rule: Rule) -> [Fact] {
    let chunk = 64
    guard group.count > chunk, jobs != 1 else { return select(selection, in: group[...], rule: rule) }
    let parts = Parallel.map(count: (group.count + chunk - 1) / chunk, jobs: jobs) { k in
      select(selection, in: group[k * chunk..<min(group.count, (k + 1) * chunk)], rule: rule)
    }
    return Array(parts.joined())
  }

  private func select(_ selection: Selection, in group: ArraySlice<Int>, rule: Rule) -> [Fact] {
    var result: [Fact] = []
    let matcher = SelectionMatcher(nouns: rule.nouns)
    for d in group {
      let document = corpus.documents[d]
      let file = corpus.sources[document.file]
      if !matcher.documentPasses(selection.filters, file: file) { continue }
      // Indexing in place: a `for fact in` loop would copy every fact of the corpus.
      let facts = document.facts
      let kinds = corpus.kinds[d]
      for f in kinds.indices
      where SelectionMatcher.matchesKind(kinds[f], selection.kind) && (selection.kind != nil || facts[f].value != nil) {
        if matcher.factPasses(facts[f], selection.filters, file: file) { result.append(facts[f]) }
      }
    }
    return result
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
        if !pattern.contains("/"), let slash = path.lastIndex(of: "/") {
          return matches(pattern, path: String(path[path.index(after: slash)...]))
        }
        return false
      }
    }
    while pi < p.count && p[pi] == 0x2A { pi += 1 }
    return pi == p.count
  }
}
