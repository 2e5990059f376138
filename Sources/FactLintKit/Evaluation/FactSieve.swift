/// Keeps only the facts that some selection of a rule set can take.
///
/// A check needs no fact that no rule selects, and at a corpus's scale most of its
/// memory is facts. The sieve runs on each document right after extraction, on the
/// worker that extracted it. It lets through every fact that may meet a selection's
/// filters (``SelectionMatcher/factMayPass(_:_:file:)``, which skips the searches of
/// the text around a fact): the evaluator applies all filters later, so the findings
/// are the same with the sieve and without it.
/// People and names are always kept: linking reads them across the corpus, and
/// selections of people may name the person a mention is linked to.
public struct FactSieve: Sendable {
  private typealias Entry = (matcher: SelectionMatcher, selection: Selection)

  /// For each fact kind (by its position in `FactKind.allCases`), the selections that
  /// take that kind, those whose filters cost least first: a fact is kept at the first
  /// that may take it.
  private let byKind: [[Entry]]

  /// A sieve for the selections of `rules`.
  public init(rules: [Rule]) {
    let all: [Entry] = rules.flatMap { rule in
      rule.selections.map { (SelectionMatcher(nouns: rule.nouns), $0) }
    }
    byKind = FactKind.allCases.map { kind in
      all.filter { SelectionMatcher.matchesKind(kind, $0.selection.kind) }
        .enumerated()
        .sorted { a, b in
          let (ca, cb) = (Self.cost(a.element.selection), Self.cost(b.element.selection))
          return ca != cb ? ca < cb : a.offset < b.offset
        }
        .map(\.element)
    }
  }

  /// Removes from `document` (whose source is `file`) the facts no selection can take.
  public func sift(_ document: inout DocumentFacts, file: SourceFile) {
    // Looked up by position, not hashed: the sieve asks once for every fact.
    let open = byKind.map { entries in
      entries.filter { $0.matcher.documentPasses($0.selection.filters, file: file) }
    }
    document.facts.removeAll { fact in
      let kind = fact.kind
      if kind == .person || kind == .name { return false }
      return !open[kind.position].contains { entry in
        (entry.selection.kind != nil || fact.value != nil)
          && entry.matcher.factMayPass(fact, entry.selection.filters, file: file)
      }
    }
  }

  /// A rough cost of testing a fact against the selection: noun classes are matched word by word.
  private static func cost(_ selection: Selection) -> Int {
    selection.filters.reduce(0) { total, filter in
      if case .noun = filter { return total + 10 }
      return total + 1
    }
  }
}
