import Testing

@testable import FactLintKit

/// A check keeps only the facts its rules can select; these tests hold it to
/// changing nothing else.
@Suite struct FactSieveTests {
  /// The shipped rules and the built-in ones, as a check loads them.
  static func shippedRules(sources: SourceManager) -> RuleSet {
    RuleSet.load(paths: [TestSupport.path("Rules")], sources: sources)
  }

  /// Extracts `texts`, through the sieve of `rules` when asked, and evaluates the rules.
  static func check(_ texts: [String], rules source: String?, sifted: Bool) -> (facts: Int, findings: [String]) {
    let sources = SourceManager()
    let ruleSet = source.map { TestSupport.rules($0, sources: sources) } ?? shippedRules(sources: sources)
    let sieve = FactSieve(rules: ruleSet.rules)
    let files = texts.enumerated().map { i, text in
      sources.add(path: "doc\(i).txt", bytes: Array(text.utf8), role: .document)
    }
    let extracted = files.map { file in
      var document = Extractor.extract(file)
      if sifted { sieve.sift(&document, file: file) }
      return document
    }
    let corpus = Corpus(sources: sources, extracted: extracted)
    let outcomes = RuleEvaluator(corpus: corpus).evaluate(ruleSet.rules)
    let report = LintReport(
      sources: sources, diagnostics: outcomes.flatMap(\.diagnostics), outcomes: outcomes,
      documentCount: corpus.documents.count)
    return (corpus.facts.count, GNUReporter().render(report).split(separator: "\n").map(String.init))
  }

  @Test func generatedReportsGiveTheSameFindingsFromFewerFacts() {
    let generator = NewsGenerator(seed: 5)
    let texts = (0..<40).flatMap { generator.story($0).map(\.text) }
    let whole = Self.check(texts, rules: nil, sifted: false)
    let sifted = Self.check(texts, rules: nil, sifted: true)
    #expect(whole.findings.count > 100, "the rules must find something for the comparison to mean anything")
    #expect(sifted.findings == whole.findings)
    #expect(sifted.facts < whole.facts * 9 / 10, "\(sifted.facts) of \(whole.facts) facts kept")
  }

  @Test func extractingTheKindsAskedForMakesTheFactsOfThoseKindsAndNoOthers() {
    let generator = NewsGenerator(seed: 11)
    var texts = (0..<12).flatMap { generator.story($0).map(\.text) }
    texts.append(
      "Date: 16 May 2025\nOn Friday they met for under two hours, 30 days after the 3rd round. "
        + "Prices rose 4%, per cent of 210 fell, $40 million was paid and dozens of people, 1,000-for-1,000, "
        + "between 10 and 20 prisoners each, more than 100 and less than 300 in 2016; last Friday, two days ago.")
    let sources = SourceManager()
    let files = texts.enumerated().map { i, text in
      sources.add(path: "doc\(i).txt", bytes: Array(text.utf8), role: .document)
    }
    let whole = files.map { Extractor.extract($0).facts }
    // Names are made when people are linked across a corpus, not by extraction.
    #expect(
      Set(whole.flatMap { $0.map(\.kind) }) == Set(FactKind.allCases).subtracting([.name]),
      "every kind extraction makes must be read to compare")
    let asked = FactKind.allCases.map { FactKindSet([$0]) } + [.none, FactKindSet([.count, .duration, .date])]
    for kinds in asked {
      for (file, facts) in zip(files, whole) {
        let expected = facts.filter { kinds.contains($0.kind) || $0.kind == .person || $0.kind == .name }
        #expect(Extractor.extract(file, kinds: kinds).facts == expected, "kinds \(kinds) in \(file.path)")
      }
    }
  }

  @Test func theSieveAsksExtractionForTheKindsItsSelectionsTakeWithPeopleAndNames() {
    let sources = SourceManager()
    let kinds = { (source: String) in FactSieve(rules: TestSupport.rules(source, sources: sources).rules).kinds }
    let counts = kinds("rule r { select s: count\n expect s agree }")
    #expect(FactKind.allCases.filter(counts.contains) == [.count, .person, .name])
    // A selection of no kind takes every kind with a value.
    let valued = kinds("rule r { select s: value > 3\n expect s agree }")
    #expect(FactKind.allCases.filter { !valued.contains($0) } == [.weekday])
  }

  @Test func keepsWhatMayPassAndPeopleDropsTheRest() throws {
    let rule = """
      rule swap { select s: count noun prisoner sentence has "swap"
        expect s agree }
      """
    let (extracted, kept) = Self.sift(
      "President Anna Lind said 500 prisoners were freed. Prices rose 4% on Friday, 16 May 2025.", rules: rule)
    #expect(Set(extracted.map(\.kind)).isSuperset(of: [.count, .percentage, .date, .person]))
    // The count is kept though its sentence lacks "swap": the evaluator searches sentences, not the sieve.
    #expect(kept.map(\.kind).sorted() == [.count, .person])
  }

  @Test func aFactIsKeptWhenAnySelectionOfItsKindMayTakeIt() {
    // Each count is taken by one selection alone, the cheapest to test first or not.
    let rule = """
      rule r { select each: count per-side
        select big: count value > 900
        select boats: count noun boat
        expect each agree }
      """
    let text = "They freed 500 prisoners each. Then 2,000 soldiers left. 7 boats sank. 30 cars burned."
    #expect(Self.sift(text, rules: rule).kept.map(\.text) == ["500", "2,000", "7"])
  }

  /// The facts extracted from `text` as one document, and those the sieve of the rules
  /// in `source` keeps of them.
  static func sift(_ text: String, rules source: String) -> (extracted: [Fact], kept: [Fact]) {
    let sources = SourceManager()
    let ruleSet = TestSupport.rules(source, sources: sources)
    let file = sources.add(path: "doc.txt", bytes: Array(text.utf8), role: .document)
    var document = Extractor.extract(file)
    let extracted = document.facts
    FactSieve(rules: ruleSet.rules).sift(&document, file: file)
    return (extracted, document.facts)
  }

  @Test func aDocumentFilterThatFailsDropsTheDocumentsFacts() {
    let rule = """
      rule swap { select s: count document has "exchange"
        expect s agree }
      """
    let texts = ["They freed 500 prisoners.", "In the exchange they freed 500 prisoners."]
    let (facts, findings) = Self.check(texts, rules: rule, sifted: true)
    #expect(facts == 1)
    #expect(findings.isEmpty)
  }

  @Test func aNounFilterTakesTheSameFactsOnItsOwnAndInsideNot() throws {
    let rule = """
      noun captive = prisoner, "prisoner of war"
      rule r { select taken: count noun captive
        select others: count not noun captive
        expect taken agree }
      """
    let sources = SourceManager()
    let rules = TestSupport.rules(rule, sources: sources).rules
    let text = "They freed 500 prisoners of war, 300 soldiers and 200 prisoners."
    let file = sources.add(path: "doc.txt", bytes: Array(text.utf8), role: .document)
    let facts = Extractor.extract(file).facts.filter { $0.kind == .count }
    let rule0 = try #require(rules.first)
    let matchers = rule0.selections.map { SelectionMatcher($0, nouns: rule0.nouns) }
    func lemmas(_ matcher: SelectionMatcher) -> [String] {
      facts.filter { matcher.factPasses($0, file: file) }.compactMap { $0.noun?.lemma }
    }
    #expect(lemmas(matchers[0]) == ["prisoner", "prisoner"])
    #expect(lemmas(matchers[1]) == ["soldier"])
    #expect(facts.allSatisfy { matchers[0].factMayPass($0, file: file) == matchers[0].factPasses($0, file: file) })
  }
}
