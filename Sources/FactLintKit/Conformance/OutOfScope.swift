/// Conformance rows judged out of scope for a linter of news prose, with the reason.
/// The judgement looks at the kind and the written form of a row (its span, or the
/// input when the whole input is the span), never at a particular case string.
enum OutOfScope {
  static func reason(_ c: ConformanceCase) -> String? {
    let text = (c.spanText ?? c.input).lowercased()
    let words = text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    switch c.kind {
    case "ordinal.relative":
      return "relative ordinals (\"next\", \"last\") name no number"
    case "time":
      if c.expected.contains("grain=hour") || c.expected.contains("grain=minute") || c.expected.contains("grain=second")
      {
        return "clock times: news facts are days, not minutes"
      }
      if c.expected.hasPrefix("[") { return "time intervals resolved against a reference instant" }
      return nil
    case "date":
      if isLoneDay(words) {
        return
          "a day of the month with no month (\"the 27th\", \"on the second\"): in news an ordinal, and dates name their month"
      }
      return nil
    case "duration":
      if isFigureThen(text, suffixes: ["'", "\""]) {
        return
          "prime marks for minutes and seconds (2', 1\"): in prose a straight quote after a figure closes a quotation"
      }
      if words.count == 2, words[1] == "m", Double(words[0]) != nil {
        return "a lone \"m\" after a figure: in news metres or millions, not minutes"
      }
      return nil
    case "number", "numberrange", "currency", "percentage":
      if c.kind == "currency" && c.expected.contains("value=None") {
        return "a currency named with no amount (\"the dollars\") states nothing to check"
      }
      if c.kind == "percentage" && c.expected.contains("value=null") {
        return "a percent sign or word with no number (\"the % of\", \"a percentage\") states nothing to check"
      }
      if c.kind == "number", let span = c.spanText, isInsideFigureDate(span, input: c.input) {
        return "numbers inside a date in figures (5/17/2018): factlint reads the date, not three numbers"
      }
      if text.contains("^") || hasExponent(text) { return "powers and scientific notation are not prose" }
      if isFigureThen(text, suffixes: ["g"]) {
        return "a figure with a G suffix for giga: in news 5G is a network and 10g ten grams"
      }
      if text.hasPrefix("- "), text.utf8.dropFirst(2).first.map({ $0 >= 0x30 && $0 <= 0x39 }) ?? false {
        return "a minus sign set apart by a space: in prose a dash or a list bullet"
      }
      if isReadInGroups(words) { return "numbers read aloud in groups (\"one twenty two\"): news copy writes 122" }
      if words.contains("point") || words.contains("nought") || words.contains("naught") && words.count > 1 {
        return "decimals read aloud (\"point\", \"nought\"): news copy writes them in digits"
      }
      if c.expected.contains("subtype=fraction") && isSpokenFraction(words) {
        return
          "spoken fractions with compound denominators or ratios (\"thirty fifths\", \"one over three\"): ambiguous, and written in digits in news"
      }
      if ["lkh", "lkhs", "lac", "cr", "koti", "kr", "l"].contains(where: words.contains) || hasIndianGrouping(text) {
        return "abbreviated Indian scales (lkh, cr, koti) and Indian digit grouping (12,34,567)"
      }
      if hasDecimalComma(text) { return "decimal commas (continental notation)" }
      return nil
    default:
      return nil
    }
  }

  /// "one twenty two": a number read aloud in groups of digits.
  private static func isReadInGroups(_ words: [String]) -> Bool {
    guard words.count >= 2, words.count <= 4, let first = Lexicon.units[words[0]], first >= 1, first <= 9 else {
      return false
    }
    return Lexicon.tens[words[1]] != nil
  }

  /// "the 27th", "22nd", "the thirty first": numbers and ordinals with no month, weekday or year.
  private static func isLoneDay(_ words: [String]) -> Bool {
    guard !words.isEmpty, words.count <= 4 else { return false }
    return words.allSatisfy { w in
      let bare = w.trimmingScalars(where: \.isPunctuation)
      if bare == "the" || Lexicon.ordinalUnits[bare] != nil || Lexicon.tens[bare] != nil || Lexicon.units[bare] != nil {
        return true
      }
      let digits = bare.prefix { $0.isNumber }
      return !digits.isEmpty && digits.count <= 2
        && (digits.count == bare.count || Lexicon.ordinalSuffixes.contains(String(bare.dropFirst(digits.count))))
    }
  }

  /// Whether `span` lies inside a date written in figures in `input`.
  private static func isInsideFigureDate(_ span: String, input: String) -> Bool {
    let bytes = Array(input.utf8)
    let needle = Array(span.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      for start in buffer.indices {
        guard let date = NumericDate.read(buffer, at: start) else { continue }
        let text = buffer[start..<date.end]
        guard text.count >= needle.count else { continue }
        for k in start...(date.end - needle.count) where buffer[k..<k + needle.count].elementsEqual(needle) {
          return true
        }
      }
      return false
    }
  }

  /// Whether `text` is a figure ("-.0012", "10") followed by one of `suffixes`.
  private static func isFigureThen(_ text: String, suffixes: [String]) -> Bool {
    guard let suffix = suffixes.first(where: text.hasSuffix) else { return false }
    let figure = text.dropLast(suffix.count)
    return figure.contains(where: \.isNumber)
      && figure.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" || $0 == "," }
  }

  private static func hasExponent(_ text: String) -> Bool {
    let u = Array(text.utf8)
    for i in 1..<max(1, u.count - 1) where u[i] == 0x65 {  // e
      let before = u[i - 1]
      let after = u[i + 1]
      if before >= 0x30 && before <= 0x39 && (after >= 0x30 && after <= 0x39 || after == 0x2D || after == 0x2B) {
        return true
      }
    }
    return false
  }

  private static let tens: Set<String> = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
  ]
  private static let largeDenominators = ["hundredth", "thousandth", "millionth", "billionth", "trillionth"]

  private static func isSpokenFraction(_ words: [String]) -> Bool {
    if words.contains("over") || words.contains("out") || words.contains("in") { return true }
    if words.contains(where: { w in largeDenominators.contains { w.hasPrefix($0) } }) { return true }
    // A tens or hundreds word right before an ordinal denominator: "twenty fifths", "thirty-firsts".
    for (a, b) in zip(words, words.dropFirst()) where tens.contains(a) {
      let ordinal = b.hasSuffix("s") ? String(b.dropLast()) : b
      if Lexicon.ordinalUnits[ordinal] != nil { return true }
    }
    return false
  }

  private static func hasIndianGrouping(_ text: String) -> Bool {
    // "12,34,567": a group of two digits between commas.
    let u = Array(text.utf8)
    for i in 0..<max(0, u.count - 3) where u[i] == 0x2C {
      if u[i + 1] >= 0x30 && u[i + 1] <= 0x39 && u[i + 2] >= 0x30 && u[i + 2] <= 0x39 && u[i + 3] == 0x2C {
        return true
      }
    }
    return false
  }

  private static func hasDecimalComma(_ text: String) -> Bool {
    // "1,3" or "5,00" at the end of a figure: one or two digits after the comma.
    let u = Array(text.utf8)
    for i in 1..<max(1, u.count - 1) where u[i] == 0x2C && u[i - 1] >= 0x30 && u[i - 1] <= 0x39 {
      var k = i + 1
      while k < u.count && u[k] >= 0x30 && u[k] <= 0x39 { k += 1 }
      if k - i - 1 == 1 || k - i - 1 == 2 { return true }
    }
    return false
  }
}
