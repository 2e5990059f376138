import Testing

@testable import FactLintKit

/// A selection's filters are tested cheapest first; these tests hold that order to
/// changing no answer.
@Suite struct SelectionMatcherTests {
  /// The filters of three selections; each is written in every order, as a rule of its own.
  static let filterOrders: [[String]] = [
    ["noun prisoner, swap", "per-side", "sentence lacks \"phase\", \"stage\""],
    ["sentence has \"talks\", \"meeting\"", "sentence lacks \"years\"", "not near \"ceasefire\", \"truce\""],
    ["unquoted", "value >= 3", "not hedged", "noun prisoner"],
  ]

  static func permutations(_ items: [String]) -> [[String]] {
    guard items.count > 1 else { return [items] }
    return items.indices.flatMap { i in
      var rest = items
      let first = rest.remove(at: i)
      return permutations(rest).map { [first] + $0 }
    }
  }

  /// The matcher of the one selection of a rule taking facts of `kind` with `filters`.
  static func matcher(_ kind: String, _ filters: [String], sources: SourceManager) -> SelectionMatcher? {
    let source = """
      noun prisoner = prisoner, "prisoner of war", POW
      noun swap = swap, exchange
      rule r {
        select s: \(kind) \(filters.joined(separator: " "))
        expect s agree
      }
      """
    let ruleSet = TestSupport.rules(source, sources: sources)
    #expect(ruleSet.errors.isEmpty, "\(ruleSet.errors.map(\.message))")
    guard let rule = ruleSet.rules.first(where: { $0.id == "r" }) else { return nil }
    return SelectionMatcher(rule.selections[0], nouns: rule.nouns)
  }

  @Test(arguments: filterOrders)
  func filtersWrittenInAnyOrderTakeTheSameFacts(filters: [String]) throws {
    let sources = SourceManager()
    let generator = NewsGenerator(seed: 23)
    let files = (0..<30).flatMap { generator.story($0).map(\.text) }.enumerated().map { i, text in
      sources.add(path: "doc\(i).txt", bytes: Array(text.utf8), role: .document)
    }
    let kind = filters.contains { $0.hasPrefix("sentence has") } ? "duration" : "count"
    let facts = files.map { file in (file, Extractor.extract(file).facts.filter { $0.kind.rawValue == kind }) }
    // The sieve's test skips the searches of the text around a fact: it must answer as
    // the same selection written without them.
    let withoutSearches = filters.filter { !$0.hasPrefix("sentence") && !$0.hasPrefix("not near") }
    let reference = try #require(Self.matcher(kind, withoutSearches, sources: sources))
    let expectedMay = facts.flatMap { file, facts in facts.map { reference.factPasses($0, file: file) } }
    var answers: [[Bool]] = []
    for order in Self.permutations(filters) {
      let matcher = try #require(Self.matcher(kind, order, sources: sources))
      answers.append(facts.flatMap { file, facts in facts.map { matcher.factPasses($0, file: file) } })
      let may = facts.flatMap { file, facts in facts.map { matcher.factMayPass($0, file: file) } }
      #expect(may == expectedMay, "the sieve's test of \(order) is not the test of \(withoutSearches)")
    }
    #expect(answers.count == Self.permutations(filters).count)
    #expect(Set(answers).count == 1, "the order of the filters changed which facts pass")
    let first = answers.first ?? []
    #expect(first.contains(true) && first.contains(false), "the filters must take some facts and leave others")
  }

  @Test func flagsAreTestedBeforeNounsAndNounsBeforeSearches() {
    let flag = SelectionMatcher.cost(.perSide)
    let noun = SelectionMatcher.cost(.noun(["swap"]))
    let search = SelectionMatcher.cost(.sentence(has: false, phrases: ["phase"]))
    #expect(flag < noun && noun < search)
    #expect(SelectionMatcher.cost(.not(.near(phrases: ["truce"], words: 5))) > search)
  }

  /// Each flag filter answers as the fact's flag, and the filters of whole documents
  /// are no test of single facts: a fact of a document that passes them is taken on its
  /// own filters alone.
  @Test(arguments: [
    ("per-side", "document lacks \"prisoner\""), ("quoted", "file \"*.md\""),
    ("unquoted", "not document has \"talks\""), ("hedged", "not file \"doc1*\""), ("exact", "document has \"zzz\""),
  ])
  func flagFiltersAnswerAsTheFlagAndDocumentFiltersAsTheDocument(flag: String, documentFilter: String) throws {
    let sources = SourceManager()
    let generator = NewsGenerator(seed: 31)
    let files = (0..<20).flatMap { generator.story($0).map(\.text) }.enumerated().map { i, text in
      sources.add(path: "doc\(i).txt", bytes: Array(text.utf8), role: .document)
    }
    let flagOnly = try #require(Self.matcher("count", [flag], sources: sources))
    let both = try #require(Self.matcher("count", [documentFilter, flag], sources: sources))
    let plain = try #require(Self.matcher("count", [], sources: sources))
    var taken = 0
    var left = 0
    var documentsLeft = 0
    for file in files {
      #expect(plain.documentPasses(file: file) && flagOnly.documentPasses(file: file))
      if !both.documentPasses(file: file) { documentsLeft += 1 }
      for fact in Extractor.extract(file).facts where fact.kind == .count {
        let expected: Bool =
          switch flag {
          case "per-side": fact.perSide
          case "quoted": fact.quoted
          case "unquoted": !fact.quoted
          case "hedged": fact.hedge != nil
          default: fact.hedge == nil
          }
        #expect(flagOnly.factPasses(fact, file: file) == expected, "\(flag) on \"\(fact.text)\"")
        #expect(both.factPasses(fact, file: file) == expected, "\(documentFilter), \(flag) on \"\(fact.text)\"")
        #expect(both.factMayPass(fact, file: file) == expected)
        if expected { taken += 1 } else { left += 1 }
      }
    }
    #expect(taken > 0 && left > 0, "the flag must take some facts and leave others")
    // The document filters themselves still decide, for whole documents.
    let expectedLeft: Int =
      switch documentFilter {
      case "file \"*.md\"", "document has \"zzz\"": files.count
      case "not file \"doc1*\"": files.filter { $0.path.hasPrefix("doc1") }.count
      default:
        files.filter { file in
          let has = PhraseSearch.find(
            Phrase(documentFilter.contains("prisoner") ? "prisoner" : "talks"), in: file.bytes,
            range: 0..<file.bytes.count)
          // "lacks" and "not … has" both leave out the documents that hold the phrase.
          return has != nil
        }.count
      }
    #expect(documentsLeft == expectedLeft)
  }
  /// `near` holds when any occurrence of the phrase in the sentence is close enough,
  /// not only the first: each is tried in turn.
  @Test func nearHoldsAtALaterOccurrenceWhenTheFirstIsFar() throws {
    let sources = SourceManager()
    let texts = [
      "The truce of last spring had been broken often by then, and a truce of 30 days was asked.",
      "The truce of last spring had been broken often by then, and a pause of 30 days was asked.",
      "A pause of 30 days, then a truce.",
    ]
    let files = texts.enumerated().map { i, text in
      sources.add(path: "doc\(i).txt", bytes: Array(text.utf8), role: .document)
    }
    let matcher = try #require(Self.matcher("duration", ["near \"truce\" within 3 words"], sources: sources))
    let answers = try files.map { file in
      let fact = try #require(Extractor.extract(file).facts.first { $0.kind == .duration })
      return matcher.factPasses(fact, file: file)
    }
    #expect(answers == [true, false, true])
  }
}
