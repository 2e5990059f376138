import Testing

@testable import FactLintKit

@Suite struct NounPatternTests {
  /// The counted noun of the first count in `text`.
  func noun(_ text: String) throws -> CountedNoun {
    try #require(TestSupport.first(.count, in: text)?.noun, "no counted noun in \(text)")
  }

  func matches(_ phrase: String, _ text: String) throws -> Bool {
    let counted = try noun(text)
    return NounPattern(NounMatcher.phraseWords(phrase)).matches(counted, lemma: counted.lemma)
  }

  @Test func aHeadMatchesWhateverModifiesItAndItsPlural() throws {
    #expect(try matches("prisoner", "They freed 500 prisoners."))
    #expect(try matches("prisoner", "They freed 500 wounded prisoners."))
    #expect(try matches("Prisoners", "They freed 500 prisoners of war."))
    #expect(try !matches("prisoner", "They freed 500 soldiers."))
  }

  @Test func modifiersMustBeTheLastWordsBeforeTheHead() throws {
    #expect(try matches("wounded prisoner", "They freed 500 wounded prisoners."))
    #expect(try matches("wounded prisoners", "They freed 500 severely wounded prisoners."))
    #expect(try !matches("wounded prisoner", "They freed 500 prisoners."))
    #expect(try !matches("sick wounded prisoner", "They freed 500 wounded prisoners."))
  }

  @Test func anOfPhraseNeedsTheComplementInTheSingular() throws {
    #expect(try matches("prisoner of war", "They freed 500 prisoners of war."))
    #expect(try matches("prisoners of wars", "They freed 500 prisoners of war."))
    #expect(try !matches("prisoner of war", "They freed 500 prisoners."))
    #expect(try !matches("prisoner of conscience", "They freed 500 prisoners of war."))
    // "of" must be followed by exactly one word, and an empty phrase matches nothing.
    #expect(try !matches("prisoner of", "They freed 500 prisoners of war."))
    #expect(try !matches("", "They freed 500 prisoners."))
  }

  @Test func entriesNameClassesOrPhrases() throws {
    let classes = [
      "captive": NounClass(
        name: "captive", phrases: [["pow"], ["prisoner", "of", "war"]], span: Span(file: FileID(0), start: 0, end: 0))
    ]
    let patterns = NounMatcher.Patterns(classes: classes)
    func matches(_ noun: CountedNoun, entries: [String]) -> Bool {
      patterns.resolve(entries).contains { $0.matches(noun, lemma: noun.lemma) }
    }
    #expect(matches(try noun("They freed 500 prisoners of war."), entries: ["captive"]))
    #expect(matches(try noun("They freed 500 POWs."), entries: ["captive"]))
    #expect(!matches(try noun("They freed 500 prisoners."), entries: ["captive"]))
    #expect(matches(try noun("They freed 500 prisoners."), entries: ["captive", "prisoner"]))
    #expect(patterns.resolve(["captive", "prisoner"]).count == 3)
    #expect(!matches(try noun("They freed 500 prisoners."), entries: []))
  }
}

/// Plural nouns are put in the singular on their bytes; the results are those of English.
@Suite struct InflectionTests {
  @Test(arguments: [
    ("prisoners", "prisoner"), ("casualties", "casualty"), ("bodies", "body"), ("witnesses", "witness"),
    ("crashes", "crash"), ("churches", "church"), ("boxes", "box"), ("buzzes", "buzz"), ("children", "child"),
    ("pows", "pow"), ("bus", "bus"), ("crisis", "crisis"), ("class", "class"), ("cafés", "café"),
    ("députés", "député"), ("şehirs", "şehir"), ("gas", "gas"), ("days", "day"), ("war", "war"), ("s", "s"),
  ])
  func theSingular(plural: String, singular: String) {
    #expect(Inflection.singular(plural) == singular)
  }

  /// The byte reading gives what reading the endings as strings gives, for every
  /// ending it tells apart and for words of every length around its bounds.
  @Test func theSingularOnBytesIsTheSingularOnStrings() {
    func reference(_ word: String) -> String {
      guard word.utf8.count > 3, word.hasSuffix("s") else { return word }
      if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
      if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
      for ending in ["sses", "shes", "ches", "xes", "zes"] where word.hasSuffix(ending) {
        return String(word.dropLast(2))
      }
      return String(word.dropLast(1))
    }
    func plural(_ word: String) -> Bool {
      guard word.utf8.count > 3, word.hasSuffix("s") else { return false }
      return !["ss", "us", "is", "'s"].contains { word.hasSuffix($0) } && word != "news" && word != "series"
    }
    let stems = ["", "a", "ab", "abc", "kiss", "bu", "tenn", "ca", "bo", "chur", "wi", "é", "şe"]
    let endings = [
      "s", "es", "ies", "ses", "sses", "shes", "ches", "hes", "xes", "zes", "'s", "us", "is", "ss", "y", "",
    ]
    for stem in stems {
      for ending in endings {
        let word = stem + ending
        #expect(Inflection.singular(word) == reference(word), "\(word)")
        #expect(Inflection.isPlural(word) == plural(word), "\(word)")
      }
    }
  }

  @Test func pluralsAreToldFromWordsEndingInS() {
    #expect(Inflection.isPlural("prisoners") && Inflection.isPlural("children") && Inflection.isPlural("cafés"))
    #expect(!Inflection.isPlural("news") && !Inflection.isPlural("crisis") && !Inflection.isPlural("bus"))
    #expect(!Inflection.isPlural("minister's") && !Inflection.isPlural("war"))
  }
}
