import Testing

@testable import FactLintKit

/// A selection's filters are tested cheapest first; these tests hold that order to
/// changing no answer.
@Suite struct SelectionMatcherTests {
  /// Every order of a selection's filters, each written as its own rule.
  static let filterOrders: [[String]] = [
    ["noun prisoner, swap", "per-side", "sentence lacks \"phase\", \"stage\""],
    ["sentence has \"talks\", \"meeting\"", "sentence lacks \"years\"", "not near \"ceasefire\", \"truce\""],
    ["unquoted", "value >= 3", "not hedged", "noun prisoner"],
  ]

  static func permutations(_ items: [String]) -> [[String]] {
    guard items.count > 1 else { return [items] }
    return items.indices.flatMap { i in
      var rest = items
      let first = rest.remove(at: i)
      return permutations(rest).map { [first] + $0 }
    }
  }

  @Test(arguments: filterOrders)
  func filtersWrittenInAnyOrderTakeTheSameFacts(filters: [String]) {
    let sources = SourceManager()
    let generator = NewsGenerator(seed: 23)
    let files = (0..<30).flatMap { generator.story($0).map(\.text) }.enumerated().map { i, text in
      sources.add(path: "doc\(i).txt", bytes: Array(text.utf8), role: .document)
    }
    let facts = files.map { ($0, Extractor.extract($0).facts) }
    let kind = filters.contains { $0.hasPrefix("sentence has") } ? "duration" : "count"
    var answers: [[Bool]] = []
    for order in Self.permutations(filters) {
      let source = """
        noun prisoner = prisoner, "prisoner of war", POW
        noun swap = swap, exchange
        rule r {
          select s: \(kind) \(order.joined(separator: " "))
          expect s agree
        }
        """
      let ruleSet = TestSupport.rules(source, sources: sources)
      #expect(ruleSet.errors.isEmpty, "\(ruleSet.errors.map(\.message))")
      guard let rule = ruleSet.rules.first(where: { $0.id == "r" }) else { continue }
      let matcher = SelectionMatcher(rule.selections[0], nouns: rule.nouns)
      answers.append(
        facts.flatMap { file, facts in
          facts.filter { SelectionMatcher.matchesKind($0.kind, matcher.kind) }.map {
            matcher.factPasses($0, file: file)
          }
        })
    }
    #expect(answers.count == Self.permutations(filters).count)
    #expect(Set(answers).count == 1, "the order of the filters changed which facts pass")
    let first = answers.first ?? []
    #expect(first.contains(true) && first.contains(false), "the filters must take some facts and leave others")
  }

  @Test func flagsAreTestedBeforeNounsAndNounsBeforeSearches() {
    let flag = SelectionMatcher.cost(.perSide)
    let noun = SelectionMatcher.cost(.noun(["swap"]))
    let search = SelectionMatcher.cost(.sentence(has: false, phrases: ["phase"]))
    #expect(flag < noun && noun < search)
    #expect(SelectionMatcher.cost(.not(.near(phrases: ["truce"], words: 5))) > search)
  }
}
