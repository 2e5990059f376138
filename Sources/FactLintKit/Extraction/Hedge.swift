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

  /// Prefix phrases, longest first so that "just over" wins over "over".
  static let prefixes: [([String], Hedge)] = {
    let table: [(String, Hedge)] = [
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
    return table.map { (phrase, hedge) in (phrase.split(separator: " ").map(String.init), hedge) }
      .sorted { $0.0.count > $1.0.count }
  }()

  /// The prefixes by their last token, longest first: the token before a number
  /// rules out most positions at once and leaves a few phrases to match. Each comes
  /// with its text: words joined by spaces, signs by nothing (">=").
  static let prefixesByLastToken: WordTable<[HedgePrefix]> = {
    var byLast: [(String, [HedgePrefix])] = []
    for (phrase, hedge) in prefixes {
      guard let last = phrase.last, let first = phrase.first?.unicodeScalars.first else { continue }
      let text = phrase.joined(separator: first.properties.isAlphabetic ? " " : "")
      byLast.append((last, [(phrase: phrase, hedge: hedge, text: text)]))
    }
    return WordTable(merging: byLast) { $0 += $1 }
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
