/// The readers worth trying at a token, worked out once per token.
///
/// Each reader that ``QuantityReader`` tries at every token near an anchor starts
/// only at certain tokens: figures, some marks, or words of its own lexicon. One
/// lookup per word in a table of all those words gives the set of readers that can
/// start there; the others are not called. Each set is a superset of where its
/// reader can succeed, so skipping a reader never changes what is read.
struct ReaderStarts: OptionSet, Sendable {
  let rawValue: UInt8

  /// A token a numeric fact is built around (``Anchors``).
  static let anchor = ReaderStarts(rawValue: 1 << 0)
  /// ``NumberReader``: figures, number words, a sign, a vulgar fraction.
  static let number = ReaderStarts(rawValue: 1 << 1)
  /// ``DurationReader``: a number, or a word such as "half", "a", "several", "all".
  static let duration = ReaderStarts(rawValue: 1 << 2)
  /// ``DateReader``: figures, months, weekdays, "the", ordinal and tens words.
  static let date = ReaderStarts(rawValue: 1 << 3)
  /// ``RelativeDateReader``: figures, "yesterday", "last", "next", number words, weekdays.
  static let relativeDate = ReaderStarts(rawValue: 1 << 4)
  /// Money with its sign or code first: "$", "US", "EUR", "MUSD".
  static let money = ReaderStarts(rawValue: 1 << 5)
  /// The first word of a vague plural ("dozens of").
  static let vaguePlural = ReaderStarts(rawValue: 1 << 6)
  /// A percent word before its figure ("per cent of 210").
  static let percentOf = ReaderStarts(rawValue: 1 << 7)

  /// The starts of every word that starts some reader.
  static let words: WordTable<ReaderStarts> = {
    var pairs: [(String, ReaderStarts)] = []
    func add(_ words: some Sequence<String>, _ starts: ReaderStarts) {
      for word in words { pairs.append((word, starts)) }
    }
    add(Anchors.words, .anchor)
    add(NumberReader.startWords, [.number, .duration])
    add(["minus", "negative"], [.number, .duration])
    add(["all", "full", "whole", "a", "an", "couple", "another", "half"], .duration)
    add(DurationReader.vague.keys, .duration)
    add(DateReader.startWords, .date)
    add(RelativeDateReader.gate, .relativeDate)
    add(Currency.dollarPrefixes.keys, .money)
    add(Currency.codes, .money)
    add(Currency.codes.map { "m" + $0 }.filter { Currency.millionsCode($0) != nil }, .money)
    add(Hedge.vaguePlurals.compactMap(\.0.first), .vaguePlural)
    add(["per", "percent", "percents"], .percentOf)
    return WordTable(merging: pairs) { $0.formUnion($1) }
  }()

  /// The readers that can start at a mark of one ASCII byte, by its byte: such a mark
  /// is its own form (``Tokenizer``), so its starts are worked out once.
  static let ofASCIIMark: [ReaderStarts] = (0..<128).map { of(.punct, String.ascii(UInt8($0))) }

  /// The readers that can start at a token of `kind` whose text is `text`.
  static func of(_ kind: Token.Kind, _ text: String) -> ReaderStarts {
    switch kind {
    case .number:
      return [.anchor, .number, .duration, .date, .relativeDate]
    case .punct:
      var starts: ReaderStarts = []
      if text.equals("-") { starts.formUnion([.number, .duration]) }
      // Signs and fractions are all outside ASCII but for "$".
      guard text.utf8.first.map({ $0 >= 0x80 || $0 == 0x24 }) ?? false else { return starts }
      if Currency.signs[text] != nil { starts.formUnion([.anchor, .money]) }
      if Lexicon.vulgarFractions[text] != nil { starts.formUnion([.anchor, .number, .duration]) }
      return starts
    case .word:
      return (words[text] ?? []).union(ofUnlisted(text))
    }
  }

  /// The readers that can start at a word that is not a key of ``words``: a long word
  /// may be a run-together ordinal ("twentyfifth").
  static func ofUnlisted(_ word: String) -> ReaderStarts {
    guard word.utf8.count >= 10 else { return [] }
    return NumberReader.splitOrdinal(word) != nil ? [.anchor, .number, .duration] : [.number, .duration]
  }
}
