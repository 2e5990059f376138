/// Reads lengths of time, in seconds.
///
/// A duration is one term or a chain of terms joined by commas, "and" or nothing
/// ("1 year, 2 days, 3 hours and 4 seconds", "2 years 3 months"). A term is an
/// amount and a unit ("two hours", "1.5 hours", "30-day", "3day", "an hour",
/// "one and a quarter hour", "three quarters of an hour"), a fraction after the
/// unit ("an hour and a half"), "half" and a unit ("half an hour", "half day"),
/// "all/full/whole" and a unit ("all day": one day), or a vague amount ("a few
/// hours" `[2, 5]` hours, "several days" `[3, 9]`). After hours or minutes, a bare
/// number is the next smaller unit ("2 hours ten", "1 hour and thirty").
/// A month is 30 days and a year 365 days; when years and months are added, a year
/// is 12 months ("2 years 3 months" is 27 months, as "27 months" reads).
struct DurationReader {
  let c: TokenCursor
  let numbers: NumberReader

  static let month = 2_592_000.0
  static let year = 31_536_000.0

  /// A duration read from tokens.
  struct Match {
    var value: Interval
    var range: Range<Int>
    /// Whether the last unit was joined by a hyphen ("30-day"): the word after is what it qualifies.
    var adjectival: Bool
  }

  /// Words between an amount and its unit that compare, not count: "two more hours", "2 fewer minutes".
  static let comparatives: WordSet = ["more", "extra", "additional", "further", "less", "fewer"]

  static let vague: WordTable<Interval> = [
    "few": Interval(lower: 2, upper: 5), "several": Interval(lower: 3, upper: 9),
    "some": Interval(lower: 2, upper: 9), "many": Interval(lower: 5, upper: 100),
  ]

  /// Reads a duration starting at token `i`. A duration lies within one sentence: its
  /// first unit is in the sentence of `i` ("a" ending a heading does not join "few hours"
  /// on the next line), so a sentence with no unit of time after `i` holds none.
  func read(at i: Int) -> Match? {
    guard let (first, firstEnd, firstUnit, adjectival) = term(at: i), c.sameSentence(i, firstEnd - 1) else {
      return nil
    }
    var total = first
    var end = firstEnd
    var lastUnit = firstUnit
    var isAdjectival = adjectival
    var years = firstUnit == Self.year ? first : Interval.exactly(0)
    var hasMonths = firstUnit == Self.month
    // Further terms.
    while true {
      var k = end
      if c.isPunct(k, ",") { k += 1 }
      if c.isWord(k, "and") { k += 1 }
      guard c.sameSentence(i, k) else { break }
      if let (next, nextEnd, unit, adj) = term(at: k), !(k == end && c.at(k)?.kind == .word && c.isWord(k, "a")) {
        total = total + next
        end = nextEnd
        lastUnit = unit
        if unit == Self.year { years = years + next }
        if unit == Self.month { hasMonths = true }
        isAdjectival = adj
        continue
      }
      // Implied unit: "2 hours ten", "2 hour and 10", "1 hour and thirty".
      if lastUnit == 3600 || lastUnit == 60, let bare = numbers.read(at: k), !bare.isOrdinal, bare.value < 60,
        bare.value > 0, c.listed(Lexicon.listedTimeUnits, bare.end) == nil,
        !(c.at(bare.end)?.kind == .number)
      {
        total = total + .exactly(bare.value * lastUnit / 60)
        end = bare.end
        lastUnit /= 60
      }
      break
    }
    // Years added to months count as 12 months of 30 days: "2 years 3 months" is "27 months".
    if hasMonths { total = total - years + years / .exactly(Self.year) * .exactly(Self.month * 12) }
    return Match(value: total, range: i..<end, adjectival: isAdjectival)
  }

  /// One term: its value, end, unit in seconds, and whether the unit was hyphenated.
  private func term(at i: Int) -> (Interval, Int, Double, Bool)? {
    guard let token = c.at(i) else { return nil }
    let w = token.kind == .word ? c.form(i) : nil
    // "all day", "full-week", "whole day".
    if let w, w.equals("all") || w.equals("full") || w.equals("whole") {
      var k = i + 1
      if c.isPunct(k, "-"), c.touching(i), c.touching(k) { k += 1 }
      if let (seconds, after) = unit(at: k, singular: true) { return (.exactly(seconds), after, seconds, false) }
      return nil
    }
    // "few hours", "a few minutes", "several days".
    if let w {
      var k = i
      if w.equals("a"), c.isWord(i + 1, "few") { k = i + 1 }
      if let amount = c.wordValue(Self.listedVague, k), let (seconds, after) = unit(at: k + 1, plural: true) {
        return (amount * .exactly(seconds), after, seconds, false)
      }
    }
    // "a couple of days", "couple of weeks", "another hour".
    if let w {
      var k = i
      if w.equals("a"), c.isWord(i + 1, "couple") { k = i + 1 }
      if c.isWord(k, "couple"), c.isWord(k + 1, "of"), let (seconds, after) = unit(at: k + 2, plural: true) {
        return (.exactly(2 * seconds), after, seconds, false)
      }
      if w.equals("another"), let (seconds, after) = unit(at: i + 1, singular: true) {
        return (.exactly(seconds), after, seconds, false)
      }
    }
    // "half an hour", "half day".
    if w == "half" {
      var k = i + 1
      if let a = c.word(k), a.equals("a") || a.equals("an") { k += 1 }
      if let (seconds, after) = unit(at: k, singular: true) { return (.exactly(seconds / 2), after, seconds, false) }
      return nil
    }
    // An amount: a number, or "a"/"an" before a singular unit.
    var amount: Double
    var k: Int
    if let w, w.equals("a") || w.equals("an") {
      guard !c.isWord(i + 1, "second") || c.word(i + 2) == nil || c.listed(Lexicon.listedFunctionWords, i + 2) != nil
      else { return nil }
      amount = 1
      k = i + 1
      guard let (seconds, after) = unit(at: k, singular: true) else { return nil }
      return withFraction((.exactly(seconds), after, seconds, false))
    }
    guard let number = numbers.read(at: i), !number.isOrdinal else { return nil }
    amount = number.value
    k = number.end
    var hyphenated = false
    if c.isPunct(k, "-"), c.touching(k - 1), c.touching(k) {
      k += 1
      hyphenated = true
    }
    if c.isWord(k, "of"), c.isWord(k + 1, "an") || c.isWord(k + 1, "a") { k += 2 } else if c.isWord(k, "of") { k += 1 }
    // "two more hours", "three extra days", "2 fewer minutes".
    if !hyphenated, c.isWord(k, in: Self.listedComparatives), c.listed(Lexicon.listedTimeUnits, k + 1) != nil {
      k += 1
    }
    guard let (seconds, after) = unit(at: k, attachedTo: number.end) else { return nil }
    return withFraction((.exactly(amount * seconds), after, seconds, hyphenated))
  }

  /// Adds a fraction after the unit: "an hour and a half", "one hour and half".
  private func withFraction(_ t: (Interval, Int, Double, Bool)) -> (Interval, Int, Double, Bool) {
    guard let (fraction, after) = numbers.fractionTail(at: t.1),
      c.listed(Lexicon.listedTimeUnits, after) == nil
    else { return t }
    return (t.0 + .exactly(fraction * t.2), after, t.2, t.3)
  }

  /// A unit of time at `k`. Single letters ("h") only when spaced from a number or glued to it.
  private func unit(at k: Int, singular: Bool = false, plural: Bool = false, attachedTo numberEnd: Int? = nil)
    -> (Double, Int)?
  {
    // "two business days", "another working day": a day of work is a day.
    if let w = c.word(k), w.equals("business") || w.equals("working"), let day = c.word(k + 1),
      day.equals("day") || day.equals("days")
    {
      return unit(at: k + 1, singular: singular, plural: plural, attachedTo: numberEnd)
    }
    guard let seconds = c.listed(Lexicon.listedTimeUnits, k), let w = c.listedWord(k), c.sameSentence(max(0, k - 1), k)
    else {
      return nil
    }
    if singular && Inflection.isPlural(w) { return nil }
    if plural && !Inflection.isPlural(w) { return nil }
    if w.utf8.count == 1 && w != "h" { return nil }
    if w.equals("second") && singular, c.word(k + 1) != nil, c.listed(Lexicon.listedFunctionWords, k + 1) == nil {
      return nil
    }
    return (seconds, k + 1)
  }
}
