/// A lexicon table read by ``Vocabulary`` id: the value of a listed word is found by
/// indexing an array, with no hashing of the word.
///
/// A word token's id tells whether the vocabulary lists its form, so a table need not
/// have all its keys listed: a word the vocabulary does not list is looked up among
/// the keys it does not list either, and only when there are some
/// (``TokenCursor/wordValue(_:_:)``). ``subscript(id:)`` reads by id alone, for tables
/// whose keys the vocabulary lists all (a test holds every such table to it).
struct ListedTable<Value: Sendable>: Sendable {
  /// The value of each vocabulary word, by id; `nil` for words not in the table.
  private let values: [Value?]
  /// The keys the vocabulary does not list, with their values; `nil` when there are none.
  private let unlisted: WordTable<Value>?
  /// The whole table, for words whose id is not known.
  private let table: WordTable<Value>

  /// The table of `table`'s entries, by their ids in `vocabulary`.
  init(_ table: WordTable<Value>, vocabulary: Vocabulary = .shared) {
    var values = [Value?](repeating: nil, count: vocabulary.words.count)
    var unlisted: [(String, Value)] = []
    for (key, value) in table.pairs {
      if let id = vocabulary.id(of: key) { values[Int(id)] = value } else { unlisted.append((key, value)) }
    }
    self.values = values
    self.unlisted = unlisted.isEmpty ? nil : WordTable(unlisted)
    self.table = table
  }

  /// The set of `words`, as a table whose values are all `true`.
  init(_ words: WordSet, vocabulary: Vocabulary = .shared) where Value == Bool {
    self.init(WordTable(words.map { ($0, true) }), vocabulary: vocabulary)
  }

  /// The value of the word with vocabulary id `id` (-1 for an unlisted word).
  @inline(__always) subscript(id id: Int32) -> Value? { id >= 0 ? values[Int(id)] : nil }

  /// The value of a word token with vocabulary id `id` (-1 when unlisted) and form `form`.
  @inline(__always) func value(ofWord id: Int32, form: @autoclosure () -> String) -> Value? {
    if id >= 0 { return values[Int(id)] }
    guard let unlisted else { return nil }
    return unlisted[form()]
  }

  /// The value of `word`: by `id` when it is the word's vocabulary id as the tokenizer
  /// found it (-1 when unlisted), by the word itself when `id` is `nil`.
  @inline(__always) func value(of word: String, id: Int32?) -> Value? {
    guard let id else { return table[word] }
    return value(ofWord: id, form: word)
  }
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
  /// ``weekdays`` by vocabulary id.
  static let listedWeekdays = ListedTable(weekdays)
  /// ``fractions`` by vocabulary id.
  static let listedFractions = ListedTable(fractions)
  /// ``collective`` by vocabulary id.
  static let listedCollective = ListedTable(collective)
  /// ``perSideMarkersByFirstWord`` by vocabulary id.
  static let listedPerSideMarkersByFirstWord = ListedTable(perSideMarkersByFirstWord)
  /// ``ordinalSuffixes`` by vocabulary id.
  static let listedOrdinalSuffixes = ListedTable(ordinalSuffixes)
  /// ``scaleSuffixes`` by vocabulary id.
  static let listedScaleSuffixes = ListedTable(scaleSuffixes)
  /// ``spacedScaleSuffixes`` by vocabulary id.
  static let listedSpacedScaleSuffixes = ListedTable(spacedScaleSuffixes)
  /// ``spellingFolds`` by vocabulary id.
  static let listedSpellingFolds = ListedTable(spellingFolds)
  /// ``ranks`` by vocabulary id.
  static let listedRanks = ListedTable(ranks)
  /// ``jurisdictions`` by vocabulary id.
  static let listedJurisdictions = ListedTable(jurisdictions)
  /// ``offices`` by vocabulary id.
  static let listedOffices = ListedTable(offices)
  /// ``groups`` by vocabulary id.
  static let listedGroups = ListedTable(groups)
  /// ``namePrefixOffices`` by vocabulary id.
  static let listedNamePrefixOffices = ListedTable(namePrefixOffices)
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
  /// ``wordsAfterArticle`` by vocabulary id.
  static let listedWordsAfterArticle = ListedTable(wordsAfterArticle)
  /// ``determiners`` by vocabulary id.
  static let listedDeterminers = ListedTable(determiners)
}

extension Hedge {
  /// ``postfixFirstWords`` by vocabulary id.
  static let listedPostfixFirstWords = ListedTable(postfixFirstWords)
  /// ``prefixesByLastToken`` by vocabulary id, for a last token that is a word.
  static let listedPrefixesByLastWord = ListedTable(prefixesByLastToken)
}

extension Tokenizer {
  /// ``abbreviations`` by vocabulary id.
  static let listedAbbreviations = ListedTable(abbreviations)
}

extension Currency {
  /// ``codes`` by vocabulary id.
  static let listedCodes = ListedTable(codes)
  /// ``words`` by vocabulary id.
  static let listedWords = ListedTable(words)
  /// ``dollarPrefixes`` by vocabulary id.
  static let listedDollarPrefixes = ListedTable(dollarPrefixes)
  /// ``nationalities`` by vocabulary id.
  static let listedNationalities = ListedTable(nationalities)
}

extension DurationReader {
  /// ``vague`` by vocabulary id.
  static let listedVague = ListedTable(vague)
  /// ``comparatives`` by vocabulary id.
  static let listedComparatives = ListedTable(comparatives)
}
