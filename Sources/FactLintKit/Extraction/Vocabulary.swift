/// The words that make up most of a text's tokens, each with one shared string:
/// every word that starts a numeric reader, the function words, the words of the
/// name and title lists, the units of time, and the keys of the tables readers
/// consult on words they meet (``ListedTable``).
///
/// The tokenizer looks each word up here on its bytes, once. A listed word takes
/// the shared string instead of a new one, which most tokens then need not make,
/// and its id (its position here) tells the numeric readers where they may start
/// without looking the word up again (``ReaderStarts``).
///
/// A word is at most ``maxLength`` bytes, held as two machine words: looking one up
/// loads two integers, from the text itself for a plain word of a few letters
/// (``Tokenizer/packed(_:from:count:lowered:)``) or else from the tokenizer's buffer
/// (``ByteScratch/packed``), hashes them and compares them, with no string made.
struct Vocabulary: Sendable {
  /// The vocabulary of every document.
  static let shared: Vocabulary = {
    // Gathered in one array: summing the lists with `+` copied the words gathered so
    // far at every list.
    var words: [String] = []
    words.reserveCapacity(4096)
    func add(_ list: some Sequence<String>) { words.append(contentsOf: list) }
    add(ReaderStarts.words.keys)
    add(Lexicon.functionWords)
    add(WordClasses.table.keys)
    add(Lexicon.timeUnits.keys)
    add(Hedge.prefixesByLastToken.keys)
    add(NumberReader.dozenWords)
    add(Tokenizer.abbreviations)
    add(Currency.words.keys)
    add(Currency.nationalities)
    add(Lexicon.fractions.keys)
    add(Lexicon.collective.keys)
    add(Lexicon.weekdays.keys)
    add(Lexicon.perSideMarkersByFirstWord.keys)
    add(Lexicon.offices)
    add(Lexicon.groups)
    add(Lexicon.namePrefixOffices)
    add(Hedge.postfixFirstWords)
    add(DurationReader.comparatives)
    add(Lexicon.ordinalSuffixes)
    add(Lexicon.scaleSuffixes.keys)
    add(Lexicon.spacedScaleSuffixes)
    add(Lexicon.spellingFolds.keys)
    add(Lexicon.ranks)
    add(Lexicon.jurisdictions.keys)
    return Vocabulary(words)
  }()

  /// The longest word listed, in bytes; longer words given are left out.
  static let maxLength = 16

  /// The words, by id; each of at most ``String/inlineCapacity`` bytes is held inline.
  let words: [String]
  /// The readers that can start at each word, by id (``ReaderStarts/of(_:_:)``).
  let starts: [ReaderStarts]
  private let packed: [Packed]
  /// For each slot, the id of its word plus one (0: empty).
  private let slots: [Int32]
  private let mask: Int

  /// A word's bytes, zero past its end (see ``ByteScratch/packed``), and its length.
  private struct Packed: Equatable {
    var low: UInt64
    var high: UInt64
    var count: Int

    @inline(__always) var hash: UInt64 {
      var h = (low ^ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15
      h = (h ^ (h >> 29) ^ high) &* 0xbf58_476d_1ce4_e5b9
      return h ^ (h >> 32)
    }
  }

  /// A vocabulary of `words`; a word given twice is listed once, and a word longer than
  /// ``maxLength`` bytes not at all.
  init(_ words: [String]) {
    // Words given twice are told apart with the table's own hash as it is filled, not
    // with a set of strings beside it: the vocabulary is built at every start.
    var capacity = 8
    while capacity < words.count * 2 { capacity *= 2 }
    var slots = [Int32](repeating: 0, count: capacity)
    var listed: [String] = []
    var packed: [Packed] = []
    var scratch = ByteScratch()
    for word in words where word.utf8.count <= Self.maxLength {
      scratch.removeAll()
      scratch.append(utf8: word)
      let (low, high) = scratch.packed
      let key = Packed(low: low, high: high, count: scratch.count)
      var slot = Int(truncatingIfNeeded: key.hash) & (capacity - 1)
      var known = false
      while slots[slot] != 0 {
        if packed[Int(slots[slot]) - 1] == key {
          known = true
          break
        }
        slot = (slot + 1) & (capacity - 1)
      }
      if known { continue }
      slots[slot] = Int32(listed.count + 1)
      // Made again from its bytes, so that a short word is held inline, as the
      // tokenizer's forms must be (``TokenSink``).
      listed.append(scratch.string)
      packed.append(key)
    }
    self.words = listed
    starts = listed.map { ReaderStarts.of(.word, $0) }
    self.packed = packed
    self.slots = slots
    mask = capacity - 1
  }

  /// The id of the word held in `scratch`, or `nil` if it is not listed.
  @inline(__always) func id(of scratch: borrowing ByteScratch) -> Int32? {
    guard scratch.count <= Self.maxLength else { return nil }
    let (low, high) = scratch.packed
    return id(low: low, high: high, count: scratch.count)
  }

  /// The id of the word of `count` bytes, at most ``maxLength``, packed little-endian
  /// in `low` and `high` with zero past its end (as ``ByteScratch/packed`` gives them),
  /// or `nil` if it is not listed.
  @inline(__always) func id(low: UInt64, high: UInt64, count: Int) -> Int32? {
    let key = Packed(low: low, high: high, count: count)
    var slot = Int(truncatingIfNeeded: key.hash) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { return nil }
      if packed[entry - 1] == key { return Int32(entry - 1) }
      slot = (slot + 1) & mask
    }
  }

  /// The id of `word`, or `nil` if it is not listed.
  func id(of word: String) -> Int32? {
    var scratch = ByteScratch(capacity: max(16, word.utf8.count))
    scratch.append(utf8: word)
    return id(of: scratch)
  }
}
