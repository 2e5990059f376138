import Testing

@testable import FactLintKit

/// Currency codes and signs around amounts.
struct MoneyFormTests {
  func money(_ text: String) -> Fact? { TestSupport.first(.money, in: text) }

  static let forms: [(String, String, Double, String)] = [
    ("They lost 75 USD million last year.", "75 USD million", 75_000_000, "us dollar"),
    ("Losses of 30 MUSD were reported.", "30 MUSD", 30_000_000, "us dollar"),
    ("Revenue was MAUD 60 in all.", "MAUD 60", 60_000_000, "australian dollar"),
    ("The fee rose to 17 USD 25.", "17 USD 25", 17.25, "us dollar"),
    ("It costs only 15 dollars and 15.", "15 dollars and 15", 15.15, "dollar"),
    ("The price was 115.5USD in May.", "115.5USD", 115.5, "us dollar"),
    ("The price was USD115 in May.", "USD115", 115, "us dollar"),
    ("The wallet held 10000 bitcoins.", "10000 bitcoins", 10000, "bitcoin"),
    ("The bike cost 100₾ there.", "100₾", 100, "lari"),
    ("The bill was aud$ 15 in all.", "aud$ 15", 15, "australian dollar"),
  ]

  @Test(arguments: forms)
  func amounts(text: String, span: String, value: Double, unit: String) {
    let fact = money(text)
    #expect(fact?.text == span)
    #expect(fact?.value == .exactly(value))
    #expect(fact?.unit == unit)
  }

  @Test func lettersBesideFiguresAreNotMoney() {
    #expect(money("The MEPS 60 group met.") == nil)
    #expect(money("Musd 60 is not a code.") == nil)
    #expect(TestSupport.facts("The F16 flew 300 km.").contains { $0.text == "16" } == false)
  }
}
