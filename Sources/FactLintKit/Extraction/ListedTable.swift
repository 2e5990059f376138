/// A lexicon table read by ``Vocabulary`` id: the value of a listed word is found by
/// indexing an array, with no hashing of the word, and a word the vocabulary does not
/// list has none. Made only from tables whose keys the vocabulary lists all (a test
/// holds every such table to it).
struct ListedTable<Value: Sendable>: Sendable {
  /// The value of each vocabulary word, by id; `nil` for words not in the table.
  private let values: [Value?]

  /// The table of `table`'s entries, by their ids in `vocabulary`.
  init(_ table: WordTable<Value>, vocabulary: Vocabulary = .shared) {
    var values = [Value?](repeating: nil, count: vocabulary.words.count)
    for (key, value) in table.pairs {
      if let id = vocabulary.id(of: key) { values[Int(id)] = value }
    }
    self.values = values
  }

  /// The set of `words`, as a table whose values are all `true`.
  init(_ words: WordSet, vocabulary: Vocabulary = .shared) where Value == Bool {
    self.init(WordTable(words.map { ($0, true) }), vocabulary: vocabulary)
  }

  /// The value of the word with vocabulary id `id` (-1 for an unlisted word).
  @inline(__always) subscript(id id: Int32) -> Value? { id >= 0 ? values[Int(id)] : nil }
}

extension Lexicon {
  /// ``units`` by vocabulary id.
  static let listedUnits = ListedTable(units)
  /// ``tens`` by vocabulary id.
  static let listedTens = ListedTable(tens)
  /// ``scales`` by vocabulary id.
  static let listedScales = ListedTable(scales)
  /// ``ordinalUnits`` by vocabulary id.
  static let listedOrdinalUnits = ListedTable(ordinalUnits)
  /// ``timeUnits`` by vocabulary id.
  static let listedTimeUnits = ListedTable(timeUnits)
  /// ``functionWords`` by vocabulary id.
  static let listedFunctionWords = ListedTable(functionWords)
  /// ``months`` by vocabulary id.
  static let listedMonths = ListedTable(months)
}

extension WordClasses {
  /// ``table`` by vocabulary id (the keys with no space: a token's form has none).
  static let listedTable = ListedTable(table)
}

extension DateReader {
  /// ``startWords`` by vocabulary id.
  static let listedStartWords = ListedTable(startWords)
}

extension RelativeDateReader {
  /// ``gate`` by vocabulary id.
  static let listedGate = ListedTable(gate)
  /// ``starts`` by vocabulary id.
  static let listedStarts = ListedTable(starts)
  /// ``directions`` by vocabulary id.
  static let listedDirections = ListedTable(directions)
}

extension NumberReader {
  /// ``startWords`` by vocabulary id.
  static let listedStartWords = ListedTable(startWords)
  /// ``dozenWords`` by vocabulary id.
  static let listedDozenWords = ListedTable(dozenWords)
}

extension Hedge {
  /// ``prefixesByLastToken`` by vocabulary id, for a last token that is a word.
  static let listedPrefixesByLastWord = ListedTable(prefixesByLastToken)
}

extension Tokenizer {
  /// ``abbreviations`` by vocabulary id.
  static let listedAbbreviations = ListedTable(abbreviations)
}
