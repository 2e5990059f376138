/// Keeps only the facts that some selection of a rule set can take.
///
/// A check needs no fact that no rule selects, and at a corpus's scale most of its
/// memory is facts. The sieve runs on each document right after extraction, on the
/// worker that extracted it. It lets through every fact that may meet a selection's
/// filters (``SelectionMatcher/factMayPass(_:file:)``, which skips the searches of
/// the text around a fact): the evaluator applies all filters later, so the findings
/// are the same with the sieve and without it.
/// People and names are always kept: linking reads them across the corpus, and
/// selections of people may name the person a mention is linked to.
public struct FactSieve: Sendable {
  /// For each fact kind (by its position in `FactKind.allCases`), the selections that
  /// take that kind, those whose filters cost least first: a fact is kept at the first
  /// that may take it.
  private let byKind: [[SelectionMatcher]]
  /// The kinds of fact the sieve may let through: those some selection takes, and
  /// people and names. Extraction need not build facts of the other kinds
  /// (``Extractor/extract(_:dated:kinds:)``), which the sieve would drop unread.
  let kinds: FactKindSet

  /// A sieve for the selections of `rules`.
  public init(rules: [Rule]) {
    let all = rules.flatMap { rule in rule.selections.map { SelectionMatcher($0, nouns: rule.nouns) } }
    let byKind = FactKind.allCases.map { kind in
      all.filter { SelectionMatcher.matchesKind(kind, $0.kind) }
        .enumerated()
        .sorted { a, b in
          let (ca, cb) = (Self.cost(a.element.filters), Self.cost(b.element.filters))
          return ca != cb ? ca < cb : a.offset < b.offset
        }
        .map(\.element)
    }
    self.byKind = byKind
    kinds = FactKindSet(FactKind.allCases.filter { $0 == .person || $0 == .name || !byKind[$0.position].isEmpty })
  }

  /// Removes from `document` (whose source is `file`) the facts no selection can take.
  public func sift(_ document: inout DocumentFacts, file: SourceFile) {
    let kinds = document.kinds
    let facts = document.facts
    let kept = withUnsafeTemporaryAllocation(of: Bool.self, capacity: facts.count) { keep -> [Fact]? in
      for f in facts.indices { keep[f] = kinds[f] == .person || kinds[f] == .name }
      // Each matcher is taken once and tried on every fact of its kind not yet kept:
      // both workers sift with the same matchers, and a matcher taken once a fact had
      // its reference count go back and forth between the cores.
      // Facts are read in place, through the buffer: one taken out of the array to be
      // handed on was counted, and released after.
      facts.withUnsafeBufferPointer { all in
        for (kind, matchers) in zip(FactKind.allCases, byKind) where !matchers.isEmpty {
          for matcher in matchers where matcher.documentPasses(file: file) {
            for f in all.indices where !keep[f] && kinds[f] == kind && matcher.takesKind(f, kinds, all) {
              keep[f] = matcher.factMayPass(all.baseAddress! + f, file: file)
            }
          }
        }
      }
      var count = 0
      for f in facts.indices where keep[f] { count += 1 }
      guard count < facts.count else { return nil }
      // Grown after its room is made: `init(unsafeUninitializedCapacity:)` allocates
      // through unspecialized code (see `Array.init(count:filler:setting:)`).
      var kept: [Fact] = []
      kept.reserveCapacity(count)
      for f in facts.indices where keep[f] { kept.append(facts[f]) }
      return kept
    }
    if let kept { document.facts = kept }
  }

  /// A rough cost of asking whether a fact may meet the selection's filters: those of
  /// them that search the text around it are not tested here (``SelectionMatcher/factMayPass(_:file:)``).
  private static func cost(_ filters: [FactFilter]) -> Int {
    filters.reduce(0) { total, filter in
      SelectionMatcher.searchesText(filter) ? total : total + SelectionMatcher.cost(filter)
    }
  }
}
