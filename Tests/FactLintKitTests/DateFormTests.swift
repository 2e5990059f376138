import Testing

@testable import FactLintKit

/// Dates in figures, ordinal days, quarters, nth weekdays, and weekdays beside dates.
struct DateFormTests {
  func date(_ text: String) -> Fact? { TestSupport.first(.date, in: text) }
  func day(_ y: Int, _ m: Int, _ d: Int) -> Interval { .exactly(Double(CalendarMath.days(year: y, month: m, day: d))) }

  @Test(arguments: [
    ("The ceasefire began on 2025-05-16.", "2025-05-16"),
    ("The ceasefire began on 2025/05/16.", "2025/05/16"),
    ("The ceasefire began on 5/16/2025.", "5/16/2025"),
    ("The ceasefire began on 16/5/2025.", "16/5/2025"),
    ("The ceasefire began on 16.5.2025.", "16.5.2025"),
    ("The ceasefire began on 16/05/25.", "16/05/25"),
    ("The ceasefire began on 16-May-2025.", "16-May-2025"),
    ("The ceasefire began on 2025-may-16.", "2025-may-16"),
  ])
  func figureDates(text: String, span: String) {
    let fact = date(text)
    #expect(fact?.text == span)
    #expect(fact?.value == day(2025, 5, 16))
  }

  @Test func slashDatesThatReadBothWaysStayUnresolved() {
    let fact = date("The vote is on 3/4/2025.")
    #expect(fact?.text == "3/4/2025")
    #expect(fact?.value == nil)
    #expect(fact?.qualifiers.contains("ambiguous-order") == true)
  }

  @Test func figureMonthsAndNotFiscalYears() {
    let month = date("Prices rose in 2014-10 and again later.")
    #expect(month?.value?.lower == Double(CalendarMath.days(year: 2014, month: 10, day: 1)))
    #expect(month?.qualifiers.contains("month") == true)
    // "2011-12" is a span of two years, not December 2011.
    #expect(TestSupport.facts("The 2011-12 budget was cut.").allSatisfy { $0.qualifiers != ["month"] })
  }

  @Test func figureCodesAreNotDates() {
    #expect(date("Call 555-1234-5678 now.") == nil)
    #expect(date("Version 3.5.2 shipped.") == nil)
    #expect(date("The score was 2015-03-03-7.") == nil)
  }

  @Test(arguments: [
    ("They met on the 1st of March 2025.", "the 1st of March 2025"),
    ("They met on the first of March 2025.", "the first of March 2025"),
    ("They met on March first, 2025.", "March first, 2025"),
    ("They met on March the 1st 2025.", "March the 1st 2025"),
    ("They met on 1 March of 2025.", "1 March of 2025"),
    ("They met on 1march 2025.", "1march 2025"),
  ])
  func ordinalDays(text: String, span: String) {
    let fact = date(text)
    #expect(fact?.text == span)
    #expect(fact?.value == day(2025, 3, 1))
  }

  @Test func daysWithoutAYearKeepTheirMonthAndDay() {
    let fact = date("The parade is on the fourth of July.")
    #expect(fact?.text == "the fourth of July")
    #expect(fact?.value == nil)
    #expect(fact?.qualifiers == ["no-year", "on=--07-04"])
    #expect(date("March twenty-first was cold.")?.qualifiers.contains("on=--03-21") == true)
  }

  @Test func ordinalsWithoutAMonthAreNotDates() {
    #expect(date("He came in the second round.") == nil)
    #expect(date("It was the first of many talks.") == nil)
    #expect(date("Talks may first resume in June.") == nil)
  }

  @Test func quartersAreIntervals() {
    let fact = date("Output fell in the 4th quarter of 2018.")
    #expect(fact?.text == "the 4th quarter of 2018")
    #expect(fact?.value?.lower == Double(CalendarMath.days(year: 2018, month: 10, day: 1)))
    #expect(fact?.value?.upper == Double(CalendarMath.days(year: 2019, month: 1, day: 1)))
  }

  @Test func nthWeekdayOfAMonth() {
    #expect(date("Polls open on the first Tuesday of October 2014.")?.value == day(2014, 10, 7))
    #expect(date("Polls open on the third Tuesday of September 2014.")?.value == day(2014, 9, 16))
    #expect(date("It ends on the last Friday in May 2025.")?.value == day(2025, 5, 30))
  }

  @Test func weekdaysJoinTheDateBesideThem() {
    let fact = date("They met on Monday January 12th, 2015.")
    #expect(fact?.text == "Monday January 12th, 2015")
    #expect(fact?.qualifiers.contains("weekday=1") == true)
    let noMonth = date("They met on Friday the 22nd.")
    #expect(noMonth?.qualifiers == ["no-month", "on=---22", "weekday=5"])
  }

  @Test func lowerCaseWeekdaysNeedTheirFullName() {
    #expect(TestSupport.first(.weekday, in: "we met on friday")?.value == .exactly(5))
    #expect(TestSupport.first(.weekday, in: "the sun was out") == nil)
  }

  @Test func aWrongWeekdayIsReported() {
    let (diagnostics, _) = TestSupport.lint(
      DefaultRules.source, ["The deal was signed on Friday, 17 May 2025.", "It was signed on Friday, 16 May 2025."])
    let mismatches = diagnostics.filter { $0.ruleID == "weekday-mismatch" }
    #expect(mismatches.count == 1)
    #expect(mismatches.first?.message == "\"Friday, 17 May 2025\" names a Friday, but 2025-05-17 is a Saturday")
    #expect(mismatches.first?.severity == .error)
  }
}
