import Testing

@testable import FactLintKit

@Suite struct VocabularyTests {
  /// The id of `word`, as the tokenizer looks it up.
  static func id(_ word: String) -> Int32? {
    var scratch = ByteScratch()
    scratch.append(contentsOf: word.utf8)
    let id = Vocabulary.shared.id(of: scratch)
    #expect(Vocabulary.shared.id(of: word) == id, "a word's id is the same found from its string")
    return id
  }

  @Test func everyWordThatStartsAReaderIsListedWithItsStarts() {
    let vocabulary = Vocabulary.shared
    for word in ReaderStarts.words.keys {
      guard let id = Self.id(word) else {
        Issue.record("\(word) is not listed")
        continue
      }
      #expect(vocabulary.words[Int(id)] == word)
      #expect(vocabulary.starts[Int(id)] == ReaderStarts.of(.word, word), "\(word)")
    }
  }

  /// Readers skip their lookups in these tables for a word the vocabulary does not list
  /// (``TokenCursor/listedWord(_:)``): every key must be listed, or it would never be found.
  @Test func everyKeyOfTheTablesReadersSkipForUnlistedWordsIsListed() {
    let tables = [Lexicon.units, Lexicon.tens, Lexicon.scales, Lexicon.ordinalUnits, Lexicon.timeUnits]
    // Relative dates tell their start words apart by id.
    #expect(RelativeDateReader.starts.keys.allSatisfy { Self.id($0) != nil })
    #expect(Set(RelativeDateReader.starts.keys).isSubset(of: Set(RelativeDateReader.startWords)))
    // And the words after a counted one's unit.
    #expect(RelativeDateReader.directions.keys.allSatisfy { Self.id($0) != nil })
    let sets = [
      Lexicon.functionWords, DateReader.startWords, RelativeDateReader.gate, NumberReader.startWords,
      NumberReader.dozenWords, Tokenizer.abbreviations,
    ]
    // A key with a space is never a token's form; every other key of the word classes is read by id.
    let classes = WordClasses.table.keys.filter { !$0.contains(" ") }
    // A hedge's last token is read by id when it is a word: every key that may be one is listed.
    let hedgeWords = Hedge.prefixesByLastToken.keys.filter { $0.unicodeScalars.allSatisfy(\.properties.isAlphabetic) }
    for word in tables.flatMap(\.keys) + ["hundred", "dozen"] + sets.flatMap(Array.init) + Lexicon.months.keys + classes
      + hedgeWords
    {
      #expect(Self.id(word) != nil, "\(word) is not listed")
    }
  }

  /// A table read by id gives every key its value, and any other word none.
  @Test func listedTablesGiveTheValuesOfTheirTables() {
    let pairs: [(WordTable<Double>, ListedTable<Double>)] = [
      (Lexicon.units, Lexicon.listedUnits), (Lexicon.tens, Lexicon.listedTens), (Lexicon.scales, Lexicon.listedScales),
      (Lexicon.ordinalUnits, Lexicon.listedOrdinalUnits), (Lexicon.timeUnits, Lexicon.listedTimeUnits),
    ]
    for (table, listed) in pairs {
      for (id, word) in Vocabulary.shared.words.enumerated() {
        #expect(listed[id: Int32(id)] == table[word], "\(word)")
      }
      #expect(listed[id: -1] == nil)
    }
    let sets: [(WordSet, ListedTable<Bool>)] = [
      (Lexicon.functionWords, Lexicon.listedFunctionWords), (DateReader.startWords, DateReader.listedStartWords),
      (RelativeDateReader.gate, RelativeDateReader.listedGate),
      (NumberReader.startWords, NumberReader.listedStartWords),
      (NumberReader.dozenWords, NumberReader.listedDozenWords),
      (Tokenizer.abbreviations, Tokenizer.listedAbbreviations),
    ]
    for (id, word) in Vocabulary.shared.words.enumerated() {
      for (set, listed) in sets { #expect((listed[id: Int32(id)] != nil) == set.contains(word), "\(word)") }
      #expect(Lexicon.listedMonths[id: Int32(id)] == Lexicon.months[word], "\(word)")
      #expect(RelativeDateReader.listedDirections[id: Int32(id)] == RelativeDateReader.directions[word], "\(word)")
      #expect(WordClasses.listedTable[id: Int32(id)] == WordClasses.table[word], "\(word)")
      #expect(Hedge.listedPrefixesByLastWord[id: Int32(id)] == Hedge.prefixesByLastToken[word], "\(word)")
    }
  }

  /// A table read by id gives a word the value its word table gives, whether or not the
  /// vocabulary lists the word or the key.
  @Test func aWordGivenTwiceOrTooLongIsListedOnce() {
    let long = String(repeating: "x", count: Vocabulary.maxLength + 1)
    let edge = String(repeating: "y", count: Vocabulary.maxLength)
    // Words that share their first eight or sixteen bytes differ in the packed words.
    let vocabulary = Vocabulary(["alpha", "beta", "alpha", long, edge, "abcdefgh1", "abcdefgh2", "beta", edge])
    #expect(vocabulary.words == ["alpha", "beta", edge, "abcdefgh1", "abcdefgh2"])
    #expect(vocabulary.starts.count == vocabulary.words.count)
    for (id, word) in vocabulary.words.enumerated() { #expect(vocabulary.id(of: word) == Int32(id), "\(word)") }
    #expect(vocabulary.id(of: long) == nil && vocabulary.id(of: "alph") == nil && vocabulary.id(of: "abcdefgh") == nil)
  }

  @Test func aListedTableLooksUpWordsTheVocabularyDoesNotList() {
    let vocabulary = Vocabulary(["alpha", "beta"])
    let table = ListedTable(["alpha": 1, "gamma": 2] as WordTable<Int>, vocabulary: vocabulary)
    let alpha = vocabulary.id(of: "alpha")!
    let beta = vocabulary.id(of: "beta")!
    #expect(table.value(ofWord: alpha, form: "alpha") == 1)
    #expect(table.value(ofWord: beta, form: "beta") == nil)
    #expect(table.value(ofWord: -1, form: "gamma") == 2, "a key the vocabulary does not list is found by its form")
    #expect(table.value(ofWord: -1, form: "delta") == nil)
    #expect(table[id: alpha] == 1)
    #expect(table[id: -1] == nil)
    for word in ["alpha", "beta", "gamma", "delta"] {
      #expect(table.value(of: word, id: nil) == ["alpha": 1, "gamma": 2][word], "\(word)")
    }
    // A table the vocabulary lists whole never needs the word's form.
    let listed = ListedTable(["beta": 7] as WordTable<Int>, vocabulary: vocabulary)
    #expect(
      listed.value(
        ofWord: -1,
        form: {
          Issue.record("the form was read")
          return "beta"
        }()) == nil)
  }

  /// Every table readers consult through ``TokenCursor/wordValue(_:_:)`` gives each token
  /// of the reader tests' texts the value its word table gives the token's word.
  @Test func tokensGetTheValuesOfTheWordTables() {
    func same<Value: Equatable>(
      _ table: WordTable<Value>, _ listed: ListedTable<Value>, _ name: String, _ sample: String
    ) -> (String, Int) {
      var found = 0
      for text in ReaderStartsTests.texts + [sample] {
        ReaderStartsTests.withCursor(text) { c in
          for i in c.tokens.indices {
            let expected = c.word(i).flatMap { table[$0] }
            #expect(c.wordValue(listed, i) == expected, "\(name): \(c.form(i))")
            #expect(listed.value(of: c.form(i), id: nil) == table[c.form(i)], "\(name): \(c.form(i))")
            if expected != nil && text == sample { found += 1 }
          }
        }
      }
      return (name, found)
    }
    func same(_ set: WordSet, _ listed: ListedTable<Bool>, _ name: String, _ sample: String) -> (String, Int) {
      same(WordTable(set.map { ($0, true) }), listed, name, sample)
    }
    // Words of every table, so that each is compared on words it holds as well as on others.
    let sample =
      "Turkey's defense minister, deputy head of the delegation, said a few more days; 3 Canadian dollars 50 cents, "
      + "USD 7, US$ 5, a quarter, a dozen, on Friday, the 5th, 2bn, 2 bln, 500 or more, 40 on each side."
    let tables = [
      same(Hedge.postfixFirstWords, Hedge.listedPostfixFirstWords, "postfix hedges", sample),
      same(Currency.codes, Currency.listedCodes, "currency codes", sample),
      same(Currency.words, Currency.listedWords, "currency words", sample),
      same(Currency.dollarPrefixes, Currency.listedDollarPrefixes, "dollar prefixes", sample),
      same(Currency.nationalities, Currency.listedNationalities, "nationalities", sample),
      same(Lexicon.fractions, Lexicon.listedFractions, "fractions", sample),
      same(Lexicon.collective, Lexicon.listedCollective, "collective", sample),
      same(Lexicon.weekdays, Lexicon.listedWeekdays, "weekdays", sample),
      same(Lexicon.ordinalSuffixes, Lexicon.listedOrdinalSuffixes, "ordinal suffixes", sample),
      same(Lexicon.scaleSuffixes, Lexicon.listedScaleSuffixes, "scale suffixes", sample),
      same(Lexicon.spacedScaleSuffixes, Lexicon.listedSpacedScaleSuffixes, "spaced scale suffixes", sample),
      same(Lexicon.offices, Lexicon.listedOffices, "offices", sample),
      same(Lexicon.groups, Lexicon.listedGroups, "groups", sample),
      same(Lexicon.namePrefixOffices, Lexicon.listedNamePrefixOffices, "name-prefix offices", sample),
      same(Lexicon.spellingFolds, Lexicon.listedSpellingFolds, "spelling folds", sample),
      same(Lexicon.ranks, Lexicon.listedRanks, "ranks", sample),
      same(Lexicon.jurisdictions, Lexicon.listedJurisdictions, "jurisdictions", sample),
      same(Lexicon.perSideMarkersByFirstWord, Lexicon.listedPerSideMarkersByFirstWord, "per-side markers", sample),
      same(DurationReader.vague, DurationReader.listedVague, "vague amounts", sample),
      same(DurationReader.comparatives, DurationReader.listedComparatives, "comparatives", sample),
    ]
    for (name, hits) in tables { #expect(hits > 0, "no word of the sample is in \(name)") }
  }

  @Test func eachListedWordHasItsOwnId() {
    let words = Vocabulary.shared.words
    #expect(words.count > 300)
    #expect(Set(words).count == words.count)
    for (id, word) in words.enumerated() { #expect(Self.id(word) == Int32(id), "\(word)") }
  }

  @Test func wordsNotListedHaveNoId() {
    // Words that share a listed word's first bytes, a listed word's letters past the
    // sixteen a vocabulary word may have, and no bytes at all.
    for word in ["thee", "wh", "zebra", "negotiations", "the the", "hundredfold", "", "abcdefghijklmnopq"] {
      #expect(Self.id(word) == nil, "\(word)")
    }
    let long = Vocabulary(["abcdefghijklmnopq", "abcdefghijklmnop"])
    #expect(long.words == ["abcdefghijklmnop"])
  }

  @Test func aTokenOfAListedWordSharesItsStringAndId() {
    let text = "The ceasefire lasted three days, Mr Umerov said of the talks in Istanbul."
    let (tokens, forms, _) = Array(text.utf8).withUnsafeBufferPointer { Tokenizer.tokenize($0, excluding: []) }
    for (token, form) in zip(tokens, forms) {
      let listed = token.kind == .word ? Self.id(form) : nil
      #expect(token.id == listed ?? -1, "\(form)")
      if token.id >= 0 { #expect(Vocabulary.shared.words[Int(token.id)] == form) }
    }
    #expect(tokens.filter { $0.id >= 0 }.count >= 6)
  }
}
