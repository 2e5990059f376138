import Testing

@testable import FactLintKit

@Suite struct PersonExtractionTests {
  func person(_ text: String) -> Fact? { TestSupport.facts(text).first { $0.kind == .person && $0.title != nil } }

  @Test func titleBeforeTheName() throws {
    let fact = try #require(person("The diplomatic angle shifted when former U.S. President Donald Trump spoke."))
    #expect(fact.person == "Donald Trump")
    let title = try #require(fact.title)
    #expect(title.isFormer)
    #expect(title.office == "president")
    #expect(title.jurisdiction == "us")
    #expect(title.text == "former U.S. President")
  }

  @Test func equalTitlesCompareEqual() {
    let a = person("Turkey's Foreign Minister Hakan Fidan spoke.")?.title
    let b = person("Turkish Foreign Minister Hakan Fidan spoke.")?.title
    let c = person("Turkey’s Foreign Minister Hakan Fidan spoke.")?.title
    #expect(a?.normalized == "turkey foreign minister")
    #expect(a?.normalized == b?.normalized)
    #expect(a?.normalized == c?.normalized)
    let d = person("Ukraine's Minister of Defense Rustem Umerov said.")?.title
    let e = person("Ukrainian Defence Minister Rustem Umerov said.")?.title
    #expect(d?.normalized == e?.normalized)
    #expect(
      person("US President Joe Smith said.")?.title?.normalized
        == person("U.S. President Joe Smith said.")?.title?.normalized)
  }

  @Test func titleBeforeTheNameWithAComma() {
    let fact = person("a proposal that the head of the Russian delegation, Vladimir Medinsky, acknowledged")
    #expect(fact?.person == "Vladimir Medinsky")
    #expect(fact?.title?.office == "head of delegation")
    #expect(fact?.title?.jurisdiction == "russia")
  }

  @Test func titleAfterTheNameAsApposition() {
    let fact = person("“This is slow,” said Anna Petrova, a conflict resolution analyst based in Berlin.")
    #expect(fact?.person == "Anna Petrova")
    #expect(fact?.title?.office == "conflict resolution analyst")
  }

  @Test func leaderOfAGroup() {
    let fact = person("In contrast, the Russian delegation, led by Vladimir Medinsky, suggested a truce.")
    #expect(fact?.title?.office == "head of delegation")
    #expect(fact?.title?.jurisdiction == "russia")
  }

  @Test func rolesThatCanBothBeTrueDoNotContradict() throws {
    let head = try #require(person("the head of the Russian delegation, Vladimir Medinsky, spoke")?.title)
    let rep = try #require(person("Russian representative Vladimir Medinsky confirmed it.")?.title)
    #expect(!TitleNormalizer.contradict(head, rep))
  }

  @Test func formerAndRanksContradict() throws {
    let current = try #require(person("President Donald Trump spoke.")?.title)
    let former = try #require(person("Former President Donald Trump spoke.")?.title)
    let deputy = try #require(person("Deputy Foreign Minister Anna Lind spoke.")?.title)
    let minister = try #require(person("Foreign Minister Anna Lind spoke.")?.title)
    #expect(TitleNormalizer.contradict(current, former))
    #expect(TitleNormalizer.contradict(deputy, minister))
    #expect(!TitleNormalizer.contradict(current, minister))
  }

  @Test func sentenceStartWordsAreNotPartOfTheTitleOrName() {
    let fact = person("Neither President Zelenskyy nor anyone else came.")
    #expect(fact?.person == "Zelenskyy")
    #expect(fact?.title?.text == "President")
  }

  @Test func shortFormsLinkToTheFullNameAcrossDocuments() {
    let corpus = TestSupport.corpus([
      "Ukrainian Defence Minister Rustem Umerov arrived.",
      "Later, Umerov suggested a summit.",
    ])
    let linked = corpus.documents[1].facts.filter { $0.kind == .person }
    #expect(linked.map(\.person) == ["Rustem Umerov"])
    let names = corpus.documents[1].facts.filter { $0.kind == .name }
    #expect(names.map(\.text) == ["Umerov"])
  }

  @Test func everyTitledPersonOfADocumentIsKnownHoweverManyAndHoweverOftenNamed() {
    let surnames = [
      "Adler", "Baker", "Carter", "Dalton", "Ellis", "Fisher", "Garner", "Harper", "Ingram", "Jensen", "Keller",
      "Lawson", "Mercer", "Nolan", "Osborne", "Porter", "Quinn", "Reyes", "Sutton", "Turner",
    ]
    // Each person twice, so that a document's repeated names are skipped and the later
    // ones, past those it remembers, are still added.
    let first = surnames.map { "Foreign Minister Anna \($0) spoke. Foreign Minister Anna \($0) left." }
    let corpus = TestSupport.corpus([
      first.joined(separator: " "),
      "Later, Turner and Adler met. Then Reyes spoke.",
    ])
    let linked = corpus.documents[1].facts.filter { $0.kind == .person }
    #expect(linked.map(\.person) == ["Anna Turner", "Anna Adler", "Anna Reyes"])
  }

  @Test func aFullNameLinksAmongSeveralKnownNamesWithItsSurname() {
    let corpus = TestSupport.corpus([
      "Foreign Minister Anna Lind met Defence Minister Erik Lind. Trade Minister Maria Berg came.",
      "Later, Erik Lind and Maria Berg spoke. Then Olga Lind and Lind left.",
    ])
    let linked = corpus.documents[1].facts.filter { $0.kind == .person && $0.title == nil }
    // "Olga Lind" is no known name, and "Lind" alone stands for two: neither is linked.
    #expect(linked.map(\.person) == ["Erik Lind", "Maria Berg"])
    // Each full name is linked as written whole, not by its surname alone.
    #expect(linked.map(\.text) == ["Erik Lind", "Maria Berg"])
  }

  @Test func aBareWordSpelledLikeAKnownSurnameIsANameOfThatPerson() {
    let corpus = TestSupport.corpus([
      "Polish Foreign Minister Anna Kowalczyk arrived. Turkish Foreign Minister Ömer Özdemir spoke.",
      "Later, Kowalczik and Özdemirr met Kowalski.",
    ])
    let names = corpus.documents[1].facts.filter { $0.kind == .name }
    #expect(names.map(\.text) == ["Kowalczik", "Özdemirr"])
    #expect(names.map(\.person) == ["Anna Kowalczyk", "Ömer Özdemir"])
    // A variant is not a mention: it feeds spelling rules only.
    #expect(!corpus.documents[1].facts.contains { $0.kind == .person })
  }

  @Test func namesMayStartWithAnyUpperCaseLetter() {
    let facts = TestSupport.facts(
      "Defence Minister Łukasz Nowak met Foreign Minister Şebnem Çelik and Minister Øystein Ås.")
    let people = facts.filter { $0.kind == .person }
    #expect(people.map(\.person) == ["Łukasz Nowak", "Şebnem Çelik", "Øystein Ås"])
    // A lower-case letter outside ASCII does not start a name.
    #expect(!TestSupport.facts("Defence Minister łukasz nowak spoke.").contains { $0.kind == .person })
  }

  @Test func headlineWordsWithoutTitlesAreNotPeople() {
    let facts = TestSupport.facts("Devastating Strikes in Kharkiv: A Blow to Peace?")
    #expect(!facts.contains { $0.kind == .person })
  }

  /// Words the vocabulary lists (a currency, a number word) may still be names, and are
  /// decided from a table made once for listed words; the rules on the words as
  /// written (all capitals) and on listed classes (offices, weekdays) still apply.
  @Test func listedWordsCanBeNamesAndAreStillCheckedAsWritten() throws {
    for word in ["lira", "pound", "seven", "monday", "minister"] {
      #expect(Vocabulary.shared.id(of: word) != nil, "\(word) is listed")
    }
    let listed = try #require(person("Foreign Minister Lira Pound said on Friday that talks would resume."))
    #expect(listed.person == "Lira Pound")
    #expect(listed.title?.office == "foreign minister")
    #expect(person("Foreign Minister Seven Pound said so.")?.person == "Seven Pound")
    // "POUND" in capitals is an abbreviation, and "Monday" a weekday: neither joins the name.
    #expect(person("Foreign Minister Lira POUND said so.")?.person == "Lira")
    #expect(person("Foreign Minister Lira Monday said so.")?.person == "Lira")
  }
}

@Suite struct SpellingVariantTests {
  @Test func variantsDifferByOneOrTwoEdits() {
    #expect(SpellingVariants.areVariants("Zelensky", "Zelenskyy"))
    #expect(SpellingVariants.areVariants("Umerov", "Umierov"))
    #expect(!SpellingVariants.areVariants("Vladimir", "Volodymyr"))
    #expect(!SpellingVariants.areVariants("Medinsky", "Zelensky"))
    #expect(!SpellingVariants.areVariants("Putin", "Putin"))
    #expect(!SpellingVariants.areVariants("Ivan", "Iván"))  // too short to judge
  }

  @Test func groupsAreSortedAndTransitive() {
    let groups = SpellingVariants.groups(["Zelensky", "Zelenskyy", "Zelenskiy", "Putin", "Trump"])
    #expect(groups == [["Zelenskiy", "Zelensky", "Zelenskyy"]])
  }
}
