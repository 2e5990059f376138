/// Decides whether a document and a fact meet the filters of a selection.
///
/// The evaluator asks it when it collects a selection, and ``FactSieve`` asks it
/// right after extraction, so that both take exactly the same facts.
struct SelectionMatcher: Sendable {
  /// The phrases of the noun classes of the rule the selection belongs to, taken apart for matching.
  private let patterns: NounMatcher.Patterns

  /// A matcher for the selections of a rule whose noun classes are `nouns`.
  init(nouns: [String: NounClass]) { patterns = NounMatcher.Patterns(classes: nouns) }

  /// Whether a fact of kind `factKind` can be taken by a selection of `kind` (any valued kind when `nil`).
  @inline(__always) static func matchesKind(_ factKind: FactKind, _ kind: FactKind?) -> Bool {
    if let kind { return factKind == kind }
    return factKind != .person && factKind != .name && factKind != .weekday
  }

  /// Whether `file` meets the filters that concern whole documents.
  func documentPasses(_ filters: [FactFilter], file: SourceFile) -> Bool {
    filters.allSatisfy { documentPasses($0, file: file) }
  }

  private func documentPasses(_ filter: FactFilter, file: SourceFile) -> Bool {
    switch filter {
    case .document(let has, let phrases):
      let found = phrases.contains {
        PhraseSearch.find($0, in: file.bytes, range: 0..<file.bytes.count) != nil
      }
      return found == has
    case .file(let patterns):
      return patterns.contains { Glob.matches($0, path: file.path) }
    case .not(let inner):
      switch inner {
      case .document, .file: return !documentPasses(inner, file: file)
      default: return true
      }
    default: return true
    }
  }

  /// Whether `fact`, of `file`, meets the filters that concern single facts.
  func factPasses(_ fact: Fact, _ filters: [FactFilter], file: SourceFile) -> Bool {
    filters.allSatisfy { passes(fact, $0, file: file) }
  }

  /// Whether `fact` may meet the filters: those that search the text around it
  /// (`sentence`, `near`) are taken to hold, so this is true whenever
  /// ``factPasses(_:_:file:)`` is, and costs no search.
  func factMayPass(_ fact: Fact, _ filters: [FactFilter], file: SourceFile) -> Bool {
    filters.allSatisfy { searchesText($0) || passes(fact, $0, file: file) }
  }

  /// Whether the filter searches the document's bytes around the fact.
  private func searchesText(_ filter: FactFilter) -> Bool {
    switch filter {
    case .sentence, .near: return true
    case .not(let inner): return searchesText(inner)
    default: return false
    }
  }

  private func passes(_ fact: Fact, _ filter: FactFilter, file: SourceFile) -> Bool {
    switch filter {
    case .noun(let entries):
      guard let noun = fact.noun else { return false }
      return patterns.matches(noun, entries: entries)
    case .perSide: return fact.perSide
    case .quoted(let wanted): return fact.quoted == wanted
    case .hedged(let wanted): return (fact.hedge != nil) == wanted
    case .sentence(let has, let phrases):
      let range = fact.sentence.start..<fact.sentence.end
      let found = phrases.contains { PhraseSearch.find($0, in: file.bytes, range: range) != nil }
      return found == has
    case .near(let phrases, let words):
      let extent = fact.extent
      return phrases.contains { phrase in
        PhraseSearch.occurrences(phrase, in: file.bytes, range: fact.sentence.start..<fact.sentence.end)
          .contains { PhraseSearch.wordsBetween(extent.start..<extent.end, $0, in: file.bytes) <= words }
      }
    case .value(let op, let constant):
      guard let value = fact.value else { return false }
      return !ComparisonCheck.cannotHold(value, op, .exactly(constant))
    case .person(let names):
      guard let person = fact.person?.lowercased() else { return false }
      return names.contains { name in
        let n = name.lowercased()
        return person == n || person.lastSpaceSeparatedWord.map(String.init) == n
      }
    case .not(let inner):
      if case .document = inner { return true }
      if case .file = inner { return true }
      return !passes(fact, inner, file: file)
    case .document, .file: return true
    }
  }
}
