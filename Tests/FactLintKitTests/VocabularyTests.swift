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
      let hedges = Hedge.listedPrefixesByLastWord[id: Int32(id)]
      #expect(hedges?.map(\.0) == Hedge.prefixesByLastToken[word]?.map(\.0), "\(word)")
    }
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
    for word in ["thee", "th", "zebra", "negotiations", "the the", "hundredfold", "", "abcdefghijklmnopq"] {
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
