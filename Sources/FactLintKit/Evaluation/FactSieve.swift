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
    // Looked up by position, not hashed: the sieve asks once for every fact.
    let open = byKind.map { matchers in matchers.filter { $0.documentPasses(file: file) } }
    // The kept facts are copied into a new array, and the matchers are walked by
    // index: both cost less than removing facts in place through closures.
    let kinds = document.facts.map(\.kind)
    let facts = document.facts
    var kept: [Fact] = []
    kept.reserveCapacity(facts.count)
    for f in facts.indices {
      let kind = kinds[f]
      if kind == .person || kind == .name {
        kept.append(facts[f])
        continue
      }
      let matchers = open[kind.position]
      for m in matchers.indices
      where matchers[m].takesKind(f, kinds, facts) && matchers[m].factMayPass(facts[f], file: file) {
        kept.append(facts[f])
        break
      }
    }
    document.facts = kept
  }

  /// A rough cost of asking whether a fact may meet the selection's filters: those of
  /// them that search the text around it are not tested here (``SelectionMatcher/factMayPass(_:file:)``).
  private static func cost(_ filters: [FactFilter]) -> Int {
    filters.reduce(0) { total, filter in
      SelectionMatcher.searchesText(filter) ? total : total + SelectionMatcher.cost(filter)
    }
  }
}
