import Testing

@testable import FactLintKit

/// Dates stated relative to the document's own date: kept unresolved unless the
/// document gives its date.
struct RelativeDateTests {
  func day(_ y: Int, _ m: Int, _ d: Int) -> Int { CalendarMath.days(year: y, month: m, day: d) }
  func days(_ a: Int, _ b: Int) -> Interval { Interval(lower: Double(a), upper: Double(b), upperClosed: false) }

  /// The relative date in `sentence`, in a document dated Friday 16 May 2025 by a header line.
  func dated(_ sentence: String) -> Fact? {
    TestSupport.facts("Date: 16 May 2025\n\n" + sentence).first { $0.qualifiers.contains { $0.hasPrefix("relative=") } }
  }

  @Test func withoutADateLineTheyStayUnresolved() {
    let facts = TestSupport.facts("The talks ended yesterday. Last week was calm. They met three days ago.")
    #expect(facts.map(\.text) == ["yesterday", "Last week", "three days ago"])
    #expect(facts.allSatisfy { $0.kind == .date && $0.value == nil })
    #expect(facts.map { $0.qualifiers } == [["relative=-1d"], ["relative=-1w"], ["relative=-3d"]])
  }

  @Test func aDateLineResolvesThem() throws {
    #expect(dated("The talks ended yesterday.")?.value == .exactly(Double(day(2025, 5, 15))))
    #expect(dated("They met three days ago.")?.value == .exactly(Double(day(2025, 5, 13))))
    #expect(dated("They meet again two weeks from now.")?.value == days(day(2025, 5, 26), day(2025, 6, 2)))
    #expect(dated("Last week was calm.")?.value == days(day(2025, 5, 5), day(2025, 5, 12)))
    #expect(dated("Prices rise next month.")?.value == days(day(2025, 6, 1), day(2025, 7, 1)))
    #expect(dated("This year was hard.")?.value == days(day(2025, 1, 1), day(2026, 1, 1)))
    #expect(dated("They met last Friday.")?.value == .exactly(Double(day(2025, 5, 9))))
    #expect(dated("They meet next Friday.")?.value == .exactly(Double(day(2025, 5, 23))))
    #expect(dated("They meet on Tuesday of next week.")?.value == .exactly(Double(day(2025, 5, 20))))
    let fact = try #require(dated("The talks ended yesterday."))
    #expect(fact.qualifiers.contains("dated=2025-05-16"))
  }

  @Test func frontMatterDatesTheDocument() {
    let facts = TestSupport.facts("---\ndate: 2025-05-16\n---\nThe talks ended yesterday.")
    #expect(facts.last?.value == .exactly(Double(day(2025, 5, 15))))
  }

  @Test func aDateInTheTextIsNotTheDocumentsDate() {
    let facts = TestSupport.facts("On 16 May 2025 the talks began. They ended yesterday.")
    #expect(facts.last?.text == "yesterday")
    #expect(facts.last?.value == nil)
  }

  @Test func daysCountedFromTheStoryAreNotRelativeDates() {
    #expect(TestSupport.facts("On the next day the guns fell silent.").allSatisfy { $0.kind != .date })
    #expect(TestSupport.facts("The last day of talks was calm.").allSatisfy { $0.kind != .date })
    let nth = TestSupport.facts("They met on the last Friday of May 2025.").first { $0.kind == .date }
    #expect(nth?.value == .exactly(Double(day(2025, 5, 30))))
  }
}
