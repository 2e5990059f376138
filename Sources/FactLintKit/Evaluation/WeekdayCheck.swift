/// `expect NAME weekdays match`: a date written with its weekday falls on it.
///
/// "Friday, 16 May 2025" is checked when the date is complete; a weekday beside
/// a date without a year ("Friday, 16 May") cannot be checked and is left alone.
/// The check does not say which of the two is wrong, so it offers no fix.
struct WeekdayCheck {
  let checks: RelationChecks

  func run(_ facts: [Fact]) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for fact in facts where fact.kind == .date {
      guard let value = fact.value, value.isExact,
        let stated = fact.qualifiers.first(where: { $0.hasPrefix("weekday=") }).flatMap({ Int($0.dropFirst(8)) }),
        (1...7).contains(stated)
      else { continue }
      let day = Int(value.lower)
      let actual = CalendarMath.weekday(ofDay: day)
      guard actual != stated else { continue }
      let named = Lexicon.weekdayNames[stated]
      let real = Lexicon.weekdayNames[actual]
      let date = CalendarMath.isoDate(day)
      out.append(
        checks.diagnostic(
          at: fact.span, fallback: "\"{statement}\" names a {weekday}, but {date} is a {actual}",
          values: [
            "statement": RelationChecks.oneLine(fact.text), "weekday": named, "actual": real, "date": date,
            "value": named, "expected": real,
          ],
          related: [], extraNotes: ["help: either the weekday or the date is wrong; check the source"]))
    }
    return out
  }
}
