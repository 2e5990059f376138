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
  ]

  @Test(arguments: compound)
  func compoundFigures(text: String, figure: String, value: Double) throws {
    let fact = try #require(only(text))
    let span = try #require(fact.numberSpan)
    let bytes = Array(text.utf8)
    #expect(String(decoding: bytes[span.start..<span.end], as: UTF8.self) == figure)
    #expect(abs((fact.statedValue ?? .nan) - value) < 1e-6)
  }

  @Test func aFigureRestatedInBracketsIsOneFact() {
    let fact = only("The court gave them five (5) days to leave.")
    #expect(fact?.kind == .duration)
    #expect(fact?.text == "five (5) days")
    #expect(fact?.value == .exactly(5 * 86400))
  }

  @Test func moreTimeIsADuration() {
    #expect(only("The talks need two more hours.")?.value == .exactly(7200))
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
