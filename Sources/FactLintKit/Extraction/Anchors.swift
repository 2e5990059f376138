/// The tokens a numeric fact can be built around: figures, number words, units
/// of time, calendar words, percent and currency words and signs.
///
/// Every numeric fact holds at least one anchor within a few tokens of where
/// its reading starts, so the readers skip straight past runs of ordinary
/// words instead of trying every reader at every token.
enum Anchors {
  /// The most tokens between where a reading starts and its first anchor
  /// ("greater than or equal to a third": five hedge words and an article).
  static let reach = 8

  /// Words that are anchors, lower-case.
  static let words: WordSet = {
    var all: [String] = []
    all.append(contentsOf: Lexicon.units.keys)
    all.append(contentsOf: Lexicon.tens.keys)
    all.append(contentsOf: Lexicon.scales.keys)
    all.append(contentsOf: Lexicon.scaleSuffixes.keys)
    all.append(contentsOf: Lexicon.ordinalUnits.keys)
    all.append(contentsOf: Lexicon.fractions.keys)
    all.append(contentsOf: Lexicon.collective.keys)
    all.append(contentsOf: Lexicon.timeUnits.keys)
    all.append(contentsOf: Lexicon.percentWords)
    all.append(contentsOf: Lexicon.months.keys)
    all.append(contentsOf: Lexicon.weekdays.keys)
    all.append(contentsOf: Currency.words.keys)
    all.append(contentsOf: Currency.codes)
    all.append(contentsOf: DurationReader.vague.keys)
    all.append(contentsOf: Hedge.vaguePlurals.compactMap(\.0.first))
    all.append(contentsOf: ["yesterday", "today", "tomorrow", "tmrw"])
    return WordSet(all)
  }()

  /// For each token index `i` (and one past the end), the index of the first anchor
  /// at or after `i`, from the readers that can start at each token.
  static func nextAnchor(_ starts: [ReaderStarts]) -> [Int32] {
    starts.withUnsafeBufferPointer { starts in
      [Int32](count: starts.count + 1, filler: Int32(starts.count)) { next in
        var following = Int32(starts.count)
        var i = starts.count - 1
        while i >= 0 {
          if starts[i].contains(.anchor) { following = Int32(i) }
          next[i] = following
          i -= 1
        }
      }
    }
  }
}
