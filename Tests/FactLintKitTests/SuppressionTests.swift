import Foundation
import Testing

@testable import FactLintKit

@Suite struct SuppressionTests {
  func run(_ arguments: [String], in directory: String) -> (Int32, Captured) {
    TestSupport.run(arguments, in: directory)
  }

  let rules = "rule boats { select s: count noun boat\n expect s agree }\ndisable name-spelling, title-contradiction\n"

  @Test func directivesAreScannedWithRulesAndReason() {
    let text = "a\n<!-- factlint-ignore boats, ships: the count was revised -->\nfactlint-ignore-file boats\n"
    let found = Array(text.utf8).withUnsafeBufferPointer { SuppressionScanner.scan($0, file: FileID(0)) }
    #expect(found.count == 2)
    #expect(found[0].rules == ["boats", "ships"])
    #expect(found[0].reason == "the count was revised")
    #expect(!found[0].wholeFile)
    #expect(found[1].wholeFile && found[1].reason.isEmpty)
  }

  @Test func theScannerSkipsNearMissesAndFindsAMarkerEndingTheText() {
    // "f"s that start no marker, a marker cut short, and one that ends the text.
    let text = "fifty ferries, factlint-ignor boats: no\nof factlint-ignore"
    let found = Array(text.utf8).withUnsafeBufferPointer { SuppressionScanner.scan($0, file: FileID(3)) }
    #expect(found.count == 1)
    #expect(found.first?.span == Span(file: FileID(3), start: text.utf8.count - 15, end: text.utf8.count))
    #expect(found.first?.rules == [])
    let none = Array("factlint-ignor".utf8).withUnsafeBufferPointer { SuppressionScanner.scan($0, file: FileID(0)) }
    #expect(none.isEmpty)
    #expect([UInt8]().withUnsafeBufferPointer { SuppressionScanner.scan($0, file: FileID(0)) }.isEmpty)
  }

  @Test func directiveTextIsNotExtractedFrom() {
    let facts = TestSupport.facts("<!-- factlint-ignore boats: 500 boats were a typo -->\n12 boats sank.")
    #expect(facts.filter { $0.kind == .count }.map(\.value) == [.exactly(12)])
  }

  @Test func withoutDirectivesEveryFindingIsKeptInItsOrder() {
    let sources = SourceManager()
    let file = sources.add(path: "a.txt", bytes: Array("one\ntwo\n".utf8), role: .document)
    let found = ["b", "a", "b"].enumerated().map { i, rule in
      Diagnostic(ruleID: rule, severity: .error, message: "m\(i)", span: Span(file: file.id, start: 4 - i, end: 5))
    }
    let result = SuppressionFilter(suppressions: []).apply(found, knownRules: ["a", "b"], sources: sources)
    #expect(result.kept == found)
    #expect(result.suppressedCount == 0 && result.directiveDiagnostics.isEmpty)
  }

  @Test func aSuppressionSilencesTheNextLineAndIsCounted() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/r.rules", rules)
    try dir.write("a.txt", "12 boats sank.\n")
    try dir.write(
      "b.txt", "<!-- factlint-ignore boats: an early, wrong count kept for the record -->\n20 boats sank.\n")
    let (status, captured) = run(["--format", "gnu", "."], in: dir.path)
    #expect(status == 0)
    #expect(captured.out.isEmpty)
    #expect(captured.err.contains("1 suppressed"))
    // The rule's only finding was suppressed: the rule held.
    #expect(captured.err.contains("rules: 3 held, 0 failed; no findings"))
  }

  @Test func aSuppressionSilencesOnlyItsOwnDocument() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/r.rules", rules)
    try dir.write("a.txt", "<!-- factlint-ignore boats: an early, wrong count -->\n20 boats sank.\n")
    try dir.write("b.txt", "A line first.\n30 boats sank.\n")
    try dir.write("c.txt", "12 boats sank.\n")
    try dir.write("d.txt", "12 boats sank.\n")
    let (status, captured) = run(["--format", "gnu", "."], in: dir.path)
    #expect(status == 1)
    // b.txt's finding stands on the line that a.txt's directive covers in a.txt.
    #expect(captured.out.hasPrefix("b.txt:2:1: error: \"30 boats\""))
    #expect(!captured.out.contains("a.txt"))
    #expect(captured.err.contains("rules: 2 held, 1 failed (boats); 1 error; 1 suppressed"))
  }

  @Test func aSuppressionWithoutReasonOrForAnUnknownRuleIsReported() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/r.rules", rules)
    try dir.write("a.txt", "12 boats sank.\n")
    try dir.write("b.txt", "factlint-ignore boats\n20 boats sank.\nfactlint-ignore bots: typo\n")
    let (status, captured) = run(["--format", "gnu", "."], in: dir.path)
    #expect(status == 1)
    let lines = captured.out.split(separator: "\n").map(String.init)
    #expect(lines.contains("b.txt:1:1: warning: suppression without a reason has no effect [suppression]"))
    #expect(
      lines.contains(
        "b.txt:2:1: error: \"20 boats\" cannot be true together with 12 stated in 1 other document [boats]"))
    #expect(lines.contains("b.txt:3:17: warning: suppression names unknown rule 'bots' [suppression]"))
    #expect(lines.contains("b.txt:3:17: note: help: did you mean 'boats'?"))
  }

  @Test func anUnusedSuppressionIsReported() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/r.rules", rules)
    try dir.write("a.txt", "factlint-ignore-file boats: nothing to silence\n12 boats sank.\n")
    let (status, captured) = run(["--format", "gnu", "--strict", "."], in: dir.path)
    #expect(status == 1)
    #expect(captured.out.hasPrefix("a.txt:1:1: warning: suppression matches no finding [unused-suppression]"))
  }

  @Test func theBaselineAcceptsKnownFindingsByTextNotLine() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/r.rules", rules)
    try dir.write("a.txt", "12 boats sank.\n")
    try dir.write("b.txt", "20 boats sank.\n")
    let (written, writeOut) = run(["--write-baseline", "baseline.json", "."], in: dir.path)
    #expect(written == 0)
    #expect(writeOut.err.contains("wrote 1 finding to baseline.json"))
    #expect(
      try dir.read("baseline.json").contains("{\"rule\":\"boats\",\"file\":\"b.txt\",\"statement\":\"20 boats\"}"))
    // Lines move: still accepted.
    try dir.write("b.txt", "A new first line.\n\n20 boats sank.\n")
    let (accepted, acceptedOut) = run(["--format", "gnu", "--baseline", "baseline.json", "."], in: dir.path)
    #expect(accepted == 0)
    #expect(acceptedOut.err.contains("1 in the baseline"))
    // A new finding is reported; the old one stays accepted.
    try dir.write("c.txt", "30 boats sank.\n")
    let (fresh, freshOut) = run(["--format", "gnu", "--baseline", "baseline.json", "."], in: dir.path)
    #expect(fresh == 1)
    #expect(freshOut.out.hasPrefix("c.txt:1:1: error: \"30 boats\""))
    #expect(!freshOut.out.contains("b.txt:3"))
  }

  @Test func aMalformedBaselineIsAnInputError() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/r.rules", rules)
    try dir.write("baseline.json", "[1, 2]")
    try dir.write("a.txt", "12 boats sank.\n")
    let (status, captured) = run(["--baseline", "baseline.json", "."], in: dir.path)
    #expect(status == 2)
    #expect(captured.err.contains("not a factlint baseline"))
  }
}

@Suite struct CountConflictTests {
  @Test func countsOfOneThingInOneDocumentMustAgree() {
    let rule = "rule c { scope document\n select counts: count unquoted value >= 3\n expect counts agree by noun }"
    let (d, _) = TestSupport.lint(
      rule, ["The storm destroyed 40 wooden houses. A later report put the toll at 25 wooden houses."])
    #expect(d.count == 1)
    let quiet = TestSupport.lint(
      rule,
      [
        "Both sides freed 500 prisoners each, 1,000 prisoners in all.", "The two sides met; one side left.",
        "He said: “we lost 40 houses.” Officials counted 25 houses.", "40 houses and 25 boats were lost.",
      ])
    #expect(quiet.diagnostics.isEmpty)
  }

  @Test func valueFiltersUseIntervals() {
    let rule = "rule v { select s: duration value < 1 day\n expect s == 7200 }"
    let (d, _) = TestSupport.lint(rule, ["The talks lasted three hours, in the first talks in over three years."])
    #expect(d.map(\.message) == ["\"three hours\" breaks 's == 7200' (s = 10800)"])
  }
}
