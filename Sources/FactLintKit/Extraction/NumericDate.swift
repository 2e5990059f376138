/// Dates written in figures: "2015-03-03", "2015/08/12", "10/31/1974",
/// "13.5.2015", "21/04/16", and months "2014-10", "2/2013".
///
/// Scanned on the bytes from a figure's first byte. The day and month of
/// `D/M/Y` and `M/D/Y` are told apart only when one of them is over 12; when
/// both could be either and differ ("3/4/2015"), the date is ambiguous and is
/// kept unresolved with the qualifier `ambiguous-order`. Two-digit years need
/// a slash or dot form with a day and month before them ("21/04/16"), and mean
/// 2000–2049 or 1950–1999. "2011-12" is two years, not a month.
enum NumericDate {
  /// What a figure date says.
  struct Reading: Equatable {
    /// One past the last byte read.
    var end: Int
    var year: Int
    var month: Int
    /// The day, or `nil` for a month ("2014-10").
    var day: Int?
    /// Whether day and month could be read either way.
    var ambiguous: Bool
  }

  /// Reads a figure date starting at byte `start`, or `nil`.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Reading? {
    // Up to three groups of digits joined by one separator used throughout.
    var groups: [(value: Int, width: Int)] = []
    var separator: UInt8 = 0
    var i = start
    if start > 0, isDigit(bytes[start - 1]) || bytes[start - 1] == 0x2E || bytes[start - 1] == 0x2F { return nil }
    // A date joins two groups of digits or more: most figures meet no separator before
    // another digit, and are turned away before any group is kept.
    var first = start
    while first < bytes.count, isDigit(bytes[first]) { first += 1 }
    guard first + 1 < bytes.count, bytes[first] == 0x2D || bytes[first] == 0x2F || bytes[first] == 0x2E,
      isDigit(bytes[first + 1])
    else { return nil }
    while groups.count < 3 {
      var value = 0
      var width = 0
      while i < bytes.count, isDigit(bytes[i]), width < 5 {
        value = value * 10 + Int(bytes[i] - 0x30)
        width += 1
        i += 1
      }
      guard width > 0, width <= 4 else { return nil }
      groups.append((value, width))
      guard i + 1 < bytes.count, groups.count < 3 else { break }
      let b = bytes[i]
      guard b == 0x2D || b == 0x2F || b == 0x2E, isDigit(bytes[i + 1]) else { break }
      if separator == 0 { separator = b } else if b != separator { return nil }
      i += 1
    }
    // The date must end at a boundary: not in a longer figure, code or word.
    if i < bytes.count {
      let b = bytes[i]
      if isDigit(b) || isLetter(b) { return nil }
      if (b == 0x2D || b == 0x2F || b == 0x2E) && i + 1 < bytes.count && isDigit(bytes[i + 1]) { return nil }
    }
    guard groups.count >= 2, separator != 0 else { return nil }
    if groups.count == 2 { return month(groups, separator: separator, end: i) }
    let (a, b, c) = (groups[0], groups[1], groups[2])
    if a.width == 4 {
      // Year first: Y-M-D, Y/M/D, Y.M.D.
      guard b.width <= 2, c.width <= 2 else { return nil }
      return day(year: a.value, month: b.value, day: c.value, ambiguous: false, end: i)
    }
    guard a.width <= 2, b.width <= 2, c.width == 4 || (c.width == 2 && separator != 0x2D) else { return nil }
    let year = c.width == 4 ? c.value : (c.value < 50 ? 2000 + c.value : 1900 + c.value)
    if a.value > 12 { return day(year: year, month: b.value, day: a.value, ambiguous: false, end: i) }
    if b.value > 12 { return day(year: year, month: a.value, day: b.value, ambiguous: false, end: i) }
    // Both could be the month; the dot form is European (D.M.Y), the slash form ambiguous.
    if separator == 0x2E || a.value == b.value {
      return day(year: year, month: b.value, day: a.value, ambiguous: false, end: i)
    }
    return day(year: year, month: a.value, day: b.value, ambiguous: true, end: i)
  }

  /// `YYYY-MM`, `YYYY/MM` and `M/YYYY`.
  private static func month(_ groups: [(value: Int, width: Int)], separator: UInt8, end: Int) -> Reading? {
    let (a, b) = (groups[0], groups[1])
    // "2011-12" is a span of two years (a season, a fiscal year), not December 2011.
    let nextYear = separator == 0x2D && b.value == (a.value + 1) % 100
    if a.width == 4, b.width == 2, separator != 0x2E, !nextYear, (1...12).contains(b.value), plausibleYear(a.value) {
      return Reading(end: end, year: a.value, month: b.value, day: nil, ambiguous: false)
    }
    if separator == 0x2F, a.width <= 2, b.width == 4, (1...12).contains(a.value), plausibleYear(b.value) {
      return Reading(end: end, year: b.value, month: a.value, day: nil, ambiguous: false)
    }
    return nil
  }

  private static func day(year: Int, month: Int, day: Int, ambiguous: Bool, end: Int) -> Reading? {
    guard plausibleYear(year), (1...12).contains(month), day >= 1,
      day <= CalendarMath.daysInMonth(year: year, month: month)
    else { return nil }
    return Reading(end: end, year: year, month: month, day: day, ambiguous: ambiguous)
  }

  private static func plausibleYear(_ year: Int) -> Bool { year >= 1000 && year <= 2200 }
  @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
}
