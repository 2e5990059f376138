import Testing

@testable import FactLintKit

@Suite struct NumberExtractionTests {
  func value(_ text: String) -> Interval? {
    TestSupport.facts(text).first { $0.value != nil && $0.kind != .date }?.value
  }

  @Test func aRangeOpenerOnTheLineBeforeStaysOutOfTheFact() {
    // A line break ends the sentence: the fact may not start before it.
    // Without its opener, "10 and 20" is two numbers, not a range.
    let facts = TestSupport.facts("Talks between\n10 and 20 people met.").filter { $0.value != nil }
    #expect(facts.map(\.text) == ["10", "20"])
    for fact in facts { #expect(fact.span.start >= fact.sentence.start) }
  }

  @Test func aDurationStaysInItsSentence() {
    // "a" ending the first line does not join "few hours" on the next: the duration
    // starts where its sentence does, as "few hours", with the same value.
    let text = "The meeting was a\nfew hours long."
    let durations = TestSupport.facts(text).filter { $0.kind == .duration }
    #expect(durations.map(\.text) == ["few hours"])
    #expect(durations.first?.value == Interval(lower: 7200, upper: 18000))
    for fact in durations { #expect(fact.span.start >= fact.sentence.start) }
    // In one sentence, "a few hours" is read whole.
    #expect(
      TestSupport.facts("The meeting was a few hours long.").filter { $0.kind == .duration }.map(\.text) == [
        "a few hours"
      ])
  }

  @Test(arguments: [
    ("They freed 1,000 people.", 1000.0),
    ("They freed 1000 people.", 1000),
    ("Prices rose 2.5 points.", 2.5),
    ("It cost 12 million dollars.", 12_000_000),
    ("A 1.5 billion fund.", 1_500_000_000),
    ("The 3bn plan.", 3_000_000_000),
    ("twenty-five protesters", 25),
    ("one hundred and five ships", 105),
    ("a thousand soldiers", 1000),
    ("two dozen boats", 24),
    ("three hundred thousand people", 300_000),
    ("one and a half days", 129_600),
  ])
  func numbersInDigitsAndWords(text: String, expected: Double) {
    #expect(value(text) == .exactly(expected))
  }

  @Test func ordinalsAreKeptApartFromCounts() {
    let facts = TestSupport.facts("The EU prepared its 18th round of sanctions after a second meeting.")
    let ordinals = facts.filter { $0.kind == .ordinal }
    #expect(ordinals.map(\.value) == [.exactly(18), .exactly(2)])
    #expect(!facts.contains { $0.kind == .count || $0.kind == .duration })
  }

  @Test func hedgesBecomeIntervals() {
    #expect(value("leaving at least 4 dead") == Interval(lower: 4, upper: .infinity))
    #expect(value("over 22 injured") == Interval(lower: 22, upper: .infinity, lowerClosed: false))
    #expect(value("under 10 boats") == Interval(lower: 0, upper: 10, upperClosed: false))
    #expect(value("up to 10 boats") == Interval(lower: 0, upper: 10))
    #expect(value("about 100 boats") == Interval(lower: 90, upper: 110))
    #expect(value("nearly 100 boats") == Interval(lower: 90, upper: 100, upperClosed: false))
    #expect(value("500 or more boats")?.lower == 500)
  }

  /// Every prefix hedge, written before a number, gives that hedge and is kept as
  /// written: the table is read by the phrase's last token, longest phrase first, so
  /// "just over" wins over "over" and "no more than" over "more than".
  @Test func everyPrefixHedgeIsReadBeforeANumber() {
    for (written, hedge) in Hedge.prefixPhrases {
      // A sign of two marks is written touching (">=").
      let sign = !(written.unicodeScalars.first?.properties.isAlphabetic ?? false)
      let text = sign ? written.split(separator: " ").joined() : written
      let fact = TestSupport.first(.count, in: "They said \(text) 40 boats sank.")
      #expect(fact?.value == hedge.interval(for: 40), "\(written)")
      #expect(fact?.hedge == text, "\(written)")
    }
    let ranges = Hedge.prefixEntries.indices.map { k in Hedge.prefixTokenRanges[k] }
    #expect(ranges.map(\.count) == Hedge.prefixEntries.map(\.phrase.count))
    #expect(ranges.flatMap { Array(Hedge.prefixTokens[$0]) } == Hedge.prefixEntries.flatMap(\.phrase))
  }

  @Test func durationsAreSecondsWithHedges() {
    #expect(value("talks lasting just over an hour") == Interval(lower: 3600, upper: 4500, lowerClosed: false))
    #expect(value("The meeting lasted under two hours.") == Interval(lower: 0, upper: 7200, upperClosed: false))
    #expect(value("after less than two hours") == Interval(lower: 0, upper: 7200, upperClosed: false))
    #expect(value("It took 1 hour and 45 minutes.") == .exactly(6300))
    #expect(value("a ceasefire for at least 30 days") == Interval(lower: 2_592_000, upper: .infinity))
    #expect(value("half an hour") == .exactly(1800))
    let adjectival = TestSupport.first(.duration, in: "a proposed 30-day ceasefire")
    #expect(adjectival?.value == .exactly(2_592_000))
    #expect(adjectival?.noun?.lemma == "ceasefire")
  }

  @Test func countedNounsWithHeadModifiersAndComplement() throws {
    let pows = try #require(TestSupport.first(.count, in: "They will return 1,000 prisoners of war to each other."))
    #expect(pows.noun?.lemma == "prisoner")
    #expect(pows.noun?.complement == "war")
    #expect(pows.perSide)
    #expect(pows.perSideMarker == "to each other")

    let bodies = try #require(TestSupport.first(.count, in: "the bodies of 6,000 deceased Ukrainian soldiers"))
    #expect(bodies.noun?.lemma == "soldier")
    #expect(bodies.noun?.modifiers == ["deceased", "ukrainian"])
    #expect(!bodies.perSide)

    let children = try #require(TestSupport.first(.count, in: "over 631 children killed by attacks"))
    #expect(children.noun?.lemma == "child")
    #expect(children.noun?.qualifiers == ["killed"])

    let displaced = try #require(TestSupport.first(.count, in: "displaced over 12 million people"))
    #expect(displaced.noun?.lemma == "person")
    #expect(displaced.value?.lower == 12_000_000)
  }

  @Test(arguments: [
    ("500 prisoners each", "each"), ("500 prisoners on each side", "on each side"),
    ("500 prisoners from each side", "from each side"), ("500 prisoners per side", "per side"),
    ("500 prisoners on either side", "on either side"), ("500 prisoners a side", "a side"),
    ("500 prisoners apiece", "apiece"), ("500 prisoners each side", "each side"),
  ])
  func perSideMarkers(text: String, marker: String) {
    let fact = TestSupport.first(.count, in: "Both agreed to free \(text).")
    #expect(fact?.perSide == true)
    #expect(fact?.perSideMarker == marker, "the longest marker is read")
    #expect(fact?.value == .exactly(500))
  }

  /// Markers grouped by their first word keep every marker once, longest first within a group.
  @Test func perSideMarkersGroupedByFirstWordKeepTheirOrder() {
    let grouped = Lexicon.perSideMarkersByFirstWord
    #expect(grouped.pairs.flatMap { $0.1 }.count == Lexicon.perSideMarkers.count)
    for (first, markers) in grouped.pairs {
      #expect(markers == Lexicon.perSideMarkers.filter { $0.first == first })
    }
  }

  @Test(arguments: [
    "1,000-for-1,000 swap", "1000 for 1000 swap", "thousand-for-thousand swap", "a thousand for a thousand swap",
  ])
  func exchangeFormsArePerSide(text: String) {
    let fact = TestSupport.first(.count, in: "They planned a \(text).")
    #expect(fact?.value == .exactly(1000))
    #expect(fact?.perSide == true)
    #expect(fact?.qualifiers.contains("exchange") == true)
    #expect(fact?.noun?.lemma == "swap")
  }

  @Test func rangesAndTotals() {
    #expect(value("between 10 and 20 boats") == Interval(lower: 10, upper: 20))
    #expect(value("500-1,000 boats") == Interval(lower: 500, upper: 1000))
    let total = TestSupport.first(.count, in: "a total of 2,000 prisoners")
    #expect(total?.qualifiers.contains("total") == true)
  }

  @Test func percentages() {
    let facts = TestSupport.facts("Turnout was 40% and support 55 percent.")
    #expect(facts.filter { $0.kind == .percentage }.map(\.value) == [.exactly(40), .exactly(55)])
  }

  @Test func figuresGluedToLettersAreNamesNotNumbers() {
    let facts = TestSupport.facts("A Russian Su-35 fighter jet and an F16 were seen.")
    #expect(!facts.contains { $0.value == .exactly(35) || $0.value == .exactly(16) })
  }

  @Test func quotationsAreMarked() {
    let facts = TestSupport.facts("He said: “good news for 1,000 families.” Then 200 boats left.")
    let counts = facts.filter { $0.kind == .count }
    #expect(counts.map(\.quoted) == [true, false])
  }

  @Test func absurdNumbersDoNotOverflow() {
    let huge = "1" + String(repeating: "0", count: 10_000) + " boats"
    #expect(value(huge)?.lower == .infinity)
    #expect(value("9,999,999,999,999,999,999 boats")?.lower == Double("9999999999999999999"))
    #expect(!TestSupport.facts("1e308 boats").contains { $0.value == .exactly(1) })
  }
}

@Suite struct DateExtractionTests {
  func date(_ text: String) -> Fact? { TestSupport.first(.date, in: text) }

  @Test func fullDatesInBothOrders() {
    let a = date("The talks began on 16 May 2025 in Istanbul.")
    let b = date("The talks began on May 16, 2025 in Istanbul.")
    let day = Double(CalendarMath.days(year: 2025, month: 5, day: 16))
    #expect(a?.value == .exactly(day))
    #expect(b?.value == .exactly(day))
  }

  @Test func monthsAndYearsAreIntervalsOfDays() {
    let month = date("their first talks since March 2022")
    #expect(month?.value?.lower == Double(CalendarMath.days(year: 2022, month: 3, day: 1)))
    #expect(month?.value?.upper == Double(CalendarMath.days(year: 2022, month: 4, day: 1)))
    #expect(month?.qualifiers.contains("since") == true)
    let year = date("since the invasion in 2022.")
    #expect(year?.qualifiers.contains("year") == true)
  }

  @Test func weekdaysStayUnresolved() {
    let fact = TestSupport.first(.weekday, in: "The talks failed on Friday.")
    #expect(fact?.value == .exactly(5))
    #expect(TestSupport.first(.date, in: "The talks failed on Friday.") == nil)
  }

  @Test func weekdayOfADayNumber() {
    #expect(CalendarMath.weekday(ofDay: CalendarMath.days(year: 2025, month: 5, day: 16)) == 5)
    #expect(CalendarMath.isoDate(CalendarMath.days(year: 2024, month: 2, day: 29)) == "2024-02-29")
  }

  @Test func theModalMayIsNotAMonth() {
    #expect(date("Talks may resume soon.") == nil)
  }
}
