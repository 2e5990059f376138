/// A number read from tokens: its value, where it ends, and how it was written.
struct NumberMatch {
  /// The first token of the number (a sign or "minus" included).
  var start: Int = -1
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
  /// Numbers already read, by token: every reader of a sentence asks at the same tokens.
  private let memo: Memo

  init(c: TokenCursor) {
    self.c = c
    self.memo = Memo(count: c.tokens.count)
  }

  /// The reading at each token, filled in as readers ask (one document, one thread).
  /// Its storage is fixed at creation and written through pointers, so that reading
  /// it costs no exclusivity check, as a class's `var` arrays would on every access.
  private final class Memo {
    /// Whether the token's reading is known, then the reading, by token.
    let known: UnsafeMutableBufferPointer<Bool>
    let matches: UnsafeMutableBufferPointer<NumberMatch?>

    init(count: Int) {
      known = .allocate(capacity: count)
      known.initialize(repeating: false)
      matches = .allocate(capacity: count)
      matches.initialize(repeating: nil)
    }

    deinit {
      known.deallocate()
      matches.deallocate()
    }
  }

  /// Reads a number starting at token `i`: a sign ("-5", "minus five") or the number itself.
  func read(at i: Int) -> NumberMatch? {
    guard i >= 0 && i < memo.known.count else { return nil }
    if memo.known[i] { return memo.matches[i] }
    let match = readSigned(at: i)
    memo.known[i] = true
    memo.matches[i] = match
    return match
  }

  private func readSigned(at i: Int) -> NumberMatch? {
    guard let token = c.at(i) else { return nil }
    // "minus five", "negative 1200000".
    if token.kind == .word, c.form(i).equals("minus") || c.form(i).equals("negative"), c.sameSentence(i, i + 1),
      var match = readUnsigned(at: i + 1), !match.isOrdinal
    {
      match.value = -match.value
      match.start = i
      return match
    }
    // "-5": a hyphen glued to the digits, not to anything before it.
    if token.kind == .punct, c.form(i).equals("-"), c.touching(i), c.at(i + 1)?.kind == .number,
      i == 0 || c.tokens[i].spaceBefore || c.tokens[i].lineBreakBefore || c.isPunct(i - 1, "<")
        || c.isPunct(i - 1, "(")
    {
      guard var match = readUnsigned(at: i + 1) else { return nil }
      match.value = -match.value
      match.start = i
      return match
    }
    return readUnsigned(at: i)
  }

  private func readUnsigned(at i: Int) -> NumberMatch? {
    guard let token = c.at(i) else { return nil }
    var match: NumberMatch?
    if token.kind == .number { match = readDigits(at: i) }
    if token.kind == .word { match = readWords(at: i) }
    if token.kind == .punct, let fraction = Lexicon.vulgarFractions[c.form(i)] {
      match = NumberMatch(value: fraction, end: i + 1, isDigits: true)
    }
    guard var found = match else { return nil }
    // "the one you mentioned", "this one": a pronoun, not a number.
    if c.form(i).equals("one"), found.end == i + 1, c.isWord(i - 1, in: Self.listedDeterminers) {
      return nil
    }
    found.start = i
    if !found.isOrdinal { found = withDozens(found) }
    // A figure restated in brackets: "five (5) days".
    if c.isPunct(found.end, "("), let figure = c.at(found.end + 1), figure.kind == .number,
      DecimalText.value(c.form(found.end + 1)) == found.value, c.isPunct(found.end + 2, ")"), c.touching(found.end),
      c.touching(found.end + 1)
    {
      found.end += 3
    }
    return found
  }

  /// "2 dozens", "three dozen", "200 dozens".
  private func withDozens(_ m: NumberMatch) -> NumberMatch {
    guard c.listed(Self.listedDozenWords, m.end) != nil, c.sameSentence(m.end - 1, m.end) else { return m }
    var out = m
    out.value *= 12
    out.end += 1
    out.mayBeYear = false
    return out
  }

  private func readDigits(at i: Int) -> NumberMatch? {
    let token = c.tokens[i]
    // A figure glued to letters is part of a name: "Su-35", "F16", "COVID-19".
    if i > 0 && !token.spaceBefore {
      let previous = c.tokens[i - 1]
      if previous.kind == .word && !c.isWord(i - 1, in: Currency.listedCodes) { return nil }
      if previous.kind == .punct && c.form(i - 1).equals("-") && i > 1 && !previous.spaceBefore
        && c.tokens[i - 2].kind == .word && !c.isWord(i - 2, "for")
      {
        return nil
      }
    }
    let digits = c.form(i)
    guard var value = DecimalText.value(digits), value.isFinite || digits.utf8.count > 300 else { return nil }
    if !value.isFinite { value = .infinity }
    var match = NumberMatch(value: value, end: i + 1, isDigits: true)
    let rawDigits = digits
    match.mayBeYear =
      rawDigits.utf8.count == 4 && !c.bytes[token.start..<token.end].contains(0x2C) && value >= 1000 && value <= 2100
    // Attached suffix: ordinal or scale.
    if c.touching(i), let suffix = c.word(i + 1) {
      if c.isWord(i + 1, in: Lexicon.listedOrdinalSuffixes) && value == value.rounded() {
        match.isOrdinal = true
        match.end = i + 2
        match.mayBeYear = false
        return match
      }
      if let scale = c.wordValue(Lexicon.listedScaleSuffixes, i + 1), !c.touching(i + 1) || c.at(i + 2)?.kind == .punct
      {
        match.value = value * scale
        match.end = i + 2
        match.mayBeYear = false
        return match
      }
      // "3day", "3.5years": the unit glued to the figure; "115.5USD": the currency.
      if c.listed(Lexicon.listedTimeUnits, i + 1) != nil && suffix.utf8.count > 1 { return match }
      if c.isWord(i + 1, in: Currency.listedCodes) { return match }
      return nil  // "4x4", "3D": not a plain number
    }
    // Fractions in digits: "3/4", "1/5" (not dates such as "5/17/2018").
    if c.isPunct(i + 1, "/"), c.touching(i), c.touching(i + 1), let denominator = c.at(i + 2),
      denominator.kind == .number, let d = DecimalText.value(c.form(i + 2)), d != 0,
      !(c.isPunct(i + 3, "/") && c.touching(i + 2)), !digits.containsUTF8(0x2E)
    {
      match.value = value / d
      match.end = i + 3
      match.mayBeYear = false
      return match
    }
    // A whole number and a vulgar fraction: "1½".
    if c.touching(i), let next = c.at(i + 1), next.kind == .punct,
      let fraction = Lexicon.vulgarFractions[c.form(i + 1)],
      !digits.containsUTF8(0x2E)
    {
      match.value += fraction
      match.end = i + 2
      match.mayBeYear = false
      return match
    }
    // A whole number and a fraction: "2 1/4".
    if let next = c.at(i + 1), next.kind == .number, next.spaceBefore, !next.lineBreakBefore, c.isPunct(i + 2, "/"),
      c.touching(i + 1), c.touching(i + 2), let d = c.formAt(i + 3).flatMap(DecimalText.value), d != 0,
      let numerator = DecimalText.value(c.form(i + 1)), numerator < d, !digits.containsUTF8(0x2E)
    {
      match.value = value + numerator / d
      match.end = i + 4
      match.mayBeYear = false
      return match
    }
    // A spaced scale suffix at the end of a clause: "2.33 k", "10 bln", "1.5 M" (a capital
    // M: a lower-case one is metres).
    if let w = c.word(i + 1),
      c.isWord(i + 1, in: Lexicon.listedSpacedScaleSuffixes)
        || (w.equals("m") && c.bytes[c.tokens[i + 1].start] == 0x4D),
      let scale = c.wordValue(Lexicon.listedScaleSuffixes, i + 1),
      (c.at(i + 2).map { $0.kind == .punct } ?? true) || c.formAt(i + 2) == "or" || c.formAt(i + 2) == "and"
    {
      match.value *= scale
      match.end = i + 2
      match.mayBeYear = false
      return match
    }
    // Scale words: "12 million", "1.5 billion", "3 hundred thousand".
    var j = i + 1
    var lastScale = 1.0
    while let scale = c.listed(Lexicon.listedScales, j), c.sameSentence(i, j) {
      match.value *= scale
      lastScale = scale
      j += 1
      match.end = j
      match.mayBeYear = false
    }
    // "4 thousand 3 hundred", "3 hundred and 21": figures with falling scales.
    while lastScale >= 100, let next = c.at(match.end), c.sameSentence(i, match.end) {
      if next.kind == .number, let v = DecimalText.value(c.form(match.end)), v < 1000,
        let scale = c.listed(Lexicon.listedScales, match.end + 1), scale < lastScale
      {
        match.value += v * scale
        lastScale = scale
        match.end += 2
      } else if lastScale >= 1000, c.form(match.end).equals("and"),
        c.listed(Lexicon.listedUnits, match.end + 1) != nil,
        let words = readWords(at: match.end + 1), !words.isOrdinal, words.value >= 1, words.value < lastScale,
        !c.isWord(i - 1, "between"), !c.isWord(i - 1, "from")
      {
        // "6 crore and two hundred".
        match.value += words.value
        match.end = words.end
        break
      } else if lastScale == 100, c.form(match.end).equals("and"), let figure = c.at(match.end + 1),
        figure.kind == .number,
        let v = DecimalText.value(c.form(match.end + 1)), v >= 1, v < 100,
        c.listed(Lexicon.listedScales, match.end + 2) == nil
      {
        match.value += v
        match.end += 2
        break
      } else {
        break
      }
    }
    if let (fraction, after) = fractionTail(at: match.end) {
      match.value += fraction * lastScale
      match.end = after
      match.mayBeYear = false
      if lastScale == 1, let (big, next) = largeScale(at: after, sentenceOf: i) {
        match.value *= big
        match.end = next
      }
    }
    return match
  }

  /// Every word a number in words can start with; a longer word may be a
  /// concatenated ordinal ("twentyfifth"). One lookup rules out most words.
  static let startWords = WordSet(
    ["quarter", "half", "a", "an"] + Lexicon.units.keys + Lexicon.tens.keys + Lexicon.scales.keys
      + Lexicon.ordinalUnits.keys)

  /// The words after "a" or "an" that make a number of them: "a quarter million", "a
  /// half", "a third", "a thousand", "a dozen", "a couple of".
  static let wordsAfterArticle = WordSet(
    ["quarter", "half"] + Lexicon.fractions.keys + Lexicon.scales.keys + Lexicon.collective.keys)

  private func readWords(at i: Int) -> NumberMatch? {
    guard let first = c.word(i), c.listed(Self.listedStartWords, i) != nil || first.utf8.count >= 10 else {
      return nil
    }
    // Most articles count nothing: one lookup of the next word turns them away.
    if first.equals("a") || first.equals("an") {
      guard c.isWord(i + 1, in: Self.listedWordsAfterArticle) else { return nil }
    }
    var j = i
    var total = 0.0
    var current = 0.0
    var sawNumber = false
    var lastWasUnit = false
    var lastWasTen = false
    var lastScale = Double.infinity
    var ordinal = false
    // "a quarter million", "quarter million".
    if first.equals("quarter") || (first.equals("a") && c.isWord(i + 1, "quarter")) {
      let k = first.equals("quarter") ? i + 1 : i + 2
      if let scale = c.listed(Lexicon.listedScales, k), scale >= 1000, c.sameSentence(i, k) {
        return NumberMatch(value: scale / 4, end: k + 1, isDigits: false)
      }
    }
    // "half a million", "half million", "a half million".
    if first.equals("half") || (first.equals("a") && c.isWord(i + 1, "half")) {
      var k = first.equals("half") ? i + 1 : i + 2
      if first.equals("half"), c.isWord(k, "a") { k += 1 }
      if let scale = c.listed(Lexicon.listedScales, k), scale >= 1000, c.sameSentence(i, k) {
        return NumberMatch(value: scale / 2, end: k + 1, isDigits: false)
      }
      // "a half" on its own, before "of" or at the end of a clause: one half.
      if first.equals("a"), (c.at(i + 2).map { $0.kind == .punct } ?? true) || c.formAt(i + 2) == "of" {
        return NumberMatch(value: 0.5, end: i + 2, isDigits: false)
      }
      // "more than half", "nearly half": a hedged half is the number 0.5.
      if first.equals("half"), let before = c.word(i - 1), Self.hedgesBeforeHalf.contains(before),
        !c.isWord(i + 1, "of")
      {
        return NumberMatch(value: 0.5, end: i + 1, isDigits: false)
      }
      if first.equals("half") { return nil }
    }
    // "a quarter", "a fifth" standing alone or before "of": fractions, not ordinals.
    if first.equals("a"), let fraction = c.wordValue(Lexicon.listedFractions, i + 1), let next = c.word(i + 1),
      !next.hasUTF8Suffix("s"),
      next != "second", (c.at(i + 2).map { $0.kind == .punct } ?? true) || c.formAt(i + 2) == "of"
    {
      return NumberMatch(value: fraction, end: i + 2, isDigits: false)
    }
    // Concatenated ordinals: "twentyfifth", "fortysecond".
    if let (value, _) = Self.splitOrdinal(first) {
      return NumberMatch(value: value, end: i + 1, isOrdinal: true, isDigits: false)
    }
    // "a thousand", "a hundred", "a dozen", "an eighth" (not "a second meeting").
    if first.equals("a") || first.equals("an"), let next = c.word(i + 1), c.sameSentence(i, i + 1) {
      if let scale = c.listed(Lexicon.listedScales, i + 1) {
        current = scale
        j = i + 2
        sawNumber = true
        lastScale = scale
        if scale >= 1000 {
          total = scale
          current = 0
        }
      } else if let collective = c.wordValue(Lexicon.listedCollective, i + 1),
        next.equals("dozen") || next.equals("couple") || next.equals("pair")
      {
        current = collective
        j = i + 2
        sawNumber = true
        if c.isWord(j, "of") { j += 1 }
        return NumberMatch(value: current, end: j, isDigits: false)
      } else {
        return nil
      }
    }
    // Every word that continues a number is listed: "hundred", "dozen" and the keys of the
    // tables below.
    while let w = c.listedWord(j), c.sameSentence(i, j) {
      if let v = c.listed(Lexicon.listedUnits, j) {
        if lastWasUnit || (sawNumber && !lastWasTen && current.truncatingRemainder(dividingBy: 100) != 0) {
          break
        }
        current += v
        lastWasUnit = true
        lastWasTen = false
      } else if let v = c.listed(Lexicon.listedTens, j) {
        if lastWasUnit || lastWasTen || current.truncatingRemainder(dividingBy: 100) != 0 { break }
        current += v
        lastWasTen = true
      } else if w.equals("hundred") {
        current = (current == 0 ? 1 : current) * 100
        lastWasUnit = false
        lastWasTen = false
      } else if let scale = c.listed(Lexicon.listedScales, j), scale >= 1000 {
        // "three thousand million", "three lakh crore": a larger scale right after a scale multiplies.
        if scale > lastScale, current == 0, total > 0, let before = c.word(j - 1), Lexicon.scales[before] != nil {
          total *= scale
          lastScale = scale
          j += 1
          continue
        }
        guard scale < lastScale || current > 0 else { break }
        total += (current == 0 ? 1 : current) * scale
        current = 0
        lastScale = scale
        lastWasUnit = false
        lastWasTen = false
      } else if w.equals("dozen") && sawNumber {
        current *= 12
        lastWasUnit = false
      } else if let v = c.listed(Lexicon.listedOrdinalUnits, j) {
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
      // Joiners: "twenty-five", "fifty - two", "one hundred and five", "twenty and four".
      if isHyphenJoiner(j),
        c.listed(Lexicon.listedUnits, j + 1) != nil || c.listed(Lexicon.listedOrdinalUnits, j + 1) != nil,
        lastWasTen
      {
        j += 1
      } else if c.isWord(j, "and"), c.sameSentence(j, j + 1),
        c.listed(Lexicon.listedUnits, j + 1).map({ $0 > 0 }) ?? (c.listed(Lexicon.listedTens, j + 1) != nil),
        c.wordValue(Lexicon.listedFractions, j + 2) == nil,
        current.truncatingRemainder(dividingBy: 100) == 0 || current == 0
          || (lastWasTen && c.listed(Lexicon.listedUnits, j + 1).map({ $0 < 10 }) ?? false
            && isTensAndUnit(from: i, unitAt: j + 1))
      {
        j += 1
      }
    }
    guard sawNumber, j > i else { return nil }
    // A bare plural such as "hundreds" or "thousands" is not a number; after one it
    // multiplies: "three thousand millions".
    if !ordinal, total + current >= 1000, let w = c.word(j), w.hasUTF8Suffix("s"),
      let scale = Lexicon.scales[w.droppingLastUTF8(1)], scale >= 1e6, c.sameSentence(i, j)
    {
      total = (total + current) * scale
      current = 0
      j += 1
    }
    var match = NumberMatch(value: total + current, end: j, isOrdinal: ordinal, isDigits: false)
    // "one and a half", "two and three quarters", "three million and a half",
    // "one billion and a half million".
    if !ordinal, let (fraction, after) = fractionTail(at: j) {
      var scale = lastScale.isFinite && current == 0 && total > 0 ? lastScale : 1
      match.end = after
      if scale > 1, let (smaller, next) = largeScale(at: after, sentenceOf: i), smaller < scale {
        scale = smaller
        match.end = next
      }
      match.value += fraction * scale
      // "five and a half million": the scale applies to the whole.
      if scale == 1, let (big, next) = largeScale(at: after, sentenceOf: i) {
        match.value *= big
        match.end = next
      }
    }
    // "two thirds", "three quarters", "one-eighth".
    var fractionAt = match.end
    if isHyphenJoiner(fractionAt) { fractionAt += 1 }
    if !ordinal, match.value >= 1, match.value < 1000, let w = c.word(fractionAt),
      w.hasUTF8Suffix("s") || match.value == 1,
      let fraction = c.wordValue(Lexicon.listedFractions, fractionAt), w != "second", c.sameSentence(i, fractionAt),
      c.word(fractionAt + 1).map({ Lexicon.timeUnits[$0] == nil && ($0 != "of" || c.isWord(fractionAt + 2, "a")) })
        ?? true
    {
      match.value *= fraction
      match.end = fractionAt + 1
      // "two thirds of a million".
      if c.isWord(match.end, "of"), c.isWord(match.end + 1, "a"),
        let (scale, next) = largeScale(at: match.end + 2, sentenceOf: i)
      {
        match.value *= scale
        match.end = next
      }
    }
    return match
  }

  /// A fraction after "and": "and a half", "and half", "and a quarter", "and three
  /// quarters", "and one fourth". Returns the fraction and the index after it.
  func fractionTail(at j: Int) -> (Double, Int)? {
    guard c.isWord(j, "and"), c.sameSentence(j, j + 1) else { return nil }
    var k = j + 1
    var count = 1.0
    var article = false
    if let w = c.word(k), w.equals("a") || w.equals("an") {
      k += 1
      article = true
    } else if let n = c.listed(Lexicon.listedUnits, k), n >= 1, n < 10,
      c.wordValue(Lexicon.listedFractions, k + 1) != nil
    {
      count = n
      k += 1
    }
    guard let w = c.word(k), c.sameSentence(j, k) else { return nil }
    // "and a thirtieth": after "a", any ordinal from third on names a fraction.
    let ordinalFraction = article ? c.listed(Lexicon.listedOrdinalUnits, k).flatMap({ $0 >= 3 ? 1 / $0 : nil }) : nil
    guard let fraction = c.wordValue(Lexicon.listedFractions, k) ?? ordinalFraction else { return nil }
    if count == 1 && w.hasUTF8Suffix("s") && w != "halves" { return nil }
    return (count * fraction, k + 1)
  }

  /// A hyphen at `j` that joins two number words: glued on both sides ("twenty-five")
  /// or a plain hyphen-minus spaced on both sides ("fifty - two").
  private func isHyphenJoiner(_ j: Int) -> Bool {
    guard c.isPunct(j, "-"), j > 0, c.sameSentence(j - 1, j + 1) else { return false }
    if c.touching(j - 1) && c.touching(j) { return true }
    let t = c.tokens[j]
    return t.end - t.start == 1 && c.bytes[t.start] == 0x2D && !c.touching(j - 1) && !c.touching(j)
      && !c.tokens[j].lineBreakBefore
  }

  /// Whether "and" and the unit word at `k` finish the tens word of a number starting
  /// at `i` ("twenty and four hours"), rather than start a second number ("between
  /// twenty and four hundred").
  private func isTensAndUnit(from i: Int, unitAt k: Int) -> Bool {
    if let before = c.word(i - 1), before.equals("between") || before.equals("from") { return false }
    if let after = c.word(k + 1), Lexicon.scales[after] != nil { return false }
    return true
  }

  /// A scale of a thousand or more at `k` ("million"), in the sentence of token `i`,
  /// and the index after it.
  private func largeScale(at k: Int, sentenceOf i: Int) -> (Double, Int)? {
    guard let w = c.word(k), let scale = Lexicon.scales[w], scale >= 1000, c.sameSentence(i, k) else { return nil }
    return (scale, k + 1)
  }

  /// "dozen" and its abbreviations.
  static let dozenWords: WordSet = ["dozen", "dozens", "doz", "dozs", "dz", "dzs"]

  /// Words before which a lone "one" is a pronoun.
  static let determiners: WordSet = ["the", "this", "that", "which", "each", "every", "any", "another"]

  /// Hedge words after which "half" is a number.
  static let hedgesBeforeHalf: WordSet = [
    "than", "nearly", "almost", "about", "around", "roughly", "approximately", "over", "under",
  ]

  /// The tens words' bytes, with their values.
  private static let tensBytes = Lexicon.tens.pairs.map { (Array($0.utf8), $1) }

  /// "twentyfifth" → 25: a tens word glued to an ordinal unit.
  static func splitOrdinal(_ word: String) -> (Double, Bool)? {
    // A tens word and an ordinal unit have five letters each at least ("fiftyfirst").
    guard word.utf8.count >= 10 else { return nil }
    // Read in place: most long words are no ordinal, and copying each into an array
    // cost more than the search.
    if let found = word.utf8.withContiguousStorageIfAvailable(splitOrdinal(bytes:)) { return found }
    return Array(word.utf8).withUnsafeBufferPointer(splitOrdinal(bytes:))
  }

  private static func splitOrdinal(bytes: UnsafeBufferPointer<UInt8>) -> (Double, Bool)? {
    for (tens, value) in tensBytes
    where bytes[0] == tens[0] && bytes.count > tens.count && bytes[..<tens.count].elementsEqual(tens) {
      // The tens words are ASCII: the rest starts right after them.
      let rest = String(decoding: bytes[tens.count...], as: UTF8.self)
      if let unit = Lexicon.ordinalUnits[rest], unit < 10 { return (value + unit, true) }
    }
    return nil
  }
}
