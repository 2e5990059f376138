/// The date a document gives itself, and the relative dates it resolves.
///
/// A document is dated by a header line near its top: a label at the start of a line,
/// a colon and a full date ("Date: 16 May 2025", "Published: 2025-05-16", or
/// "date: 2025-05-16" in front matter). Without one, relative dates keep no value.
enum DocumentDate {
  /// Labels of a date line.
  static let labels: WordSet = ["date", "dated", "published", "updated", "posted"]
  /// How far into the document, in bytes, a date line is looked for.
  static let reach = 2048

  /// The day number the document is dated, if a header line gives it.
  static func find(_ facts: [Fact], cursor c: TokenCursor) -> Int? {
    // Indexing in place: a `for fact in` loop would copy every fact of the document.
    for f in facts.indices where facts[f].kind == .date {
      let fact = facts[f]
      guard fact.span.start < reach else { break }
      guard let v = fact.value, v.isExact, let k = tokenIndex(startingAt: fact.span.start, in: c.tokens), k >= 2,
        c.isPunct(k - 1, ":"), let label = c.word(k - 2), labels.contains(label),
        k == 2 || c.tokens[k - 2].lineBreakBefore
      else { continue }
      return Int(v.lower)
    }
    return nil
  }

  /// Gives every relative date of `facts` its value, counted from day number `day`.
  static func resolve(_ facts: inout [Fact], from day: Int) {
    let dated = "dated=" + CalendarMath.isoDate(day)
    for i in facts.indices where facts[i].kind == .date && facts[i].value == nil {
      guard let relative = facts[i].qualifiers.first(where: { $0.hasPrefix("relative=") })?.dropFirst(9),
        let value = value(of: relative, weekday: weekday(facts[i].qualifiers), from: day)
      else { continue }
      facts[i].value = value
      facts[i].qualifiers.append(dated)
    }
  }

  private static func weekday(_ qualifiers: [String]) -> Int? {
    qualifiers.first(where: { $0.hasPrefix("weekday=") }).flatMap { Int($0.dropFirst(8)) }
  }

  /// The days of a relative date: `-1d`, `+0w`, `+2m`, `-1y`, or `last`/`next`/`this` with a weekday.
  static func value(of relative: Substring, weekday: Int?, from day: Int) -> Interval? {
    if let weekday {
      let today = CalendarMath.weekday(ofDay: day)
      switch relative {
      case "last": return .exactly(Double(day - ((today - weekday + 6) % 7 + 1)))
      case "next": return .exactly(Double(day + ((weekday - today + 6) % 7 + 1)))
      case "this": return .exactly(Double(day + weekday - today))
      default:
        guard relative.last == "w", let n = Int(relative.dropLast()) else { return nil }
        return .exactly(Double(day - today + 1 + 7 * n + weekday - 1))
      }
    }
    guard let grain = relative.last, let n = Int(relative.dropLast()) else { return nil }
    func days(_ a: Int, _ b: Int) -> Interval { Interval(lower: Double(a), upper: Double(b), upperClosed: false) }
    let (y, m, _) = CalendarMath.date(ofDay: day)
    switch grain {
    case "d": return .exactly(Double(day + n))
    case "w":
      let monday = day - (CalendarMath.weekday(ofDay: day) - 1) + 7 * n
      return days(monday, monday + 7)
    case "m":
      let months = y * 12 + (m - 1) + n
      let (year, month) = (months / 12, months % 12 + 1)
      let first = CalendarMath.days(year: year, month: month, day: 1)
      return days(first, first + CalendarMath.daysInMonth(year: year, month: month))
    case "y":
      return days(
        CalendarMath.days(year: y + n, month: 1, day: 1), CalendarMath.days(year: y + n + 1, month: 1, day: 1))
    default: return nil
    }
  }

  /// The index of the token that starts at byte `start`.
  private static func tokenIndex(startingAt start: Int, in tokens: UnsafeBufferPointer<Token>) -> Int? {
    var lo = 0
    var hi = tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if tokens[mid].start < start { lo = mid + 1 } else { hi = mid }
    }
    return lo < tokens.count && tokens[lo].start == start ? lo : nil
  }
}
