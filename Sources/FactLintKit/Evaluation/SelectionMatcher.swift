/// Decides whether a document and a fact meet the filters of one selection.
///
/// The evaluator asks it when it collects a selection, and ``FactSieve`` asks it
/// right after extraction, so that both take exactly the same facts. Its noun
/// filters are resolved to patterns once, when it is made, not at every fact.
final class SelectionMatcher: Sendable {
  /// The kind of fact the selection takes, or `nil` for numeric facts of any kind.
  let kind: FactKind?
  /// The selection's filters, as written.
  let filters: [FactFilter]
  /// For each filter that is a `noun` filter, its patterns; `nil` for the others.
  private let nounPatterns: [[NounPattern]?]
  /// For each filter that tests a flag of the fact, the flag and the value wanted;
  /// `nil` for the others. Read instead of the filter, which would be copied, its
  /// phrases counted, for every fact.
  private let flagTests: [FlagTest?]
  /// The phrases of the noun classes of the rule, for `noun` filters inside `not`.
  private let patterns: NounMatcher.Patterns
  /// The indices of `filters` that concern single facts, cheapest to test first: a
  /// fact must meet every filter, so their order changes no answer, and most facts fail
  /// one of the cheap ones (a flag) before a noun is matched or a sentence searched.
  /// The filters of whole documents hold for each fact of a document that passes them,
  /// and are left out.
  private let order: [Int]
  /// `order` without the filters that search the text around a fact, which
  /// ``factMayPass(_:file:)`` takes to hold.
  private let orderWithoutSearches: [Int]
  /// The indices of `filters` that concern whole documents: most selections have none,
  /// and no filter is copied, its phrases counted, for every document.
  private let documentOrder: [Int]

  /// A matcher for `selection`, of a rule whose noun classes are `nouns`.
  init(_ selection: Selection, nouns: [String: NounClass]) {
    let patterns = NounMatcher.Patterns(classes: nouns)
    let filters = selection.filters
    kind = selection.kind
    self.filters = filters
    self.patterns = patterns
    nounPatterns = filters.map { filter in
      guard case .noun(let entries) = filter else { return nil }
      return patterns.resolve(entries)
    }
    flagTests = filters.map(FlagTest.init)
    order = filters.indices.filter { !Self.concernsDocuments(filters[$0]) }.sorted { a, b in
      let (ca, cb) = (Self.cost(filters[a]), Self.cost(filters[b]))
      return ca != cb ? ca < cb : a < b
    }
    orderWithoutSearches = order.filter { !Self.searchesText(filters[$0]) }
    documentOrder = filters.indices.filter { Self.concernsDocuments(filters[$0]) }
  }

  /// A rough cost of testing `filter` on one fact: a flag, a comparison, names
  /// lower-cased, a noun matched word by word, phrases searched in the sentence.
  static func cost(_ filter: FactFilter) -> Int {
    switch filter {
    case .perSide, .quoted, .hedged: 1
    case .value: 2
    case .person(let names): 4 + names.count
    case .noun: 10
    case .sentence(_, let phrases): 20 * phrases.count
    case .near(let phrases, _): 40 * phrases.count
    // Tested once for the whole document, and taken to hold for each fact.
    case .document, .file: 0
    case .not(let inner): cost(inner)
    }
  }

  /// Whether the fact at `f` of `facts`, whose kinds are `kinds`, is of a kind
  /// the selection takes (a valued fact, when it names no kind).
  @inline(__always) func takesKind(_ f: Int, _ kinds: [FactKind], _ facts: UnsafeBufferPointer<Fact>) -> Bool {
    Self.matchesKind(kinds[f], kind) && (kind != nil || facts[f].value != nil)
  }

  /// Whether a fact of kind `factKind` can be taken by a selection of `kind` (any valued kind when `nil`).
  @inline(__always) static func matchesKind(_ factKind: FactKind, _ kind: FactKind?) -> Bool {
    if let kind { return factKind == kind }
    return factKind != .person && factKind != .name && factKind != .weekday
  }

  /// Whether `file` meets the filters that concern whole documents.
  func documentPasses(file: SourceFile) -> Bool {
    for f in documentOrder where !documentPasses(filters[f], file: file) { return false }
    return true
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
  func factPasses(_ fact: Fact, file: SourceFile) -> Bool {
    withUnsafePointer(to: fact) { factPasses($0, file: file) }
  }

  /// Whether the fact at `fact`, of `file`, meets the filters that concern single
  /// facts. The fact is read where it is: a fact handed on as a value counted a
  /// reference on its cell, which a selection or the sieve finds out of the cache.
  func factPasses(_ fact: UnsafePointer<Fact>, file: SourceFile) -> Bool {
    for f in order where !passes(fact, filter: f, file: file) { return false }
    return true
  }

  /// Whether `fact` may meet the filters: those that search the text around it
  /// (`sentence`, `near`) are taken to hold, so this is true whenever
  /// ``factPasses(_:file:)`` is, and costs no search.
  func factMayPass(_ fact: Fact, file: SourceFile) -> Bool {
    withUnsafePointer(to: fact) { factMayPass($0, file: file) }
  }

  /// ``factMayPass(_:file:)`` of the fact at `fact`, read where it is.
  func factMayPass(_ fact: UnsafePointer<Fact>, file: SourceFile) -> Bool {
    for f in orderWithoutSearches where !passes(fact, filter: f, file: file) { return false }
    return true
  }

  /// Whether the filter concerns whole documents, and holds for every fact of a
  /// document that passes it (``documentPasses(file:)``).
  static func concernsDocuments(_ filter: FactFilter) -> Bool {
    switch filter {
    case .document, .file, .not(.document), .not(.file): true
    default: false
    }
  }

  /// Whether the filter searches the document's bytes around the fact.
  static func searchesText(_ filter: FactFilter) -> Bool {
    switch filter {
    case .sentence, .near: return true
    case .not(let inner): return searchesText(inner)
    default: return false
    }
  }

  /// Whether `fact` meets filter `f`; a `noun` filter is tested with the patterns
  /// resolved when the matcher was made.
  private func passes(_ fact: UnsafePointer<Fact>, filter f: Int, file: SourceFile) -> Bool {
    if let test = flagTests[f] { return test.holds(for: fact.pointee) }
    guard let resolved = nounPatterns[f] else {
      return filters.withUnsafeBufferPointer { passes(fact, $0.baseAddress! + f, file: file) }
    }
    guard let noun = fact.pointee.noun else { return false }
    return Self.matches(noun, resolved)
  }

  /// Whether `noun` matches one of `patterns`.
  private static func matches(_ noun: CountedNoun, _ patterns: [NounPattern]) -> Bool {
    let lemma = noun.lemma
    for p in patterns.indices where patterns[p].matches(noun, lemma: lemma) { return true }
    return false
  }

  /// Whether the fact at `fact` meets the filter at `filter`, read where it is: a filter
  /// taken out of the array was copied, its phrases counted, for every fact.
  private func passes(_ fact: UnsafePointer<Fact>, _ filter: UnsafePointer<FactFilter>, file: SourceFile) -> Bool {
    switch filter.pointee {
    case .perSide, .quoted, .hedged: return FlagTest(filter.pointee)?.holds(for: fact.pointee) ?? false
    case .sentence(let has, let phrases):
      let sentence = fact.pointee.sentence
      let range = sentence.start..<sentence.end
      let found = phrases.contains { PhraseSearch.find($0, in: file.bytes, range: range) != nil }
      return found == has
    case .near(let phrases, let words):
      let extent = fact.pointee.extent
      let sentence = fact.pointee.sentence.start..<fact.pointee.sentence.end
      return phrases.contains { phrase in
        PhraseSearch.first(phrase, in: file.bytes, range: sentence) {
          PhraseSearch.wordsBetween(extent.start..<extent.end, $0, in: file.bytes) <= words
        } != nil
      }
    case .value(let op, let constant):
      guard let value = fact.pointee.value else { return false }
      return !ComparisonCheck.cannotHold(value, op, .exactly(constant))
    case .person(let names):
      guard let person = fact.pointee.person?.lowercased() else { return false }
      return names.contains { name in
        let n = name.lowercased()
        return person == n || person.lastSpaceSeparatedWord.map(String.init) == n
      }
    case .noun(let entries):
      guard let noun = fact.pointee.noun else { return false }
      return Self.matches(noun, patterns.resolve(entries))
    case .not(let inner):
      if case .document = inner { return true }
      if case .file = inner { return true }
      return !withUnsafePointer(to: inner) { passes(fact, $0, file: file) }
    case .document, .file: return true
    }
  }
}

/// A filter that tests one flag of a fact: per side, quoted, hedged.
private enum FlagTest: Sendable {
  case perSide
  case quoted(Bool)
  case hedged(Bool)

  /// The test `filter` makes, if it tests a flag.
  init?(_ filter: FactFilter) {
    switch filter {
    case .perSide: self = .perSide
    case .quoted(let wanted): self = .quoted(wanted)
    case .hedged(let wanted): self = .hedged(wanted)
    default: return nil
    }
  }

  /// Whether `fact` meets the test, as ``SelectionMatcher`` tests the filter.
  @inline(__always) func holds(for fact: Fact) -> Bool {
    switch self {
    case .perSide: fact.perSide
    case .quoted(let wanted): fact.quoted == wanted
    case .hedged(let wanted): fact.isHedged == wanted
    }
  }
}
