/// `expect NAME weekdays match`: a date written with its weekday falls on it.
///
/// "Friday, 16 May 2025" is checked when the date is complete; a weekday beside
/// a date without a year ("Friday, 16 May") cannot be checked and is left alone.
/// The check does not say which of the two is wrong, so it offers no fix. Each
/// statement is checked on its own: nothing is summed up across documents.
struct WeekdayCheck: Sendable {
  /// The message of a finding when the rule gives none.
  private static let message = MessageTemplate.Compiled("\"{statement}\" names a {weekday}, but {date} is a {actual}")

  let selection: Int?

  func report(_ document: DocumentSelection, context: CheckContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for fact in document[selection] where fact.kind == .date {
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
        context.diagnostic(
          at: fact.span, in: document.file, fallback: Self.message,
          values: { key in
            switch key {
            case "statement": CheckContext.oneLine(fact.text)
            case "weekday", "value": named
            case "actual", "expected": real
            case "date": date
            default: nil
            }
          },
          related: [], extraNotes: ["help: either the weekday or the date is wrong; check the source"]))
    }
    return out
  }
}
