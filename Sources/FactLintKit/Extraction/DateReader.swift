/// Reads calendar dates, months, quarters, years and weekdays.
///
/// Dates become intervals of day numbers: "16 May 2025" is one day, "March 2022"
/// the days of that month, "the 4th quarter of 2018" the days of that quarter.
/// A date without a year ("16 May", "the first of March") and a lone weekday
/// ("on Friday") are kept unresolved: factlint does not guess the year or the week.
struct DateReader {
  let c: TokenCursor

  /// A date read at a token: the fact and the index after it.
  struct Match {
    var kind: FactKind
    var range: Range<Int>
    var value: Interval?
    var unit: String?
    var qualifiers: [String]
  }

  /// Reads a date starting at token `i`.
  func read(at i: Int) -> Match? {
    guard let token = c.at(i) else { return nil }
    switch token.kind {
    case .number:
      return figureDate(at: i) ?? joinedDate(at: i) ?? dayFirst(at: i, from: i) ?? quarter(at: i, from: i)
    case .punct:
      return nil
    case .word:
      // Most words start no date: one lookup rules them out.
      guard c.listed(Self.listedStartWords, i) != nil else { return nil }
      if monthWord(i) != nil { return monthFirst(at: i) }
      if c.form(i).equals("the") {
        return dayFirst(at: i + 1, from: i) ?? quarter(at: i + 1, from: i) ?? nthWeekday(at: i + 1, from: i)
      }
      if let weekday = weekdayAt(i, lowerCaseAbbreviations: c.isPunct(i + 1, ",")) {
        return weekdayFirst(at: i, weekday: weekday)
      }
      return dayFirst(at: i, from: i) ?? quarter(at: i, from: i) ?? nthWeekday(at: i, from: i)
    }
  }

  /// The words a date can start with: months, weekdays, "the", "last", ordinal and tens words.
  static let startWords: WordSet = {
    var words = ["the", "last"]
    words.append(contentsOf: Lexicon.months.keys)
    words.append(contentsOf: Lexicon.weekdays.keys)
    words.append(contentsOf: Lexicon.ordinalUnits.keys)
    words.append(contentsOf: Lexicon.tens.keys)
    return WordSet(words)
  }()

  // MARK: - Forms

  /// "2015-03-03", "10/31/1974", "13.5.2015", "2014-10".
  private func figureDate(at i: Int) -> Match? {
    guard let reading = NumericDate.read(c.bytes, at: c.tokens[i].start) else { return nil }
    var end = i
    while end < c.tokens.count && c.tokens[end].end < reading.end { end += 1 }
    guard end < c.tokens.count, c.tokens[end].end == reading.end, c.sameSentence(i, end) else { return nil }
    guard let day = reading.day else { return month(reading.year, reading.month, range: i..<end + 1) }
    if reading.ambiguous {
      return Match(kind: .date, range: i..<end + 1, value: nil, unit: "day", qualifiers: ["ambiguous-order"])
    }
    return resolved(year: reading.year, month: reading.month, day: day, range: i..<end + 1)
  }

  /// Figures and a month name joined by hyphens or slashes: "31-Oct-1974",
  /// "31/Oct/74", "2019-sep-1", "1-Jan".
  private func joinedDate(at i: Int) -> Match? {
    guard c.touching(i), let mark = c.at(i + 1), mark.kind == .punct,
      c.form(i + 1).equals("-") || c.form(i + 1).equals("/"),
      c.touching(i + 1), let month = monthWord(i + 2)
    else { return nil }
    let first = c.form(i)
    let joined =
      c.touching(i + 2) && c.isPunct(i + 3, c.form(i + 1)) && c.touching(i + 3) && c.at(i + 4)?.kind == .number
    if first.utf8.count == 4, joined, let year = Int(first), let day = Int(c.form(i + 4)),
      c.form(i + 4).utf8.count <= 2
    {
      return resolved(year: year, month: month, day: day, range: i..<i + 5)
    }
    guard first.utf8.count <= 2, let day = Int(first) else { return nil }
    if joined {
      let text = c.form(i + 4)
      guard let y = Int(text), text.utf8.count == 4 || text.utf8.count == 2 else { return nil }
      let year = text.utf8.count == 4 ? y : (y < 50 ? 2000 + y : 1900 + y)
      return resolved(year: year, month: month, day: day, range: i..<i + 5)
    }
    return noYear(month: month, day: day, range: i..<i + 3)
  }

  /// Month first: "May 16, 2025", "March 2022", "march first", "February the 15th",
  /// "June twenty three", "January 12 of 2016".
  private func monthFirst(at i: Int) -> Match? {
    guard let month = monthWord(i) else { return nil }
    var k = i + 1
    if c.isWord(k, "the") { k += 1 }
    // Lower-case "may" and "mar" are verbs unless "the" and an ordinal, or "16th", follow.
    let strict = monthAt(i) == nil
    if let (day, afterDay) = dayAt(k, words: k > i + 1 || strict ? .ordinals : .numbers),
      !strict || (k > i + 1 && c.tokens[k].kind == .word) || afterDay > k + 1, c.sameSentence(i, afterDay - 1)
    {
      return withYear(month: month, day: day, start: i, after: afterDay)
    }
    if !strict, let (year, afterYear) = yearAt(i + 1, allowComma: false) {
      return self.month(year, month, range: i..<afterYear)
    }
    return nil
  }

  /// Day first: "16 May 2025", "16. Nov. 2016", "14april 2015", "the 1st of March",
  /// "fourth of May", "4 of July", "26th June of 2020".
  private func dayFirst(at i: Int, from start: Int) -> Match? {
    guard let (day, afterDay) = dayAt(i, words: .ordinals) else { return nil }
    // After "of" or a dot ("16. Nov. 2016") any spelling of a month will do;
    // straight after the day it must be one that cannot be another word.
    var k = afterDay
    var month = monthAt(k)
    if month == nil, c.isWord(k, "of") || (c.isPunct(k, ".") && c.tokens[i].kind == .number) {
      k += 1
      month = monthWord(k)
    }
    guard let month, c.sameSentence(i, k) else { return nil }
    var afterMonth = k + 1
    // The dot of an abbreviation ("16 Nov. 2016"), not a full stop.
    if c.isPunct(afterMonth, "."), c.touching(k), isAbbreviatedMonth(k) { afterMonth += 1 }
    return withYear(month: month, day: day, start: start, after: afterMonth)
  }

  /// "the 4th quarter of 2018", "first quarter 2024", "Q3 2019" is not read (a code).
  private func quarter(at i: Int, from start: Int) -> Match? {
    guard let (n, after) = ordinalAt(i), (1...4).contains(n), let unit = c.word(after),
      unit.equals("quarter") || unit.equals("qtr")
    else { return nil }
    var k = after + 1
    if c.isWord(k, "of") { k += 1 }
    guard let (year, afterYear) = yearAt(k, allowComma: false) else { return nil }
    let first = CalendarMath.days(year: year, month: 3 * n - 2, day: 1)
    let next =
      n == 4
      ? CalendarMath.days(year: year + 1, month: 1, day: 1) : CalendarMath.days(year: year, month: 3 * n + 1, day: 1)
    return Match(
      kind: .date, range: start..<afterYear,
      value: Interval(lower: Double(first), upper: Double(next), upperClosed: false), unit: "day",
      qualifiers: ["quarter"])
  }

  /// "the first Tuesday of October 2014", "last Friday in May 2025".
  private func nthWeekday(at i: Int, from start: Int) -> Match? {
    let n: Int
    if c.isWord(i, "last") {
      n = -1
    } else if let (ordinal, after) = ordinalAt(i), after == i + 1, (1...5).contains(ordinal) {
      n = ordinal
    } else {
      return nil
    }
    guard let weekday = weekdayAt(i + 1, lowerCaseAbbreviations: true),
      c.isWord(i + 2, "of") || c.isWord(i + 2, "in"), let month = monthWord(i + 3)
    else { return nil }
    guard let (year, afterYear) = yearAt(i + 4, allowComma: true) else {
      return Match(kind: .date, range: start..<i + 4, value: nil, unit: "day", qualifiers: ["no-year"])
    }
    let first = CalendarMath.days(year: year, month: month, day: 1)
    let days = CalendarMath.daysInMonth(year: year, month: month)
    let offset = (weekday - CalendarMath.weekday(ofDay: first) + 7) % 7
    var day = 1 + offset + 7 * (n - 1)
    if n == -1 { day = 1 + offset + 7 * ((days - 1 - offset) / 7) }
    guard day <= days else { return nil }
    return resolved(year: year, month: month, day: day, range: start..<afterYear)
  }

  /// "Friday", "Friday, 16 May 2025", "Monday January 12th, 2016", "Friday the 22nd".
  private func weekdayFirst(at i: Int, weekday: Int) -> Match? {
    var k = i + 1
    if c.isPunct(k, ",") { k += 1 }
    if !c.isWord(k, "the"), let date = read(at: k), date.kind == .date, c.sameSentence(i, k) {
      var match = date
      match.range = i..<date.range.upperBound
      match.qualifiers.append("weekday=\(weekday)")
      return match
    }
    let d = c.isWord(i + 1, "the") ? i + 2 : i + 1
    if let (day, afterDay) = dayAt(d, words: .ordinals), c.tokens[d].kind == .word || afterDay > d + 1,
      monthAt(afterDay) == nil, c.sameSentence(i, d)
    {
      let onDay = day < 10 ? "---0\(day)" : "---\(day)"
      return Match(
        kind: .date, range: i..<afterDay, value: nil, unit: "day",
        qualifiers: ["no-month", "on=\(onDay)", "weekday=\(weekday)"])
    }
    var end = i + 1
    if c.isWord(end, "'s") { end += 1 }
    return Match(kind: .weekday, range: i..<end, value: .exactly(Double(weekday)), unit: "weekday", qualifiers: [])
  }

  // MARK: - Parts

  /// A day and month with an optional year after them: ", 2025", " 2025", " of 2016".
  private func withYear(month: Int, day: Int, start: Int, after: Int) -> Match? {
    var k = after
    if c.isWord(k, "of"), c.at(k + 1)?.kind == .number { k += 1 }
    if let (year, afterYear) = yearAfter(k) {
      return resolved(year: year, month: month, day: day, range: start..<afterYear)
    }
    return noYear(month: month, day: day, range: start..<after)
  }

  /// A day and month without a year: no value, and the qualifier `on=--MM-DD`
  /// (ISO 8601's form of a month and day in no particular year).
  private func noYear(month: Int, day: Int, range: Range<Int>) -> Match? {
    guard day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] else { return nil }
    let on = "--" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    return Match(kind: .date, range: range, value: nil, unit: "day", qualifiers: ["no-year", "on=\(on)"])
  }

  private func month(_ year: Int, _ month: Int, range: Range<Int>) -> Match {
    let start = CalendarMath.days(year: year, month: month, day: 1)
    let end = start + CalendarMath.daysInMonth(year: year, month: month)
    return Match(
      kind: .date, range: range, value: Interval(lower: Double(start), upper: Double(end), upperClosed: false),
      unit: "day", qualifiers: ["month"])
  }

  private func resolved(year: Int, month: Int, day: Int, range: Range<Int>) -> Match? {
    guard day <= CalendarMath.daysInMonth(year: year, month: month) else { return nil }
    let d = CalendarMath.days(year: year, month: month, day: day)
    return Match(kind: .date, range: range, value: .exactly(Double(d)), unit: "day", qualifiers: [])
  }

  /// The month named at `i`; "May" and "March" need a number beside them.
  private func monthAt(_ i: Int) -> Int? {
    guard let month = c.listed(Lexicon.listedMonths, i), let w = c.word(i) else { return nil }
    let token = c.tokens[i]
    if w.utf8.count <= 4 && !token.isCapitalized && w != "june" && w != "july" { return nil }
    return month
  }

  /// Any spelling of a month at `i`, for places where only a month can stand ("the 4th of may").
  private func monthWord(_ i: Int) -> Int? {
    guard c.word(i) != nil else { return nil }
    return c.listed(Lexicon.listedMonths, i)
  }

  /// Whether the month at `i` is written short ("Nov", "Sept"), so a dot after it is its own.
  private func isAbbreviatedMonth(_ i: Int) -> Bool {
    guard let w = c.word(i) else { return false }
    return w.utf8.count <= 4 && w != "may" && w != "june" && w != "july"
  }

  /// Whether a month written straight after a figure starts at `i` ("14april").
  private func isFigureMonth(_ i: Int) -> Bool { monthWord(i) != nil && !c.tokens[i].spaceBefore }

  /// A weekday at `i`: capitalised, or a full lower-case name ("friday").
  private func weekdayAt(_ i: Int, lowerCaseAbbreviations: Bool = false) -> Int? {
    guard let weekday = c.wordValue(Lexicon.listedWeekdays, i), let w = c.word(i) else { return nil }
    let token = c.tokens[i]
    if token.isCapitalized {
      return w.utf8.count > 3 || c.isPunct(i + 1, ",") || lowerCaseAbbreviations ? weekday : nil
    }
    return w.utf8.count >= 6 || lowerCaseAbbreviations ? weekday : nil
  }

  /// Which number words may spell a day.
  private enum DayWords { case ordinals, numbers }

  /// A day of the month at `i`: figures ("16", "16th"), ordinal words ("first",
  /// "twenty-first"), or with `.numbers` also "twenty three".
  private func dayAt(_ i: Int, words: DayWords) -> (Int, Int)? {
    guard let token = c.at(i) else { return nil }
    if token.kind == .number {
      // Told by its length before it is parsed: most figures are no day.
      guard c.form(i).utf8.count <= 2, let day = Int(c.form(i)), day >= 1, day <= 31 else { return nil }
      if c.touching(i), let suffix = c.word(i + 1), Lexicon.ordinalSuffixes.contains(suffix) {
        return (day, i + 2)
      }
      if c.touching(i) && c.at(i + 1)?.kind == .word && !isFigureMonth(i + 1) { return nil }
      return (day, i + 1)
    }
    if let (n, after) = ordinalAt(i), c.tokens[i].kind == .word, n <= 31 { return (n, after) }
    if words == .numbers, let (n, after) = tensAndUnit(at: i, units: Lexicon.listedUnits), n >= 21, n <= 31 {
      return (n, after)
    }
    return nil
  }

  /// "twenty three", "thirty-first": a tens word up to thirty and a unit 1–9 from `units`.
  private func tensAndUnit(at i: Int, units: ListedTable<Double>) -> (Int, Int)? {
    guard let tens = c.listed(Lexicon.listedTens, i), tens <= 30 else { return nil }
    var k = i + 1
    if c.isPunct(k, "-") && c.touching(i) && c.touching(k) { k += 1 }
    guard let unit = c.listed(units, k), unit >= 1, unit <= 9, c.sameSentence(i, k) else {
      return nil
    }
    return (Int(tens + unit), k + 1)
  }

  /// An ordinal 1–31 at `i`: "4th", "first", "twenty-first", "thirty first".
  private func ordinalAt(_ i: Int) -> (Int, Int)? {
    guard let token = c.at(i) else { return nil }
    if token.kind == .number {
      // The suffix first: most figures have none, and are not parsed.
      guard c.touching(i), let suffix = c.word(i + 1), Lexicon.ordinalSuffixes.contains(suffix),
        let n = Int(c.form(i))
      else { return nil }
      return (n, i + 2)
    }
    if let n = c.listed(Lexicon.listedOrdinalUnits, i), n <= 31 { return (Int(n), i + 1) }
    return tensAndUnit(at: i, units: Lexicon.listedOrdinalUnits)
  }

  /// A year after a day: optional comma, then four digits.
  private func yearAfter(_ i: Int) -> (Int, Int)? {
    if c.isPunct(i, ",") { return yearAt(i + 1, allowComma: false) }
    return yearAt(i, allowComma: false)
  }

  private func yearAt(_ i: Int, allowComma: Bool) -> (Int, Int)? {
    var k = i
    if allowComma && c.isPunct(k, ",") { k += 1 }
    guard let token = c.at(k), token.kind == .number, c.form(k).utf8.count == 4, let year = Int(c.form(k)),
      year >= 1000, year <= 2200, !(c.touching(k) && c.at(k + 1)?.kind == .word)
    else { return nil }
    return (year, k + 1)
  }
}
