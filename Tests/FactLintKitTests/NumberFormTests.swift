import Testing

@testable import FactLintKit

/// Compound and restated figures, fractions, bounded hedges and percent-first forms.
struct NumberFormTests {
  func only(_ text: String) -> Fact? {
    let facts = TestSupport.facts(text).filter { $0.kind != .person && $0.kind != .name }
    return facts.count == 1 ? facts[0] : nil
  }

  static let compound: [(String, String, Double)] = [
    ("They counted 3 hundred and 21 sheep.", "3 hundred and 21", 321.0),
    ("They counted 4 thousand 3 hundred and 21 sheep.", "4 thousand 3 hundred and 21", 4321),
    ("It holds five and a half million people.", "five and a half million", 5_500_000),
    ("It holds 2 and a half million people.", "2 and a half million", 2_500_000),
    ("Nearly two thirds of a million fled.", "two thirds of a million", 2_000_000.0 / 3),
    ("The answer is twenty one fifths.", "twenty one fifths", 4.2),
    ("He bought 3 dozs of eggs.", "3 dozs", 36),
    ("She earned 2mil last year.", "2mil", 2_000_000),
    ("It measured 1 234 567.89 in all.", "1 234 567.89", 1_234_567.89),
    ("The result is ¾ of the vote.", "¾", 0.75),
    ("They counted fifty - two boats.", "fifty - two", 52),
    ("They counted twenty and four boats.", "twenty and four", 24),
    ("It was one billion and a half million in all.", "one billion and a half million", 1_000_500_000),
    ("The debt is three thousand million in all.", "three thousand million", 3e9),
    ("The sum was 6 million and two hundred in all.", "6 million and two hundred", 6_000_200),
    (
      "It weighs two hundred thirty two and a thirtieth in all.", "two hundred thirty two and a thirtieth",
      232 + 1.0 / 30
    ),
    ("The fund holds 1,674,200.5 M.", "1,674,200.5 M", 1_674_200_500_000),
  ]

  /// Forms that look like the ones above but are two numbers or none.
  static let apart: [(String, [Double])] = [
    ("They counted 4 thousand 3 hundred and 0 ballots.", [4300, 0]),
    ("Fifty \u{2013} two of them said so \u{2013} came.", [50, 2]),
    ("It ran 6 m along the wall.", [6]),
  ]

  @Test func aTensWordBeforeAndStartsARangeAfterBetween() {
    #expect(only("Between twenty and four hundred came.")?.value == Interval(lower: 20, upper: 400))
  }

  @Test(arguments: apart)
  func formsThatStayApart(text: String, values: [Double]) {
    let facts = TestSupport.facts(text).filter { $0.kind != .person && $0.kind != .name }
    #expect(facts.map { $0.statedValue ?? .nan } == values)
  }

  @Test(arguments: compound)
  func compoundFigures(text: String, figure: String, value: Double) throws {
    let fact = try #require(only(text))
    let span = try #require(fact.numberSpan)
    let bytes = Array(text.utf8)
    #expect(String(decoding: bytes[span.start..<span.end], as: UTF8.self) == figure)
    #expect(abs((fact.statedValue ?? .nan) - value) < 1e-6)
  }

  @Test(arguments: [
    ("twentyfifth", 25.0), ("fortysecond", 42), ("fourtyfirst", 41), ("ninetyninth", 99), ("seventythird", 73),
  ])
  func aTensWordGluedToAnOrdinalUnitIsOneOrdinal(word: String, value: Double) throws {
    let (read, _) = try #require(NumberReader.splitOrdinal(word))
    #expect(read == value)
    let fact = try #require(only("She finished \(word) in the race."))
    #expect(fact.kind == .ordinal && fact.statedValue == value)
  }

  @Test(arguments: ["twentytwenty", "twentyfïfth", "twentieth", "fiftyfifty1", "thirtytenth", "ninety"])
  func wordsThatAreNotAGluedOrdinal(word: String) {
    #expect(NumberReader.splitOrdinal(word) == nil)
  }

  /// A lone "one" after a determiner is a pronoun; an article counts only before a
  /// word that makes a number of it (the words are looked up by vocabulary id).
  @Test(
    arguments: [
      ("They chose this one of the proposals.", nil),
      ("They chose every one of the proposals.", nil),
      ("They chose one of the proposals.", 1.0),
      ("They counted a thousand boats.", 1000),
      ("They counted a dozen boats.", 12),
      ("They counted a couple of boats.", 2),
      ("They counted a few boats.", nil),
      ("They counted an hour of footage.", nil),
    ] as [(String, Double?)])
  func articlesAndDeterminersDecideWhetherAWordCounts(text: String, value: Double?) {
    let numbers = TestSupport.facts(text).filter { $0.kind != .person && $0.kind != .name && $0.kind != .duration }
    #expect(numbers.map(\.statedValue) == (value.map { [$0] } ?? []))
  }

  @Test func aFigureRestatedInBracketsIsOneFact() {
    let fact = only("The court gave them five (5) days to leave.")
    #expect(fact?.kind == .duration)
    #expect(fact?.text == "five (5) days")
    #expect(fact?.value == .exactly(5 * 86400))
  }

  @Test func moreTimeIsADuration() {
    #expect(only("The talks need two more hours.")?.value == .exactly(7200))
    #expect(only("The talks need 2 fewer minutes.")?.value == .exactly(120))
  }

  @Test func yearsAddedToMonthsCountTwelveMonths() {
    let compound = only("He served 2 years and 3 months there.")?.value
    #expect(compound == .exactly(27 * 30 * 86400))
    #expect(compound == only("He served 27 months there.")?.value)
    #expect(only("He served 2 years there.")?.value == .exactly(2 * 365 * 86400))
  }

  @Test func aHedgeOpenAtTheEndOfAClause() {
    let fact = only("His score is equal to 5000 or more than.")
    #expect(fact?.value == Interval(lower: 5000, upper: .infinity))
  }

  @Test func aCommonMisspellingOfAnOrdinal() {
    #expect(only("The nineth meeting opened.")?.value == .exactly(9))
  }

  @Test func anAgeIsNotADuration() {
    let fact = only("He is over thirty years old.")
    #expect(fact?.kind == .number)
    #expect(fact?.value == Interval(lower: 30, upper: .infinity, lowerClosed: false))
  }

  @Test func aHedgedHalfIsANumber() {
    #expect(only("More than half came back.")?.value == Interval(lower: 0.5, upper: .infinity, lowerClosed: false))
    #expect(only("Half of them came back.") == nil)
  }

  @Test func theOneIsAPronoun() {
    #expect(only("The one you mentioned is closed.") == nil)
    #expect(only("One person died.")?.value == .exactly(1))
  }

  @Test func boundsThatCannotMeetStayApart() {
    let facts = TestSupport.facts("More than 40 and less than 10 are two ranges.").filter { $0.hedge != nil }
    #expect(facts.map(\.text) == ["More than 40", "less than 10"])
    let or = TestSupport.facts("His score is equal to 5000 or less than 6000.")
    #expect(or.map(\.text) == ["equal to 5000", "less than 6000"])
    #expect(or.first?.value == .exactly(5000))
  }

  @Test func percentBeforeItsFigure() {
    let fact = only("The rise was per cent of 210, they said.")
    #expect(fact?.kind == .percentage)
    #expect(fact?.value == .exactly(210))
    // With a figure before it, the percent word belongs to that figure.
    let facts = TestSupport.facts("Turnout was 10 per cent of 200 voters.")
    #expect(facts.map(\.text) == ["10 per cent", "200"])
  }
}
