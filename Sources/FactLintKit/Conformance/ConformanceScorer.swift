import FoundationEssentials

/// Scores factlint's extraction against conformance cases: for each row, whether
/// a fact of the matching kind covers the expected span, and whether its value
/// equals the expected value or interval. `NONE` rows pass when no fact of the
/// kind is found.
public struct ConformanceScorer: Sendable {
  /// The result of one row.
  public struct Outcome: Sendable {
    public var testCase: ConformanceCase
    public var spanPassed: Bool
    public var valuePassed: Bool
    /// Why the row is out of scope for a news linter, if it is.
    public var outOfScope: String?
    /// What factlint found, for the failure listing.
    public var found: String
  }

  /// The day relative dates count from (days since 1970-01-01).
  public var referenceDay: Int

  /// The reference instant the suites' README gives: Duckling resolves times against
  /// 2013-02-12 (a Tuesday).
  public static let suitesReferenceDay = CalendarMath.days(year: 2013, month: 2, day: 12)

  /// Creates a scorer whose cases are dated `referenceDay`.
  public init(referenceDay: Int = Self.suitesReferenceDay) {
    self.referenceDay = referenceDay
  }

  /// Scores every case.
  public func score(_ cases: [ConformanceCase]) -> [Outcome] {
    Parallel.map(count: cases.count) { i in score(cases[i]) }
  }

  /// The fact kinds that answer an upstream kind.
  static func kinds(for kind: String) -> Set<FactKind> {
    switch kind {
    // Upstream's number model also reads the amount of money ("2000" in "$2000"),
    // which factlint keeps as a money fact's number span.
    case "number": return [.number, .count, .money]
    case "numberrange", "quantity": return [.number, .count]
    case "ordinal", "ordinal.relative": return [.ordinal]
    case "percentage": return [.percentage]
    case "duration": return [.duration]
    case "currency": return [.money]
    case "date", "time": return [.date, .weekday]
    default: return []
    }
  }

  /// Scores one case.
  public func score(_ c: ConformanceCase) -> Outcome {
    let sources = SourceManager()
    let file = sources.add(path: "case", bytes: Array(c.input.utf8), role: .document)
    var facts = Extractor.extract(file, dated: referenceDay).facts.filter { Self.kinds(for: c.kind).contains($0.kind) }
    if c.kind == "numberrange" {
      // A range is a hedged or bounded value, not a plain number.
      facts = facts.filter { $0.hedge != nil || $0.qualifiers.contains("range") }
    }
    let found = facts.map { "\($0.kind.rawValue) \"\($0.text)\" \($0.value?.description ?? "-")" }.joined(
      separator: "; ")
    let scope = OutOfScope.reason(c)
    if c.expectsNothing {
      return Outcome(
        testCase: c, spanPassed: facts.isEmpty, valuePassed: facts.isEmpty, outOfScope: scope, found: found)
    }
    let wanted = normalize(c.spanText ?? c.input)
    // A number row matches the number itself too ("half" in "more than half").
    let matching = facts.filter { fact in
      if normalize(fact.text) == wanted { return true }
      // A quantity is the number with its unit: "2 grams".
      if c.kind == "quantity", normalize(file.text(fact.extent)) == wanted { return true }
      guard c.kind == "number" || c.kind == "currency", let span = fact.numberSpan else { return false }
      let stated = normalize(file.text(span))
      if stated == wanted { return true }
      // The amount of money without its currency: "2000" in "$2000", "2mil" in "2mil SEK".
      return c.kind == "number" && fact.kind == .money
        && (stated.hasPrefix(wanted + " ")
          || stated.hasSuffix(wanted) && !wanted.isEmpty
            && stated.dropLast(wanted.count).last.map({ !$0.isLetter && !$0.isNumber }) ?? false)
    }
    let expected = ExpectedValue.parse(c)
    let valueOK = matching.contains { fact in expected.map { $0.matches(fact) } ?? true }
    return Outcome(
      testCase: c, spanPassed: !matching.isEmpty, valuePassed: valueOK, outOfScope: scope, found: found)
  }

  /// Lower-case with white space folded, for comparing span texts.
  func normalize(_ text: String) -> String {
    text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
      .trimmingScalars(where: { $0.isPunctuation && !"%$£€¥".unicodeScalars.contains($0) })
  }
}

/// An expected value from a conformance row, with how to compare a fact to it.
enum ExpectedValue {
  case number(Double)
  case interval(Interval, compareClosedness: Bool)
  case seconds(Double)
  case day(Int, grain: String)
  case spanOnly

  func matches(_ fact: Fact) -> Bool {
    switch self {
    case .spanOnly: return true
    case .number(let x), .seconds(let x):
      // Upstream keeps the stated number of a hedged expression ("about $ 90 million",
      // "more than half"): compare the number as stated.
      if let stated = fact.statedValue, let v = fact.value, !v.isExact {
        return Swift.abs(stated - x) <= 1e-9 * max(1, Swift.abs(x))
      }
      guard let v = fact.value, v.isExact else { return false }
      return Swift.abs(v.lower - x) <= 1e-9 * max(1, Swift.abs(x))
    case .interval(let want, let closedness):
      guard let v = fact.value else { return false }
      func same(_ a: Double, _ b: Double) -> Bool { a == b || Swift.abs(a - b) <= 1e-9 * max(1, Swift.abs(b)) }
      // An open end upstream is written empty; a count's floor of 0 stands for "no lower bound".
      let lowerOK = same(v.lower, want.lower) || (!want.lower.isFinite && v.lower == 0)
      let upperOK = same(v.upper, want.upper)
      guard lowerOK && upperOK else { return false }
      if !closedness { return true }
      let lowerClosedOK = !want.lower.isFinite || v.lowerClosed == want.lowerClosed
      // Upstream writes "between 20 and 30" as [20,30); reading it as [20,30] is documented.
      let upperClosedOK = !want.upper.isFinite || v.upperClosed == want.upperClosed || fact.qualifiers.contains("range")
      return lowerClosedOK && upperClosedOK
    case .day(let day, let grain):
      // A date kept without its year scores its month and day, as a lone weekday scores its weekday.
      if fact.value == nil, grain == "day", let on = fact.qualifiers.first(where: { $0.hasPrefix("on=--") }) {
        return on == "on=" + "--" + CalendarMath.isoDate(day).dropFirst(5)
      }
      guard let v = fact.value else { return false }
      if fact.kind == .weekday { return Int(v.lower) == CalendarMath.weekday(ofDay: day) }
      return grain == "day" ? v.isExact && Int(v.lower) == day : Int(v.lower) == day
    }
  }

  /// Parses the expected column of `c`.
  static func parse(_ c: ConformanceCase) -> ExpectedValue? {
    let e = c.expected
    if e.hasPrefix("value=") || e.hasPrefix("timex=") {
      if c.kind == "date" { return .spanOnly }
      if let seconds = field(e, "seconds"), let x = Double(seconds) {
        // "Mod=more" / "Mod=less": upstream keeps the stated value and marks the direction.
        switch field(e, "Mod") {
        case "more":
          return .interval(Interval(lower: x, upper: .infinity, lowerClosed: false), compareClosedness: false)
        case "less": return .interval(Interval(lower: 0, upper: x, upperClosed: false), compareClosedness: false)
        default: return .seconds(x)
        }
      }
      guard var value = field(e, "value") else { return nil }
      if value.hasSuffix("%") { value.removeLast() }
      if value.hasPrefix("(") || value.hasPrefix("[") {
        return interval(value, closedness: true).map { .interval($0, compareClosedness: true) }
      }
      return Double(value).map { .number($0) }
    }
    switch c.kind {
    case "duration":
      guard let eq = e.firstRange(of: "= ") else { return nil }
      return Double(e[eq.upperBound...].dropLast()).map { .seconds($0) }
    case "quantity":
      let first = String(e.split(separator: " ").first ?? "")
      if first.hasPrefix("[") {
        return interval(first, closedness: false).map { .interval($0, compareClosedness: false) }
      }
      return Double(first).map { .number($0) }
    case "time":
      let date = e.hasPrefix("[") ? String(e.dropFirst().prefix(10)) : String(e.prefix(10))
      let parts = date.split(separator: "-").compactMap { Int($0) }
      guard parts.count == 3 else { return nil }
      let grain = field(e, "grain") ?? "day"
      return .day(CalendarMath.days(year: parts[0], month: parts[1], day: parts[2]), grain: grain)
    default:
      return Double(e).map { .number($0) }
    }
  }

  private static func field(_ text: String, _ name: String) -> String? {
    for part in text.split(separator: " ") where part.hasPrefix(name + "=") {
      return String(part.dropFirst(name.count + 1))
    }
    return nil
  }

  /// `(30,)`, `[20,30)`, `[2,]`.
  private static func interval(_ text: String, closedness: Bool) -> Interval? {
    guard let open = text.first, let close = text.last, text.count >= 3 else { return nil }
    let body = text.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
    guard body.count == 2 else { return nil }
    let lo = body[0].isEmpty ? -Double.infinity : Double(body[0])
    let hi = body[1].isEmpty ? Double.infinity : Double(body[1])
    guard let lo, let hi else { return nil }
    return Interval(lower: lo, upper: hi, lowerClosed: open == "[", upperClosed: close == "]")
  }
}
