/// Reads numeric facts from one sentence: counts with their counted noun,
/// plain numbers, percentages, ordinals, ranges, exchange forms, durations and
/// dates, each widened by its hedge into an interval.
struct QuantityReader {
  let c: TokenCursor
  private let numbers: NumberReader
  private let dates: DateReader
  private let durations: DurationReader
  private let relativeDates: RelativeDateReader
  /// The kinds of fact to make: a reading of another kind is stepped over whole,
  /// so the readings after it start where they would, but no fact is built for it.
  private let kinds: FactKindSet

  init(cursor: TokenCursor, kinds: FactKindSet = .all) {
    c = cursor
    self.kinds = kinds
    // One number reader, so that its readings are shared by every reader.
    numbers = NumberReader(c: cursor)
    dates = DateReader(c: cursor)
    durations = DurationReader(c: cursor, numbers: numbers)
    relativeDates = RelativeDateReader(c: cursor, numbers: numbers)
  }

  /// Appends all numeric facts of `sentence` to `facts` (the document's, which grow
  /// sentence by sentence with no array made for each).
  func read(_ sentence: Sentence, into facts: inout [Fact]) {
    var j = sentence.tokens.lowerBound
    let end = sentence.tokens.upperBound
    let sentenceSpan = Span(file: c.file, start: sentence.start, end: sentence.end)
    // A duration ends with a unit of time in its sentence: none starts at or after the last.
    var lastTimeUnit = -1
    for k in sentence.tokens where c.listed(Lexicon.listedTimeUnits, k) != nil { lastTimeUnit = k }
    while j < end {
      // No reading can start this far before the next anchor: skip ahead.
      let anchor = Int(c.nextAnchor[j])
      if anchor >= end { break }
      if anchor - j > Anchors.reach {
        j = anchor - Anchors.reach
        continue
      }
      // Each reader is tried only where it can start.
      let starts = c.starts[j]
      if let date = (starts.contains(.relativeDate) ? relativeDates.read(at: j).map(DateReader.Match.init) : nil)
        ?? (starts.contains(.date) ? dates.read(at: j) : nil)
      {
        guard kinds.contains(date.kind) else {
          j = date.range.upperBound
          continue
        }
        var fact = makeFact(kind: date.kind, range: date.range, sentence: sentenceSpan)
        var qualifiers = date.qualifiers
        if date.kind == .date, let since = c.word(j - 1),
          since.equals("since") || since.equals("until") || since.equals("before") || since.equals("after")
        {
          qualifiers.append(since)
        }
        fact.update { fields in
          fields.value = date.value
          fields.unit = date.unit
          fields.qualifiers = qualifiers
        }
        facts.append(fact)
        j = date.range.upperBound
        continue
      }
      if starts.contains(.percentOf), let (fact, next) = readPercentOf(at: j, sentence: sentenceSpan) {
        if let fact { facts.append(fact) }
        j = next
        continue
      }
      if starts.contains(.vaguePlural), let (fact, next) = readVaguePlural(at: j, sentence: sentenceSpan) {
        if let fact { facts.append(fact) }
        j = next
        continue
      }
      if starts.contains(.duration), j < lastTimeUnit, let (fact, next) = readDuration(at: j, sentence: sentenceSpan) {
        if let fact { facts.append(fact) }
        j = next
        continue
      }
      if starts.contains(.money), let (fact, next) = readSignedMoney(at: j, sentence: sentenceSpan) {
        if let fact { facts.append(fact) }
        j = next
        continue
      }
      if starts.contains(.number), let match = numbers.read(at: j) {
        let (fact, next) = build(match, at: j, sentence: sentenceSpan)
        if let fact { facts.append(fact) }
        j = max(next, j + 1)
        continue
      }
      j += 1
    }
  }

  // MARK: - Building one fact

  private func build(_ m: NumberMatch, at start: Int, sentence: Span) -> (Fact?, Int) {
    var end = m.end
    var value = Interval.exactly(m.value)
    var kind: FactKind = m.isOrdinal ? .ordinal : .number
    var unit: String?
    var qualifiers: [String] = []
    var perSide: (String, Span)?
    // Exchange form: "1,000-for-1,000", "1000 for 1000", "a thousand for a thousand".
    var k = end
    let hyphenated = c.isPunct(k, "-") && c.touching(k - 1)
    if hyphenated { k += 1 }
    if c.isWord(k, "for") {
      var n = k + 1
      if hyphenated && c.isPunct(n, "-") { n += 1 }
      if let second = numbers.read(at: n), second.value == m.value, !second.isOrdinal {
        qualifiers.append("exchange")
        perSide = ("\(c.text(start..<second.end))", c.span(start..<second.end))
        end = second.end
      }
    }
    // Codes, not quantities: "+1-222-2222-2222", "1995-01".
    if isCode(from: start, end: end) { return (nil, skipCode(from: end)) }
    // Ranges: "500-1,000", "between 10 and 20", "from 10 to 20", "10 to 20", "20 through 100", "20~100".
    var first = start
    if qualifiers.isEmpty, !m.isOrdinal {
      // "between" or "from" opens a range only in the same sentence (not across a line break).
      let opener = c.sameSentence(start - 1, start) ? c.word(start - 1) : nil
      var joiner = end
      var isRange = false
      if (c.isPunct(joiner, "-") || c.isPunct(joiner, "~")) && c.touching(joiner - 1) == c.touching(joiner) {
        joiner += 1
        isRange = true
      } else if c.isWord(joiner, "to") || c.isWord(joiner, "through")
        || (c.isWord(joiner, "and") && opener == "between")
      {
        joiner += 1
        isRange = true
      }
      if isRange, let second = numbers.read(at: joiner), !second.isOrdinal, second.value > m.value,
        !isCode(from: joiner, end: second.end)
      {
        value = Interval(lower: m.value, upper: second.value)
        qualifiers.append("range")
        end = second.end
        if opener == "between" || opener == "from" { first = start - 1 }
      }
    }
    // Postfix hedge: "500 or more"; "equal to 5000 or less".
    var hedge: Hedge?
    var hedgeText: String?
    // Tested before the loop: a `where` clause would copy every phrase out of the table.
    let mayHavePostfix = c.isWord(end, in: Hedge.listedPostfixFirstWords)
    for (phrase, h) in mayHavePostfix ? Hedge.postfixes : [] where c.matches(phrase, at: end) {
      // "5000 or less than 6000", "12 and more than 194": the words start another bound.
      var after = end + phrase.count
      // "5000 or more than" at the end of a clause: the "than" compares with nothing.
      if c.isWord(after, "than"), !c.sameSentence(after, after + 1) || c.at(after + 1)?.kind == .punct {
        after += 1
      }
      if c.isWord(after, "than") || c.at(after)?.kind == .number { break }
      hedge = h
      hedgeText = c.lowercasedText(end..<after)
      end = after
      if c.matches(["equal", "to"], at: start - 2) { first = start - 2 }
      break
    }
    if hedge == nil, c.isPunct(end, "+"), c.touching(end - 1) {
      hedge = .atLeast
      hedgeText = "+"
      end += 1
    }
    // Prefix hedge: "at least 4", "just over an hour", "greater than or equal to 30", ">= 30".
    if hedge == nil, first == start, let (h, at, text) = prefixHedge(before: start) {
      hedge = h
      hedgeText = text
      first = at
      // "less than 5000 or equal", "more than 5000 or equal to".
      if h == .moreThan || h == .under, c.matches(["or", "equal"], at: end),
        c.at(end + (c.isWord(end + 2, "to") ? 3 : 2))?.kind != .number
      {
        hedge = h == .moreThan ? .atLeast : .upTo
        end += c.isWord(end + 2, "to") ? 3 : 2
      }
    }
    if c.isWord(start - 1, "total") && c.isWord(start - 2, "of")
      || c.isWord(start - 2, "total") && c.isWord(start - 1, "of")
    {
      qualifiers.append("total")
    }
    // Percentages.
    if c.isPunct(end, "%") {
      kind = .percentage
      unit = "%"
      end += 1
    } else if let w = c.word(end),
      w.equals("percent") || w.equals("percents") || w.equals("pct") || w.equals("percentage")
    {
      kind = .percentage
      unit = "%"
      end += 1
    } else if c.isWord(end, "per"), c.isWord(end + 1, "cent") {
      kind = .percentage
      unit = "%"
      end += 2
    }
    // Money after the amount: "420 million finnish markka", "3 dollars 50 cents", "12-cent", "10 €".
    if kind == .number, !m.isOrdinal, let (currency, after, extra) = currencyWord(at: end) {
      kind = .money
      unit = currency
      // "75 USD million": the scale after the code.
      if extra == 0, c.isWord(after - 1, in: Currency.listedCodes), let scale = c.listed(Lexicon.listedScales, after),
        scale >= 1e6, c.sameSentence(after - 1, after)
      {
        value = value * .exactly(scale)
        end = after + 1
      } else {
        value = value + .exactly(extra)
        end = after
      }
    } else if kind == .number, !m.isOrdinal, let currency = millionsCurrency(at: end) {
      // "30 MUSD": millions of US dollars.
      kind = .money
      unit = currency
      value = value * .exactly(1e6)
      end += 1
    } else if kind == .number, !m.isOrdinal, let t = c.at(end), t.kind == .punct,
      let currency = Currency.signs[c.form(end)],
      c.at(end + 1).map({ $0.kind != .number }) ?? true
    {
      kind = .money
      unit = currency
      end += 1
    }
    // Years: a bare four-digit figure not followed by a plural noun.
    if kind == .number, m.mayBeYear, qualifiers.isEmpty, hedge == nil {
      let next = c.word(end)
      if next == nil || !Inflection.isPlural(next!) || c.at(end)?.isCapitalized == true {
        guard kinds.contains(.date) else { return (nil, end) }
        let year = Int(m.value)
        let lo = CalendarMath.days(year: year, month: 1, day: 1)
        let hi = CalendarMath.days(year: year + 1, month: 1, day: 1)
        var fact = makeFact(kind: .date, range: start..<end, sentence: sentence)
        fact.value = Interval(lower: Double(lo), upper: Double(hi), upperClosed: false)
        fact.unit = "day"
        fact.qualifiers = ["year"]
        if let w = c.word(start - 1), w.equals("since") || w.equals("until") || w.equals("before") || w.equals("after")
        {
          fact.qualifiers.append(w)
        }
        return (fact, end)
      }
    }
    if let hedge { value = applying(hedge, to: value) }
    // A bounded range: "more than 100 and less than 300", "above 1000 and below 1500".
    if let h = hedge, h.isLowerBound, let conjunction = c.word(end),
      conjunction.equals("and") || conjunction.equals("but"),
      let (upper, upperEnd) = upperBound(after: end + 1), upper.upper > value.lower
    {
      value = Interval(
        lower: value.lower, upper: upper.upper, lowerClosed: value.lowerClosed, upperClosed: upper.upperClosed)
      qualifiers.append("range")
      end = upperEnd
    }
    // Counted noun and per-side marker.
    var noun: CountedNoun?
    var afterNoun = end
    if kind == .number || kind == .ordinal {
      if let (n, after) = readNoun(at: end, count: m.value) {
        noun = n
        afterNoun = after
        if kind == .number { kind = .count }
      }
    }
    if perSide == nil, kind == .count || kind == .number, let marker = perSideMarker(at: afterNoun) {
      perSide = marker
      afterNoun += marker.0.spaceSeparatedWordCount
    }
    guard kinds.contains(kind) else { return (nil, max(end, afterNoun)) }
    var fact = makeFact(kind: kind, range: first..<end, sentence: sentence)
    let numberSpan = c.span(start..<(kind == .money ? end : m.end))
    fact.update { fields in
      fields.numberSpan = numberSpan
      fields.setValue(value, stated: m.value)
      fields.unit = unit
      fields.hedge = hedgeText
      fields.qualifiers = qualifiers
      fields.noun = noun
      if let perSide {
        fields.updateDetails { details in
          details.perSideMarker = perSide.0.lowercased()
          details.perSideSpan = perSide.1
        }
      }
      if perSide != nil { fields.set(.perSide, true) }
    }
    return (fact, max(end, afterNoun))
  }

  /// The hedge whose words end right before token `start`, longest first.
  private func prefixHedge(before start: Int) -> (Hedge, Int, String)? {
    // A word before the number is read by its vocabulary id; a sign ("<", "≈") by its form.
    guard start > 0,
      let candidates = c.tokens[start - 1].kind == .word
        ? c.listed(Hedge.listedPrefixesByLastWord, start - 1) : Hedge.prefixesByLastToken[c.form(start - 1)]
    else { return nil }
    // Read where they are in the shared tables (``Hedge/prefixEntries``), not copied out.
    for k in candidates {
      let phrase = Hedge.prefixTokens[Hedge.prefixTokenRanges[k]]
      let at = start - phrase.count
      guard at >= 0, c.matchesTokens(phrase, at: at), c.sameSentence(at, start) else { continue }
      // A sign must not be part of a longer run of signs ("<>30", "=>30").
      if c.tokens[at].kind == .punct, at > 0, c.tokens[at - 1].kind == .punct, c.touching(at - 1) { continue }
      return (Hedge.prefixEntries[k].hedge, at, Hedge.prefixEntries[k].text)
    }
    return nil
  }

  /// An upper-bound hedge and its number starting at `i`: "less than 300", "below 1500".
  private func upperBound(after i: Int) -> (Interval, Int)? {
    for (phrase, h) in Hedge.prefixes where h.isUpperBound && c.matchesTokens(phrase, at: i) {
      let at = i + phrase.count
      guard let second = numbers.read(at: at), !second.isOrdinal, c.sameSentence(i, at) else { continue }
      return (h.interval(for: second.value), second.end)
    }
    return nil
  }

  /// Whether the number at `start` is part of a code: a phone number ("+1-222-2222"),
  /// or a chain of three or more hyphenated or slashed figures.
  private func isCode(from start: Int, end: Int) -> Bool {
    if c.isPunct(start - 1, "+"), c.touching(start - 1) { return true }
    guard c.isPunct(end, "-") || c.isPunct(end, "/"), c.touching(end - 1), c.touching(end),
      c.at(end + 1)?.kind == .number
    else { return false }
    let next = end + 2
    return (c.isPunct(next, "-") || c.isPunct(next, "/")) && c.touching(next - 1) && c.at(next + 1)?.kind == .number
  }

  /// The index after a chain of figures joined by hyphens or slashes.
  private func skipCode(from i: Int) -> Int {
    var k = i
    while (c.isPunct(k, "-") || c.isPunct(k, "/")) && c.touching(k - 1) && c.touching(k)
      && c.at(k + 1)?.kind == .number
    {
      k += 2
    }
    return k
  }

  private func applying(_ hedge: Hedge, to value: Interval) -> Interval {
    if value.isExact { return hedge.interval(for: value.lower) }
    let low = hedge.interval(for: value.lower)
    let high = hedge.interval(for: value.upper)
    return Interval(
      lower: low.lower, upper: high.upper, lowerClosed: low.lowerClosed, upperClosed: high.upperClosed)
  }

  private func makeFact(kind: FactKind, range: Range<Int>, sentence: Span) -> Fact {
    Fact(
      kind: kind, span: c.span(range), text: c.text(range), sentence: sentence,
      quoted: c.tokens[range.lowerBound].quoted)
  }

  // MARK: - Money

  /// "$ 75 million", "$94,000", "c $ 16.4 million", "US$ 10 billion", "£8.10m".
  private func readSignedMoney(at i: Int, sentence: Span) -> (Fact?, Int)? {
    guard let token = c.at(i) else { return nil }
    var currency: String?
    var signAt = i
    if let prefixed = c.wordValue(Currency.listedDollarPrefixes, i), c.isPunct(i + 1, "$"),
      c.touching(i) || c.isWord(i, "us") || c.isWord(i, "c") || c.isWord(i, "hk")
    {
      currency = prefixed
      signAt = i + 1
    } else if token.kind == .punct, let name = Currency.signs[c.form(i)] {
      currency = name
    } else if c.isWord(i, in: Currency.listedCodes), c.at(i + 1)?.kind == .number {
      currency = c.wordValue(Currency.listedWords, i)
    }
    // "MAUD 60": millions of Australian dollars.
    var scale = 1.0
    if currency == nil, c.at(i + 1)?.kind == .number, let millions = millionsCurrency(at: i) {
      currency = millions
      scale = 1e6
    }
    guard let currency, let number = numbers.read(at: signAt + 1), !number.isOrdinal,
      c.sameSentence(i, signAt + 1)
    else { return nil }
    guard kinds.contains(.money) else { return (nil, number.end) }
    var first = i
    var value = Interval.exactly(number.value * scale)
    var hedgeText: String?
    if let (h, at, text) = prefixHedge(before: i) {
      value = applying(h, to: value)
      hedgeText = text
      first = at
    }
    var fact = makeFact(kind: .money, range: first..<number.end, sentence: sentence)
    let numberSpan = c.span(i..<number.end)
    fact.update { fields in
      fields.setValue(value, stated: number.value * scale)
      fields.unit = currency
      fields.hedge = hedgeText
      fields.numberSpan = numberSpan
    }
    return (fact, number.end)
  }

  /// The currency of "MUSD", "MGBP" at `k`: a code after an "M" for millions, all in capitals.
  private func millionsCurrency(at k: Int) -> String? {
    guard let w = c.word(k), let currency = Currency.millionsCode(w) else { return nil }
    let t = c.tokens[k]
    return c.bytes[t.start..<t.end].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) ? currency : nil
  }

  /// A currency word at `k` (after an optional nationality or a hyphen), and cents that
  /// follow it ("3 dollars 50 cents", "thirteen dollars forty five").
  private func currencyWord(at k: Int) -> (String, Int, Double)? {
    var j = k
    var nation: [String] = []
    if c.isPunct(j, "-"), c.touching(j - 1), c.touching(j) { j += 1 }
    while c.isWord(j, in: Currency.listedNationalities), nation.count < 2 {
      nation.append(c.form(j))
      j += 1
    }
    guard let name = c.wordValue(Currency.listedWords, j), c.sameSentence(k - 1, j) else { return nil }
    // A code glued to the figure ("115.5USD") is the currency; other glued words are not.
    if j == k, !c.tokens[j].spaceBefore, !c.isWord(j, in: Currency.listedCodes) { return nil }
    // "two pounds of meat" is a weight.
    if name.equals("pound") && c.isWord(j + 1, "of") { return nil }
    var unit = nation.isEmpty ? name : (nation + [name]).joined(separator: " ")
    if nation == ["us"] || nation == ["u.s."] { unit = "us dollar" }
    var end = j + 1
    var extra = 0.0
    // Cents after the unit: "3 dollars 50 cents", "17 USD 25", "15 dollars and 15."
    if c.isWord(end, "and"), c.at(end + 1)?.kind == .number,
      (c.at(end + 2).map { $0.kind == .punct } ?? true) || c.formAt(end + 2) == "cents" || c.formAt(end + 2) == "cent"
    {
      end += 1
    }
    if name.hasUTF8Suffix("dollar") || name.equals("euro") || name.equals("pound"), let cents = numbers.read(at: end),
      !cents.isOrdinal,
      cents.value < 100, cents.value == cents.value.rounded(), c.sameSentence(end - 1, end),
      c.word(cents.end).map({ $0 == "cents" || $0 == "cent" || $0 == "pence" || Lexicon.functionWords.contains($0) })
        ?? true
    {
      extra = cents.value / 100
      end = cents.end
      if let w = c.word(end), w.equals("cents") || w.equals("cent") || w.equals("pence") { end += 1 }
    }
    return (unit, end, extra)
  }

  // MARK: - Durations

  /// A duration with its hedge: "just over an hour", "under two hours", "a 30-day ceasefire".
  private func readDuration(at i: Int, sentence: Span) -> (Fact?, Int)? {
    guard let match = durations.read(at: i) else { return nil }
    // "thirty years old" is an age, not a length of time.
    if c.isWord(match.range.upperBound, "old") { return nil }
    var first = i
    var value = match.value
    var hedgeText: String?
    if let (h, at, text) = prefixHedge(before: i) {
      value = applying(h, to: value)
      hedgeText = text
      first = at
    }
    var end = match.range.upperBound
    let numberSpan = c.span(match.range)
    var noun: CountedNoun?
    if match.adjectival, let (read, after) = readNoun(at: end, count: 1) {
      noun = read
      end = after
    }
    guard kinds.contains(.duration) else { return (nil, end) }
    var fact = makeFact(kind: .duration, range: first..<match.range.upperBound, sentence: sentence)
    fact.update { fields in
      fields.value = value
      fields.unit = "s"
      fields.hedge = hedgeText
      fields.numberSpan = numberSpan
      if let noun { fields.noun = noun }
    }
    return (fact, end)
  }

  // MARK: - Percent first

  /// "per cent of 210", "percents of twenty": the percent word before its figure,
  /// with no figure before it ("10 per cent of 200 people" is 10%).
  private func readPercentOf(at i: Int, sentence: Span) -> (Fact?, Int)? {
    guard let w = c.word(i), w.utf8.first == 0x70, w.equals("per") || w.equals("percent") || w.equals("percents") else {
      return nil
    }
    let words = w.equals("per") ? (c.isWord(i + 1, "cent") ? 2 : 0) : 1
    guard words > 0, c.isWord(i + words, "of"), c.at(i - 1)?.kind != .number,
      c.word(i - 1).map({ Lexicon.units[$0] == nil && Lexicon.tens[$0] == nil && Lexicon.scales[$0] == nil }) ?? true,
      let m = numbers.read(at: i + words + 1), !m.isOrdinal, c.sameSentence(i, m.end - 1)
    else { return nil }
    guard kinds.contains(.percentage) else { return (nil, m.end) }
    var fact = makeFact(kind: .percentage, range: i..<m.end, sentence: sentence)
    let numberSpan = c.span(m.start..<m.end)
    fact.update { fields in
      fields.numberSpan = numberSpan
      fields.setValue(.exactly(m.value), stated: m.value)
      fields.unit = "%"
    }
    return (fact, m.end)
  }

  // MARK: - Vague plurals

  /// "dozens of people", "thousands of civilians".
  private func readVaguePlural(at i: Int, sentence: Span) -> (Fact?, Int)? {
    guard let w = c.word(i), w.hasUTF8Suffix("s") else { return nil }
    for (p, (phrase, interval)) in Hedge.vaguePlurals.enumerated() where c.matches(phrase, at: i) {
      let end = i + phrase.count
      let noun = readNoun(at: end, count: 2)
      guard kinds.contains(noun == nil ? .number : .count) else { return (nil, noun?.1 ?? end) }
      var fact = makeFact(kind: .count, range: i..<end, sentence: sentence)
      fact.update { fields in
        fields.value = interval
        fields.hedge = Hedge.vaguePluralHedges[p]
        if let noun { fields.noun = noun.0 }
      }
      if let noun { return (fact, noun.1) }
      fact.kind = .number
      return (fact, end)
    }
    return nil
  }

  // MARK: - Counted nouns

  /// Reads the noun phrase a number counts, starting at token `i`.
  private func readNoun(at i: Int, count: Double) -> (CountedNoun, Int)? {
    // The phrase's words are up to five tokens, kept by index on the stack: a word's
    // text is its form.
    withUnsafeTemporaryAllocation(of: Int.self, capacity: 5) { words in
      var found = 0
      var k = i
      while found < 5, let w = c.word(k), c.sameSentence(i, k) {
        if c.listed(Lexicon.listedFunctionWords, k) != nil || c.listed(Lexicon.listedTimeUnits, k) != nil && found == 0
        {
          break
        }
        if w.hasUTF8Suffix("'s") { break }
        words[found] = k
        found += 1
        k += 1
        // Hyphenated compounds: "air-defence", "long-range".
        if c.isPunct(k, "-") && c.touching(k - 1) && c.touching(k), c.word(k + 1) != nil {
          k += 1
        }
      }
      guard found > 0 else { return nil }
      return noun(words: UnsafeBufferPointer(rebasing: words[..<found]), from: i, count: count)
    }
  }

  /// The counted noun whose words are the tokens `words`, read from token `i`.
  private func noun(words: UnsafeBufferPointer<Int>, from i: Int, count: Double) -> (CountedNoun, Int) {
    // The head: the first plural noun for counts above one, otherwise the last word
    // before any participle that follows a noun.
    var headIndex = words.count - 1
    if count != 1, let plural = words.firstIndex(where: { Inflection.isPlural(c.form($0)) }) {
      headIndex = plural
    } else if let participle = words.indices.dropFirst().first(where: { isParticiple(c.form(words[$0])) }) {
      headIndex = participle - 1
    }
    let head = c.form(words[headIndex])
    var qualifiers: [String] = []
    var lastIndex = headIndex
    if headIndex + 1 < words.count && isParticiple(c.form(words[headIndex + 1])) {
      // Made at its size of one, not grown from empty.
      qualifiers = [c.form(words[headIndex + 1])]
      lastIndex = headIndex + 1
    }
    var endToken = words[lastIndex] + 1
    var complement: String?
    if lastIndex == headIndex, c.isWord(endToken, "of"), let next = c.word(endToken + 1),
      c.listed(Lexicon.listedFunctionWords, endToken + 1) == nil, c.at(endToken + 1)?.isCapitalized == false,
      c.listed(Lexicon.listedTimeUnits, endToken + 1) == nil, c.sameSentence(i, endToken + 1)
    {
      complement = next
      endToken += 2
    }
    let modifiers = words[..<headIndex].map { c.form($0) }
    let noun = CountedNoun(
      head: head, lemma: Inflection.singular(head), modifiers: modifiers, complement: complement,
      qualifiers: qualifiers, phrase: c.lowercasedText(i..<endToken), span: c.span(i..<endToken))
    return (noun, endToken)
  }

  private func isParticiple(_ w: String) -> Bool {
    w.utf8.count > 4 && (w.hasUTF8Suffix("ed") || w.hasUTF8Suffix("ing"))
  }

  /// A per-side marker starting at `i`: "each", "on each side", "to each other".
  private func perSideMarker(at i: Int) -> (String, Span)? {
    guard let markers = c.wordValue(Lexicon.listedPerSideMarkersByFirstWord, i) else { return nil }
    for phrase in markers where c.matches(phrase, at: i) {
      let range = i..<(i + phrase.count)
      return (c.text(range), c.span(range))
    }
    return nil
  }
}
