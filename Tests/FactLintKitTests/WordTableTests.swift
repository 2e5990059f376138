import Testing

@testable import FactLintKit

@Suite struct WordTableTests {
  @Test func answersAsTheDictionaryItIsBuiltFrom() {
    // Thousands of keys, short and long, ASCII and not, force long probe chains.
    var dictionary: [String: Int] = [:]
    for n in 0..<5000 { dictionary["w\(n)"] = n }
    // Lengths around the eight-byte rounds of the hash: 7, 8, 9, 15, 16, 17.
    let boundaries = ["percent", "per cent", "thousands", "fifteenletterss", "sixteen-letters!", "seventeen-letters"]
    // Every tail length after the eight-byte rounds, and words that differ only in their last byte.
    let lengths = (1...24).flatMap { n in
      ["z", "Z"].map { String("abcdefghijklmnopqrstuvwx".prefix(n - 1)) + $0 }
    }
    for word in ["", "a", "Zürich", "twentyfifth", String(repeating: "x", count: 40)] + boundaries
      + lengths
    {
      dictionary[word] = 10_000 + dictionary.count  // a value of its own
    }
    let table = WordTable(dictionary)
    #expect(table.count == dictionary.count)
    for (key, value) in dictionary { #expect(table[key] == value, "\(key)") }
    let near = ["per cenT", "thousandz", "sixteen-letters?", "seventeen-letterz", String(repeating: "x", count: 39)]
    for missing in ["w5000", "w-1", "zurich", "Percent", "per  cent"] + near {
      #expect(table[missing] == nil, "\(missing)")
      #expect(!table.contains(missing))
    }
  }

  /// A word held inline is hashed from its bits, one held in storage from its bytes:
  /// the same hash either way, so a key is found whichever way either was made.
  @Test func aWordIsFoundWhetherHeldInlineOrInStorage() {
    let words = (0...15).map { String("abcdefghijklmnop".prefix($0)) } + ["café", "Zürich", "per cent"]
    func stored(_ word: String) -> String {
      var text = ""
      text.reserveCapacity(64)
      text.append(contentsOf: word)
      return text
    }
    #expect(words.allSatisfy { stored($0).inlineASCIIBytes == nil }, "the words in storage are not held inline")
    #expect(words.filter { $0.inlineASCIIBytes != nil }.count == 17, "short ASCII words are held inline")
    for word in words {
      #expect(WordHash.of(word, inline: true) == WordHash.of(stored(word), inline: true), "\(word)")
      #expect(WordHash.of(word, inline: true) == WordHash.of(word, inline: false), "\(word)")
    }
    let inlineKeys = WordTable(words.enumerated().map { ($1, $0) })
    let storedKeys = WordTable(words.enumerated().map { (stored($1), $0) })
    for (n, word) in words.enumerated() {
      #expect(inlineKeys[stored(word)] == n && storedKeys[word] == n, "\(word)")
    }
  }

  @Test func aRepeatedKeyKeepsItsFirstValueAndSetsListTheirWords() {
    let table = WordTable([("one", 1), ("two", 2), ("one", 3)])
    #expect(table["one"] == 1)
    #expect(table.keys == ["one", "two"])
    let set: WordSet = ["hundred", "thousand", "hundred"]
    #expect(set.count == 2)
    #expect(set.contains("thousand") && !set.contains("million"))
    #expect(Array(set) == ["hundred", "thousand"])
  }

  @Test func mergingCombinesTheValuesOfARepeatedKeyInItsFirstPlace() {
    // Thousands of keys given twice each, as the reader tables gather words from many lists.
    let words = (0..<3000).map { "w\($0)" }
    let pairs = words.map { ($0, 1) } + [("late", 100)] + words.reversed().map { ($0, 10) }
    let table = WordTable(merging: pairs) { $0 += $1 }
    #expect(table.count == words.count + 1)
    #expect(table.keys == words + ["late"], "keys keep the order they were first given in")
    #expect(words.allSatisfy { table[$0] == 11 })
    #expect(table["late"] == 100 && table["w3000"] == nil)
  }
}

@Suite struct WordClassesTests {
  @Test func eachWordHasTheClassesOfTheListsThatHoldIt() {
    let lists: [(WordClasses, [String])] = [
      (.nonName, Array(Lexicon.nonNames)), (.office, Array(Lexicon.offices)),
      (.titleModifier, Array(Lexicon.titleModifiers)), (.rank, Array(Lexicon.ranks)),
      (.group, Array(Lexicon.groups)), (.month, Lexicon.months.keys), (.weekday, Lexicon.weekdays.keys),
      (.jurisdiction, Lexicon.jurisdictions.keys),
    ]
    let words = Set(lists.flatMap(\.1)).union(["kyiv", "umerov", "", "U.S."])
    for word in words {
      for (member, list) in lists {
        #expect(WordClasses.of(word).contains(member) == list.contains(word), "\(word)")
      }
    }
    #expect(WordClasses.of("president").isSuperset(of: [.nonName, .office]))
    #expect(WordClasses.of("umerov").isEmpty)
  }
}
