/// The word lists of ``Lexicon`` a word belongs to, found with one lookup.
///
/// Deciding whether a capitalised word may be part of a name or a title asks up to
/// seven lists about it; one table of classes answers them all at once.
struct WordClasses: OptionSet, Sendable {
  let rawValue: UInt16

  static let nonName = WordClasses(rawValue: 1 << 0)
  static let office = WordClasses(rawValue: 1 << 1)
  static let titleModifier = WordClasses(rawValue: 1 << 2)
  static let rank = WordClasses(rawValue: 1 << 3)
  static let group = WordClasses(rawValue: 1 << 4)
  static let month = WordClasses(rawValue: 1 << 5)
  static let weekday = WordClasses(rawValue: 1 << 6)
  static let jurisdiction = WordClasses(rawValue: 1 << 7)

  /// Classes of words that never start or continue a person's name.
  static let notInNames: WordClasses = [
    .nonName, .office, .titleModifier, .jurisdiction, .month, .weekday, .group,
  ]

  /// The classes of every word some list holds.
  static let table: WordTable<WordClasses> = {
    var pairs: [(String, WordClasses)] = []
    func mark(_ words: some Sequence<String>, _ member: WordClasses) {
      for word in words { pairs.append((word, member)) }
    }
    mark(Lexicon.nonNames, .nonName)
    mark(Lexicon.offices, .office)
    mark(Lexicon.titleModifiers, .titleModifier)
    mark(Lexicon.ranks, .rank)
    mark(Lexicon.groups, .group)
    mark(Lexicon.months.keys, .month)
    mark(Lexicon.weekdays.keys, .weekday)
    mark(Lexicon.jurisdictions.keys, .jurisdiction)
    return WordTable(merging: pairs) { $0.formUnion($1) }
  }()

  /// The classes of `word` (lower-case).
  @inline(__always) static func of(_ word: String) -> WordClasses { table[word] ?? [] }
}
