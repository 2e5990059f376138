/// A number read from tokens: its value, where it ends, and how it was written.
struct NumberMatch {
  /// The value.
  var value: Double
  /// One past the last token of the number.
  var end: Int
  /// Whether the number is an ordinal ("18th", "second").
  var isOrdinal: Bool = false
  /// Whether it was written in digits.
  var isDigits: Bool
  /// Whether the number is a bare four-digit figure that may be a year.
  var mayBeYear: Bool = false
}

/// Reads numbers in digits and in words from a token stream.
///
/// Digits take thousands separators and decimals ("1,000", "1.5"), attached
/// scale suffixes ("3bn") and scale words ("12 million"). Words follow the
/// ordinary grammar of English numerals ("one hundred and five", "twenty-five",
/// "a thousand", "two dozen", "one and a half").
struct NumberReader {
  let c: TokenCursor

  /// Reads a number starting at token `i`.
  func read(at i: Int) -> NumberMatch? {
    guard let token = c.at(i) else { return nil }
    if token.kind == .number { return readDigits(at: i) }
    if token.kind == .word { return readWords(at: i) }
    return nil
  }

  private func readDigits(at i: Int) -> NumberMatch? {
    let token = c.tokens[i]
    // A figure glued to letters is part of a name: "Su-35", "F16", "COVID-19".
    if i > 0 && !token.spaceBefore {
      let previous = c.tokens[i - 1]
      if previous.kind == .word { return nil }
      if previous.kind == .punct && previous.text == "-" && i > 1 && !previous.spaceBefore
        && c.tokens[i - 2].kind == .word && c.word(i - 2) != "for"
      {
        return nil
      }
    }
    guard var value = Double(token.text), value.isFinite || token.text.utf8.count > 300 else { return nil }
    if !value.isFinite { value = .infinity }
    var match = NumberMatch(value: value, end: i + 1, isDigits: true)
    let rawDigits = token.text
    match.mayBeYear = rawDigits.utf8.count == 4 && !c.text(i..<i + 1).contains(",") && value >= 1000 && value <= 2100
    // Attached suffix: ordinal or scale.
    if c.touching(i), let suffix = c.word(i + 1) {
      if Lexicon.ordinalSuffixes.contains(suffix) && value == value.rounded() {
        match.isOrdinal = true
        match.end = i + 2
        match.mayBeYear = false
        return match
      }
      if let scale = Lexicon.scaleSuffixes[suffix], !c.touching(i + 1) || c.at(i + 2)?.kind == .punct {
        match.value = value * scale
        match.end = i + 2
        match.mayBeYear = false
        return match
      }
      return nil  // "4x4", "3D": not a plain number
    }
    // Scale words: "12 million", "1.5 billion", "3 hundred thousand".
    var j = i + 1
    while let w = c.word(j), c.sameSentence(i, j), let scale = Lexicon.scales[w] {
      match.value *= scale
      j += 1
      match.end = j
      match.mayBeYear = false
    }
    return match
  }

  private func readWords(at i: Int) -> NumberMatch? {
    guard let first = c.word(i) else { return nil }
    var j = i
    var total = 0.0
    var current = 0.0
    var sawNumber = false
    var lastWasUnit = false
    var lastWasTen = false
    var lastScale = Double.infinity
    var ordinal = false
    // "a thousand", "a hundred", "a dozen", "an eighth" (not "a second meeting").
    if first == "a" || first == "an", let next = c.word(i + 1), c.sameSentence(i, i + 1) {
      if let scale = Lexicon.scales[next] {
        current = scale
        j = i + 2
        sawNumber = true
        lastScale = scale
        if scale >= 1000 {
          total = scale
          current = 0
        }
      } else if let collective = Lexicon.collective[next], next == "dozen" || next == "couple" || next == "pair" {
        current = collective
        j = i + 2
        sawNumber = true
        if next != "dozen", c.word(j) == "of" { j += 1 }
        return NumberMatch(value: current, end: j, isDigits: false)
      } else {
        return nil
      }
    }
    while let w = c.word(j), c.sameSentence(i, j) {
      if let v = Lexicon.units[w] {
        if lastWasUnit || (sawNumber && !lastWasTen && current.truncatingRemainder(dividingBy: 100) != 0) {
          break
        }
        current += v
        lastWasUnit = true
        lastWasTen = false
      } else if let v = Lexicon.tens[w] {
        if lastWasUnit || lastWasTen || current.truncatingRemainder(dividingBy: 100) != 0 { break }
        current += v
        lastWasTen = true
      } else if w == "hundred" {
        current = (current == 0 ? 1 : current) * 100
        lastWasUnit = false
        lastWasTen = false
      } else if let scale = Lexicon.scales[w], scale >= 1000 {
        guard scale < lastScale || current > 0 else { break }
        total += (current == 0 ? 1 : current) * scale
        current = 0
        lastScale = scale
        lastWasUnit = false
        lastWasTen = false
      } else if w == "dozen" && sawNumber {
        current *= 12
        lastWasUnit = false
      } else if let v = Lexicon.ordinalUnits[w] {
        // "twenty-first", "one hundredth"; a lone "second" is an ordinal too.
        if lastWasUnit && v < 100 { break }
        if v >= 100 {
          current = (current == 0 ? 1 : current) * v
        } else {
          current += v
        }
        ordinal = true
        sawNumber = true
        j += 1
        break
      } else {
        break
      }
      sawNumber = true
      j += 1
      // Joiners: "twenty-five", "one hundred and five".
      if c.isPunct(j, "-") && c.touching(j - 1) && c.touching(j), let next = c.word(j + 1),
        Lexicon.units[next] != nil || Lexicon.ordinalUnits[next] != nil, lastWasTen
      {
        j += 1
      } else if c.word(j) == "and", let next = c.word(j + 1), c.sameSentence(j, j + 1),
        Lexicon.units[next] != nil || Lexicon.tens[next] != nil,
        current.truncatingRemainder(dividingBy: 100) == 0 || current == 0
      {
        j += 1
      }
    }
    guard sawNumber, j > i else { return nil }
    // A bare plural such as "hundreds" or "thousands" is not a number.
    var match = NumberMatch(value: total + current, end: j, isOrdinal: ordinal, isDigits: false)
    // "one and a half", "two and a quarter".
    if !ordinal, c.word(j) == "and", c.word(j + 1) == "a" || c.word(j + 1) == "an",
      let fraction = c.word(j + 2).flatMap({ Lexicon.fractions[$0] }), c.sameSentence(j, j + 2)
    {
      match.value += fraction
      match.end = j + 3
    }
    // "two thirds", "three quarters".
    if !ordinal, match.value >= 1, match.value < 20, let w = c.word(match.end), w.hasSuffix("s") || match.value == 1,
      let fraction = Lexicon.fractions[w], w != "second", c.sameSentence(i, match.end)
    {
      match.value *= fraction
      match.end += 1
    }
    return match
  }
}
