/// A word or phrase that turns a stated number into a range of values.
///
/// The interval each hedge gives for a stated value `x` (see docs/extraction.md):
///
/// | hedge | examples | interval |
/// |---|---|---|
/// | atLeast | at least, no fewer than, a minimum of, *x* or more | `[x, ∞)` |
/// | moreThan | more than, over, upwards of, above, in excess of | `(x, ∞)` |
/// | justOver | just over, a little over, slightly more than | `(x, 1.25x]` |
/// | nearly | nearly, almost, just under, close to | `[0.9x, x)` |
/// | about | about, around, roughly, approximately, some, an estimated | `[0.9x, 1.1x]` |
/// | upTo | up to, at most, no more than, a maximum of, *x* or fewer | `[0, x]` |
/// | under | under, less than, fewer than, below | `[0, x)` |
enum Hedge: String, Sendable {
  case atLeast, moreThan, justOver, nearly, about, upTo, under, equal

  /// Whether the hedge bounds the value from below (and so may start a bounded range).
  var isLowerBound: Bool { self == .atLeast || self == .moreThan }
  /// Whether the hedge bounds the value from above.
  var isUpperBound: Bool { self == .upTo || self == .under }

  /// The interval of values the hedged statement allows.
  func interval(for x: Double) -> Interval {
    let floor = x < 0 ? -Double.infinity : 0
    switch self {
    case .atLeast: return Interval(lower: x, upper: .infinity, lowerClosed: true, upperClosed: false)
    case .moreThan: return Interval(lower: x, upper: .infinity, lowerClosed: false, upperClosed: false)
    case .justOver: return Interval(lower: x, upper: x * 1.25, lowerClosed: false, upperClosed: true)
    case .nearly: return Interval(lower: x * 9 / 10, upper: x, lowerClosed: true, upperClosed: false)
    case .about: return Interval(lower: x * 9 / 10, upper: x * 11 / 10)
    case .upTo: return Interval(lower: floor, upper: x, lowerClosed: true, upperClosed: true)
    case .under: return Interval(lower: floor, upper: x, lowerClosed: true, upperClosed: false)
    case .equal: return .exactly(x)
    }
  }

  /// A prefix phrase by its tokens, its hedge, and its text as written.
  typealias HedgePrefix = (phrase: [String], hedge: Hedge, text: String)

  /// Prefix phrases as written, with their hedges.
  static let prefixPhrases: [(String, Hedge)] = [
    ("at least", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast),
    ("not less than", .atLeast), ("not fewer than", .atLeast), ("a minimum of", .atLeast),
    ("at a minimum", .atLeast), ("minimum of", .atLeast), ("more than", .moreThan),
    ("over", .moreThan), ("upwards of", .moreThan), ("upward of", .moreThan), ("above", .moreThan),
    ("exceeding", .moreThan), ("in excess of", .moreThan), ("greater than", .moreThan),
    ("higher than", .moreThan), ("surpass", .moreThan), ("surpassing", .moreThan),
    ("just over", .justOver), ("a little over", .justOver), ("slightly over", .justOver),
    ("slightly more than", .justOver), ("just more than", .justOver), ("just above", .justOver),
    ("a little more than", .justOver), ("a bit over", .justOver), ("a bit more than", .justOver),
    ("nearly", .nearly), ("almost", .nearly), ("just under", .nearly), ("a little under", .nearly),
    ("slightly under", .nearly), ("slightly less than", .nearly), ("just shy of", .nearly),
    ("close to", .nearly), ("just below", .nearly), ("a little less than", .nearly),
    ("about", .about), ("around", .about), ("roughly", .about), ("approximately", .about),
    ("some", .about), ("an estimated", .about), ("estimated", .about), ("circa", .about),
    ("approx.", .about), ("approx", .about), ("an approximate", .about), ("more or less", .about),
    ("up to", .upTo), ("at most", .upTo), ("no more than", .upTo), ("not more than", .upTo),
    ("a maximum of", .upTo), ("maximum of", .upTo), ("as many as", .upTo), ("as much as", .upTo),
    ("at the most", .upTo), ("under", .under), ("less than", .under), ("fewer than", .under),
    ("below", .under), ("lower than", .under), ("short of", .under),
    // Comparatives, and their "or equal" forms.
    ("larger than", .moreThan), ("bigger than", .moreThan), ("smaller than", .under),
    ("greater than or equal to", .atLeast), ("more than or equal to", .atLeast),
    ("bigger than or equal to", .atLeast), ("larger than or equal to", .atLeast), ("at least or equal to", .atLeast),
    ("bigger or equal than", .atLeast), ("larger or equal than", .atLeast), ("greater or equal than", .atLeast),
    ("equal to or more than", .atLeast), ("equal to or greater than", .atLeast), ("less than or equal to", .upTo),
    ("smaller than or equal to", .upTo), ("fewer than or equal to", .upTo), ("less or equal than", .upTo),
    ("smaller or equal than", .upTo), ("equal to or less than", .upTo), ("equal to or fewer than", .upTo),
    ("equal to", .equal), ("equals to", .equal), ("equals", .equal), ("equaling to", .equal), ("equaling", .equal),
    // Comparison signs.
    (">", .moreThan), ("<", .under), ("> =", .atLeast), ("< =", .upTo), ("≥", .atLeast), ("≤", .upTo),
  ]

  /// Prefix phrases as tokens, longest first so that "just over" wins over "over".
  static let prefixes: [([String], Hedge)] =
    prefixPhrases.map { (phrase, hedge) in (tokens(of: phrase), hedge) }.sorted { $0.0.count > $1.0.count }

  /// The tokens a written phrase is read as: its words, and a word's final dot on its
  /// own ("approx." is "approx" and ".").
  static func tokens(of written: String) -> [String] {
    written.split(separator: " ").flatMap { word -> [String] in
      word.count > 1 && word.hasSuffix(".") ? [String(word.dropLast()), "."] : [String(word)]
    }
  }

  /// Every prefix phrase with its text, grouped by last token, longest first within
  /// a group: the reader before a number finds its candidates as a range of this
  /// table (``prefixesByLastToken``) and reads them where they are. The table is
  /// shared by every worker; a copy of a candidate's phrase would count a reference
  /// on memory the other cores count on too. A phrase of words keeps its text as
  /// written, a literal whose references are not counted; a sign's text (">=") is
  /// short enough to be kept inline.
  static let prefixEntries: [HedgePrefix] = {
    let entries = prefixPhrases.map { (written, hedge) -> HedgePrefix in
      let phrase = tokens(of: written)
      let alphabetic = written.unicodeScalars.first?.properties.isAlphabetic ?? false
      return (phrase: phrase, hedge: hedge, text: alphabetic ? written : phrase.joined())
    }
    // Grouped by last token (in order of first appearance), longest first, then as listed.
    var groupOf: [String: Int] = [:]
    let groups = entries.map { entry in
      let last = entry.phrase.last ?? ""
      if let group = groupOf[last] { return group }
      groupOf[last] = groupOf.count
      return groupOf.count - 1
    }
    let order = entries.indices.sorted { a, b in
      if groups[a] != groups[b] { return groups[a] < groups[b] }
      if entries[a].phrase.count != entries[b].phrase.count { return entries[a].phrase.count > entries[b].phrase.count }
      return a < b
    }
    return order.map { entries[$0] }
  }()

  /// The tokens of every phrase of ``prefixEntries``, one phrase after another, each
  /// phrase's at ``prefixTokenRanges``.
  static let prefixTokens = PinnedTable(prefixEntries.flatMap(\.phrase))

  /// Where each phrase of ``prefixEntries`` is in ``prefixTokens``.
  static let prefixTokenRanges: [Range<Int>] = {
    var start = 0
    return prefixEntries.map { entry in
      defer { start += entry.phrase.count }
      return start..<start + entry.phrase.count
    }
  }()

  /// The range of ``prefixEntries`` that ends with each token.
  static let prefixesByLastToken: WordTable<Range<Int>> = {
    var ranges: [(String, Range<Int>)] = []
    for (k, entry) in prefixEntries.enumerated() {
      guard let last = entry.phrase.last else { continue }
      if let previous = ranges.last, previous.0 == last {
        ranges[ranges.count - 1].1 = previous.1.lowerBound..<k + 1
      } else {
        ranges.append((last, k..<k + 1))
      }
    }
    return WordTable(ranges)
  }()

  /// Postfix phrases after the number ("500 or more").
  static let postfixes: [([String], Hedge)] = [
    (["or", "more"], .atLeast), (["or", "greater"], .atLeast), (["or", "above"], .atLeast),
    (["or", "over"], .atLeast), (["and", "more"], .atLeast), (["and", "above"], .atLeast), (["plus"], .atLeast),
    (["or", "fewer"], .upTo),
    (["or", "less"], .upTo), (["or", "below"], .upTo), (["or", "so"], .about),
  ]

  /// The words a postfix phrase starts with: the word after a number rules out most
  /// numbers before any phrase is matched.
  static let postfixFirstWords = WordSet(postfixes.compactMap(\.0.first))

  /// Vague plurals that stand for a number: "dozens of", "hundreds of", "thousands of".
  static let vaguePlurals: [([String], Interval)] = [
    (["tens", "of", "thousands", "of"], Interval(lower: 20_000, upper: 100_000, upperClosed: false)),
    (["hundreds", "of", "thousands", "of"], Interval(lower: 200_000, upper: 1_000_000, upperClosed: false)),
    (["dozens", "of"], Interval(lower: 24, upper: 144, upperClosed: false)),
    (["scores", "of"], Interval(lower: 40, upper: 200, upperClosed: false)),
    (["hundreds", "of"], Interval(lower: 200, upper: 1000, upperClosed: false)),
    (["thousands", "of"], Interval(lower: 2000, upper: 1_000_000, upperClosed: false)),
    (["millions", "of"], Interval(lower: 2_000_000, upper: 1e9, upperClosed: false)),
    (["billions", "of"], Interval(lower: 2e9, upper: 1e12, upperClosed: false)),
  ]

  /// The hedge text of each of ``vaguePlurals``, by position: its words but the last "of".
  static let vaguePluralHedges = vaguePlurals.map { $0.0.dropLast().joined(separator: " ") }
}
