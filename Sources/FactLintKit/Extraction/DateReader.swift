/// Reads calendar dates, months, years and weekdays.
///
/// Dates become intervals of day numbers: "16 May 2025" is one day, "March 2022"
/// the days of that month, "2022" the days of that year. A date without a year
/// ("16 May") and a lone weekday ("on Friday") are kept unresolved: factlint does
/// not guess the year or the week.
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
    if token.kind == .word, let month = monthAt(i) {
      // Month day[, year] / month year.
      if let (day, afterDay) = dayAt(i + 1), c.sameSentence(i, afterDay - 1) {
        if let (year, afterYear) = yearAfter(afterDay) {
          return resolved(year: year, month: month, day: day, range: i..<afterYear)
        }
        return Match(kind: .date, range: i..<afterDay, value: nil, unit: "day", qualifiers: ["no-year"])
      }
      if let (year, afterYear) = yearAt(i + 1, allowComma: false) {
        let start = CalendarMath.days(year: year, month: month, day: 1)
        let end = start + CalendarMath.daysInMonth(year: year, month: month)
        return Match(
          kind: .date, range: i..<afterYear,
          value: Interval(lower: Double(start), upper: Double(end), upperClosed: false), unit: "day",
          qualifiers: ["month"])
      }
      return nil
    }
    if token.kind == .word, token.isCapitalized, let weekday = Lexicon.weekdays[token.text],
      token.text.utf8.count > 3 || c.isPunct(i + 1, ",")
    {
      var end = i + 1
      if c.word(end) == "'s" { end += 1 }
      // "Friday, 16 May 2025": the date carries the weekday.
      if c.isPunct(i + 1, ","), let date = read(at: i + 2), date.kind == .date, date.value != nil {
        var match = date
        match.range = i..<date.range.upperBound
        match.qualifiers.append("weekday=\(weekday)")
        return match
      }
      return Match(
        kind: .weekday, range: i..<end, value: .exactly(Double(weekday)), unit: "weekday", qualifiers: [])
    }
    if token.kind == .number, let (day, afterDay) = dayAt(i), let month = monthAt(afterDay) {
      var afterMonth = afterDay + 1
      if c.isPunct(afterMonth, ".") { afterMonth += 1 }
      if let (year, afterYear) = yearAt(afterMonth, allowComma: true) {
        return resolved(year: year, month: month, day: day, range: i..<afterYear)
      }
      return Match(kind: .date, range: i..<afterMonth, value: nil, unit: "day", qualifiers: ["no-year"])
    }
    return nil
  }

  private func resolved(year: Int, month: Int, day: Int, range: Range<Int>) -> Match? {
    guard day <= CalendarMath.daysInMonth(year: year, month: month) else { return nil }
    let d = CalendarMath.days(year: year, month: month, day: day)
    return Match(kind: .date, range: range, value: .exactly(Double(d)), unit: "day", qualifiers: [])
  }

  /// The month named at `i`; "May" and "March" need a number beside them.
  private func monthAt(_ i: Int) -> Int? {
    guard let w = c.word(i), let month = Lexicon.months[w] else { return nil }
    let token = c.tokens[i]
    if w.utf8.count <= 4 && !token.isCapitalized && w != "june" && w != "july" { return nil }
    return month
  }

  /// A day of the month (1–31, digits or "16th") at `i`.
  private func dayAt(_ i: Int) -> (Int, Int)? {
    guard let token = c.at(i), token.kind == .number, let day = Int(token.text), day >= 1, day <= 31 else {
      return nil
    }
    if c.touching(i), let suffix = c.word(i + 1), Lexicon.ordinalSuffixes.contains(suffix) {
      return (day, i + 2)
    }
    if c.touching(i) && c.at(i + 1)?.kind == .word { return nil }
    return (day, i + 1)
  }

  /// A year after a day: optional comma, then four digits.
  private func yearAfter(_ i: Int) -> (Int, Int)? {
    if c.isPunct(i, ",") { return yearAt(i + 1, allowComma: false) }
    return yearAt(i, allowComma: false)
  }

  private func yearAt(_ i: Int, allowComma: Bool) -> (Int, Int)? {
    var k = i
    if allowComma && c.isPunct(k, ",") { k += 1 }
    guard let token = c.at(k), token.kind == .number, token.text.utf8.count == 4, let year = Int(token.text),
      year >= 1000, year <= 2200, !(c.touching(k) && c.at(k + 1)?.kind == .word)
    else { return nil }
    return (year, k + 1)
  }
}
