/// Reads dates stated relative to when a document was written: "yesterday", "last
/// week", "next month", "this year", "three days ago", "two weeks from now", "last
/// Friday", "Friday next week".
///
/// A relative date is kept with the qualifier `relative=` and no value: an offset and
/// a grain (`-1d` yesterday, `+0w` this week, `-3d` three days ago, `+1m` next month),
/// or `last`, `next` or `this` with `weekday=N` for a named weekday (a week offset with
/// `weekday=N` is that day of that week). It gets a value
/// only when the document gives its own date (see ``DocumentDate``); factlint never
/// guesses it.
struct RelativeDateReader {
  let c: TokenCursor
  let numbers: NumberReader

  /// A relative date: its tokens and qualifiers.
  struct Match {
    var range: Range<Int>
    var qualifiers: [String]
  }

  /// The words a relative date can start with, besides numbers and weekdays.
  static let startWords: WordSet = [
    "yesterday", "today", "tomorrow", "tmrw", "last", "next", "this", "past", "a", "an", "the",
  ]

  /// Every word a relative date can start with, for one lookup that rules out most words.
  static let gate = WordSet(
    Array(startWords) + Lexicon.units.keys + Lexicon.tens.keys + Lexicon.weekdays.keys)

  /// Reads a relative date starting at token `i`.
  func read(at i: Int) -> Match? {
    guard let token = c.at(i), token.kind != .punct else { return nil }
    if token.kind == .word, c.listed(Self.listedGate, i) == nil { return nil }
    // Told apart by vocabulary id: a word that starts none of these costs no comparison.
    switch c.listed(Self.listedStarts, i) {
    case .yesterday?: return Match(range: i..<i + 1, qualifiers: ["relative=-1d"])
    case .today?: return Match(range: i..<i + 1, qualifiers: ["relative=+0d"])
    case .tomorrow?: return Match(range: i..<i + 1, qualifiers: ["relative=+1d"])
    case .the?:
      // "the day before yesterday", "the day after tomorrow": most "the" meet no "day".
      guard c.isWord(i + 1, "day") else { return nil }
      if c.matches(["the", "day", "before", "yesterday"], at: i) {
        return Match(range: i..<i + 4, qualifiers: ["relative=-2d"])
      }
      if c.matches(["the", "day", "after"], at: i), let w = c.word(i + 3), w.equals("tomorrow") || w.equals("tmrw") {
        return Match(range: i..<i + 4, qualifiers: ["relative=+2d"])
      }
      return nil
    case .named?:
      return named(at: i)
    case nil:
      return (token.kind == .word ? weekdayOfWeek(at: i) : nil) ?? counted(at: i)
    }
  }

  /// What a word of ``startWords`` that no number follows begins.
  enum Start: Sendable {
    case yesterday, today, tomorrow, the
    /// "last", "next", "this", "past": a named week, month or year, or a weekday.
    case named
  }

  /// The words that begin a relative date of their own, by what they begin.
  static let starts: WordTable<Start> = [
    "yesterday": .yesterday, "today": .today, "tomorrow": .tomorrow, "tmrw": .tomorrow, "the": .the,
    "last": .named, "next": .named, "this": .named, "past": .named,
  ]

  /// "last week", "next month", "this year", "last Friday", "next week on Friday".
  /// "the last day" and "the next day" count from the story, not the document, and
  /// are left alone.
  private func named(at i: Int) -> Match? {
    guard let which = c.word(i), let w = c.word(i + 1), c.sameSentence(i, i + 1) else { return nil }
    if which != "past", let grain = Self.grains[w], grain != "day" {
      let offset = which.equals("last") ? -1 : which.equals("next") ? 1 : 0
      let relative = "relative=\(Self.signed(offset))\(grain.first!)"
      // "next week on Friday", "last week Sunday".
      if grain.equals("week") {
        let k = c.isWord(i + 2, "on") ? i + 3 : i + 2
        if let weekday = fullWeekday(at: k), c.sameSentence(i, k) {
          return Match(range: i..<k + 1, qualifiers: [relative, "weekday=\(weekday)"])
        }
      }
      return Match(range: i..<i + 2, qualifiers: [relative])
    }
    // "last Friday", "past monday"; not "last Friday of May 2025", which names its month.
    guard let weekday = fullWeekday(at: i + 1) else { return nil }
    if let after = c.word(i + 2), after.equals("of") || after.equals("in"),
      c.word(i + 3).flatMap({ Lexicon.months[$0] }) != nil
    {
      return nil
    }
    return Match(
      range: i..<i + 2, qualifiers: ["relative=\(which.equals("past") ? "last" : which)", "weekday=\(weekday)"])
  }

  /// "Friday next week", "tuesday of next week", "friday this week".
  private func weekdayOfWeek(at i: Int) -> Match? {
    guard let weekday = fullWeekday(at: i) else { return nil }
    let k = c.isWord(i + 1, "of") ? i + 2 : i + 1
    guard let which = c.word(k), which.equals("last") || which.equals("next") || which.equals("this"),
      c.isWord(k + 1, "week"),
      c.sameSentence(i, k + 1)
    else { return nil }
    let offset = which.equals("last") ? -1 : which.equals("next") ? 1 : 0
    return Match(range: i..<k + 2, qualifiers: ["relative=\(Self.signed(offset))w", "weekday=\(weekday)"])
  }

  /// A weekday written in full or nearly ("Friday", "tues"), not a three-letter abbreviation.
  private func fullWeekday(at k: Int) -> Int? {
    guard let w = c.word(k), w.utf8.count > 3 else { return nil }
    return c.wordValue(Lexicon.listedWeekdays, k)
  }

  /// "three days ago", "a year ago", "2 weeks from now".
  private func counted(at i: Int) -> Match? {
    // "ago" or "from" within the next five tokens; most figures have neither. Both are
    // listed words, looked for by vocabulary id.
    var found: Direction?
    for k in (i + 1)...(i + 5) {
      if let direction = c.listed(Self.listedDirections, k) {
        found = direction
        break
      }
    }
    guard let direction = found else { return nil }
    var count = 1.0
    var k = i + 1
    if let w = c.word(i), w.equals("a") || w.equals("an") {
      count = 1
    } else if let n = numbers.read(at: i), !n.isOrdinal, n.value >= 1, n.value == n.value.rounded(), n.value < 10_000 {
      count = n.value
      k = n.end
    } else {
      return nil
    }
    guard let unit = c.word(k), let grain = Self.grains[Inflection.singular(unit)], c.sameSentence(i, k + 1) else {
      return nil
    }
    if direction == .ago, c.isWord(k + 1, "ago") {
      return Match(range: i..<k + 2, qualifiers: ["relative=\(Self.signed(-Int(count)))\(grain.first!)"])
    }
    if c.matches(["from", "now"], at: k + 1) || c.matches(["from", "today"], at: k + 1) {
      return Match(range: i..<k + 3, qualifiers: ["relative=\(Self.signed(Int(count)))\(grain.first!)"])
    }
    return nil
  }

  /// The word after a counted relative date's unit: "ago", or "from" before "now" or "today".
  enum Direction: Sendable {
    case ago, from
  }

  /// The words of ``Direction``.
  static let directions: WordTable<Direction> = ["ago": .ago, "from": .from]

  private static func signed(_ n: Int) -> String { n < 0 ? "\(n)" : "+\(n)" }

  /// Units a relative date can count in, by their singular.
  static let grains: WordTable<String> = ["day": "day", "week": "week", "month": "month", "year": "year"]
}

extension DateReader.Match {
  /// A relative date as a date with no value yet.
  init(_ relative: RelativeDateReader.Match) {
    self.init(kind: .date, range: relative.range, value: nil, unit: "day", qualifiers: relative.qualifiers)
  }
}
