import Testing

@testable import FactLintKit

@Suite struct RuleParserTests {
  @Test func aCompleteRuleFileParses() throws {
    let set = TestSupport.rules(
      """
      noun prisoner = prisoner, "prisoner of war", POW
      rule swap-size {
        severity warning
        message "{statement} differs from {expected}"
        explain "The swap."
        link "https://example.org"
        scope group by "second round"
        select swap: count noun prisoner per-side not quoted sentence lacks "phase" near "swap" within 5 words
        expect swap agree within 5%
        expect swap * 2 == 2000
        example fails { doc "a" doc "b" }
        example passes { doc "c" }
      }
      """)
    #expect(set.errors.isEmpty)
    let rule = try #require(set.rules.first { $0.id == "swap-size" })
    #expect(rule.severity == .warning)
    #expect(rule.scope == .groupBy(["second round"]))
    #expect(rule.selections[0].filters.count == 5)
    #expect(rule.selections[0].filters[2] == .not(.quoted(true)))
    #expect(rule.expectations.count == 2)
    #expect(rule.examples.map(\.shouldTrigger) == [true, false])
    #expect(rule.nouns["prisoner"]?.phrases == [["prisoner"], ["prisoner", "of", "war"], ["pow"]])
  }

  @Test func errorsCarryLineAndColumnAndASuggestion() {
    let errors = TestSupport.ruleErrors(
      """
      rule a {
        severty error
        expect x agree
      }
      """)
    #expect(errors.contains("Rules/test.rules:2:3: error: unknown rule item 'severty' [rule-syntax]"))
    #expect(errors.contains("Rules/test.rules:3:3: error: unknown selection 'x' in rule 'a' [rule-syntax]"))
  }

  @Test func everyErrorInTheFileIsReportedNotOnlyTheFirst() {
    let errors = TestSupport.ruleErrors(
      """
      rule one {
        severity fatal
        select s: cuont
        expect s agree
      }
      rule two {
        message "unterminated
        expect t agree
      }
      rule Three { expect u agree }
      """)
    #expect(errors.contains { $0.hasPrefix("Rules/test.rules:2:12: error: unknown severity 'fatal'") })
    #expect(errors.contains { $0.hasPrefix("Rules/test.rules:3:13: error: unknown fact kind 'cuont'") })
    #expect(errors.contains { $0.hasPrefix("Rules/test.rules:7:11: error: unterminated string") })
    #expect(errors.contains { $0.hasPrefix("Rules/test.rules:10:6: error: rule id 'Three' must be lower-case") })
    #expect(errors.count >= 5)
  }

  @Test func suggestionsForMisspelledWords() {
    let sources = SourceManager()
    let set = TestSupport.rules("rule a {\n  select s: count noun x\n  expect s agre\n}\n", sources: sources)
    let relation = set.errors.first { $0.message.contains("unknown relation") }
    #expect(relation?.notes.first == "help: did you mean 'agree'?")
  }

  @Test func duplicateRuleIdsPointAtTheFirst() {
    let sources = SourceManager()
    let set = TestSupport.rules(
      "rule a { select s: count\n expect s agree }\nrule a { select s: count\n expect s agree }\n", sources: sources)
    let duplicate = set.errors.first { $0.ruleID == "rule-duplicate" }
    #expect(duplicate?.related.first?.message == "first used here")
    #expect(set.rules.filter { $0.id == "a" }.count == 1)
  }

  @Test func relationsOnTheWrongKindOfFactAreErrors() {
    let errors = TestSupport.ruleErrors("rule a {\n  select p: person\n  expect p agree\n}\n")
    #expect(errors.contains { $0.contains("'agree' compares values, but 'p' selects person facts") })
    let titles = TestSupport.ruleErrors("rule a {\n  select c: count\n  expect c titles agree\n}\n")
    #expect(titles.contains { $0.contains("'titles agree' needs a selection of person facts") })
  }

  @Test func unknownPlaceholdersAreErrors() {
    let errors = TestSupport.ruleErrors(
      "rule a {\n  message \"{statment} is off\"\n  select s: count\n  expect s agree\n}\n")
    #expect(errors.contains { $0.contains("unknown placeholder '{statment}'") })
  }

  @Test func aRuleWithoutExpectationsAndAnUnclosedRuleAreErrors() {
    let errors = TestSupport.ruleErrors("rule a {\n  severity error\n")
    #expect(errors.contains { $0.contains("rule 'a' is not closed") })
    #expect(errors.contains { $0.contains("rule 'a' expects nothing") })
  }

  @Test func deeplyNestedExpressionsAreRefusedWithoutCrashing() {
    let deep = String(repeating: "(", count: 10_000) + "s" + String(repeating: ")", count: 10_000)
    let errors = TestSupport.ruleErrors("rule a {\n  select s: count\n  expect \(deep) == 1\n}\n")
    #expect(errors.contains { $0.contains("nested too deeply") })
  }

  @Test func disablingAnUnknownRuleSuggestsTheClosest() {
    let sources = SourceManager()
    let set = TestSupport.rules("disable name-speling\n", sources: sources)
    #expect(set.errors.first?.notes == ["help: did you mean 'name-spelling'?"])
  }

  @Test func emptyRuleFileIsValidAndHasNoRules() {
    let set = TestSupport.rules("# nothing here\n")
    #expect(set.errors.isEmpty && set.rules.isEmpty)
  }

  @Test func strayCharactersAndUnknownTopLevelWordsAreLocated() {
    let errors = TestSupport.ruleErrors("rul a {}\n@\n")
    #expect(errors.contains { $0.hasPrefix("Rules/test.rules:1:1: error: expected 'rule', 'noun' or 'disable'") })
    #expect(errors.contains { $0.hasPrefix("Rules/test.rules:2:1: error: unexpected character '@'") })
  }

  @Test func anUnclosedParenthesisPointsAtTheOpening() {
    let sources = SourceManager()
    let set = TestSupport.rules("rule a {\n  select s: count\n  expect (s * 2 == 4\n}\n", sources: sources)
    let error = set.errors.first { $0.message.hasPrefix("expected ')'") }
    #expect(error?.related.first?.message == "'(' opened here")
    #expect(
      error.map { sources[$0.related[0].span.file].location(of: $0.related[0].span.start) }
        == SourcePosition(line: 3, column: 10))
  }
}
