import Foundation
import Testing

@testable import FactLintKit

/// Documents and rule files chosen to break a linter: huge, absurd, numerous,
/// vanishing, malformed. factlint must report them where they are and go on.
@Suite struct HostileInputTests {
  let countRule = "rule r { select s: count noun boat\n expect s == 5 }\n"

  @Test func aFiftyMegabyteLineIsLintedWithItsColumnAndAWindowedSnippet() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/r.rules", countRule)
    // Long words keep the token count small, so the test stays quick in a debug build.
    let word = String(repeating: "x", count: 1023) + " "
    var line = String(repeating: word, count: 50 * 1024)
    line += "then 7 boats sank"
    try dir.write("docs/long.txt", line)
    let (status, captured) = TestSupport.run(["--format", "gnu", "--no-default-rules", "docs"], in: dir.path)
    #expect(status == 1)
    let column = 50 * 1024 * 1024 + 6
    #expect(captured.out.hasPrefix("docs/long.txt:1:\(column): error: \"7 boats\" breaks 's == 5' (s = 7) [r]"))
    let (_, human) = TestSupport.run(["--format", "human", "--no-default-rules", "docs"], in: dir.path)
    let snippet = human.out.split(separator: "\n").first { $0.contains("7 boats sank") }
    #expect(snippet != nil)
    #expect((snippet?.utf8.count ?? .max) < 400, "the snippet shows a window of the line, not all of it")
  }

  @Test(arguments: [
    ("1" + String(repeating: "0", count: 10_000) + " boats", Double.infinity),
    ("9,999,999,999,999,999,999 boats", 9_999_999_999_999_999_999.0),
    ("0.000000000000000000000001 boats", 1e-24),
    // Scientific notation is not how news states figures: glued to letters, it is not a number.
    ("1e308 boats", nil),
  ])
  func absurdNumbersNeitherOverflowNorCrash(text: String, value: Double?) throws {
    let facts = TestSupport.facts(text)
    #expect(facts.first { $0.value != nil }?.value?.lower == value)
    for fact in facts { #expect(fact.span.end <= text.utf8.count) }
  }

  @Test func tenThousandTinyFilesAreAllRead() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/r.rules", countRule)
    for i in 0..<10_000 {
      try dir.write(String(format: "docs/%02d/f%05d.txt", i % 100, i), i == 4242 ? "6 boats" : "5 boats")
    }
    let (status, captured) = TestSupport.run(["--format", "gnu", "--no-default-rules", "docs"], in: dir.path)
    #expect(status == 1)
    #expect(captured.out.hasPrefix("docs/42/f04242.txt:1:1: error: \"6 boats\" breaks 's == 5' (s = 6) [r]"))
    #expect(captured.err.contains("10000 documents, 1 rule: 0 held, 1 failed (r); 1 error"))
  }

  @Test func aFileThatVanishesAfterTheWalkIsAnInputErrorAndTheRestIsRead() throws {
    let dir = try TemporaryDirectory()
    try dir.write("docs/a.txt", "4 boats")
    try dir.write("docs/b.txt", "5 boats")
    try dir.write("docs/c.txt", "6 boats")
    let pipeline = LintPipeline(baseDirectory: dir.path)
    let walked = CorpusWalker(baseDirectory: dir.path).walk(["docs"])
    #expect(walked.files == ["docs/a.txt", "docs/b.txt", "docs/c.txt"])
    try FileManager.default.removeItem(atPath: dir.path + "/docs/b.txt")
    try dir.write("docs/c.txt", "7 boats, changed after the walk")
    let loaded = pipeline.load(walked: walked, sources: SourceManager())
    #expect(loaded.failures.map(\.path) == ["docs/b.txt"])
    #expect(loaded.corpus.documents.count == 2)
    #expect(loaded.corpus.facts.compactMap { $0.value?.lower } == [4, 7])
  }

  /// Workers read and extract files in runs, each opened and read ahead before the
  /// first is read: documents keep their path order across runs, and a file gone from
  /// any run is an input error at its place.
  @Test func filesReadInRunsKeepTheirOrderAndLoseOnlyTheFilesGone() throws {
    let dir = try TemporaryDirectory()
    let count = LintPipeline.readRunLength * 3 + 5
    let names = (0..<count).map { String(format: "docs/f%04d.txt", $0) }
    for (i, name) in names.enumerated() { try dir.write(name, "\(i + 3) boats") }
    let walked = CorpusWalker(baseDirectory: dir.path).walk(["docs"])
    #expect(walked.files == names)
    let gone = [0, LintPipeline.readRunLength - 1, LintPipeline.readRunLength, count - 1]
    for i in gone { try FileManager.default.removeItem(atPath: dir.path + "/" + names[i]) }
    for jobs in [1, 2, 4] {
      let pipeline = LintPipeline(jobs: jobs, baseDirectory: dir.path)
      let sources = SourceManager()
      let loaded = pipeline.load(walked: walked, sources: sources)
      #expect(loaded.failures.map(\.path) == gone.map { names[$0] })
      let kept = names.indices.filter { !gone.contains($0) }
      // A file gone holds no place among the sources listed (as a fact file lists them).
      #expect(sources.files.map(\.path) == kept.map { names[$0] })
      #expect(loaded.corpus.documents.map { loaded.corpus.sources[$0.file].path } == kept.map { names[$0] })
      #expect(loaded.corpus.facts.compactMap { $0.value?.lower } == kept.map { Double($0 + 3) })
    }
  }

  @Test func theSameInputGivesTheSameBytesOverFiftyParallelRuns() throws {
    let dir = try TemporaryDirectory()
    for (name, text) in NewsGenerator(seed: 7).story(0) + NewsGenerator(seed: 7).story(1) {
      try dir.write("docs/" + name, text)
    }
    for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.path("seeds")) {
      try dir.write(
        "docs/seeds/" + name, try String(contentsOfFile: TestSupport.path("seeds/" + name), encoding: .utf8))
    }
    try dir.write("Rules/r.rules", "rule t { select s: count\n expect s agree }\n")
    var outputs = Set<String>()
    for run in 0..<50 {
      let format = ["gnu", "json", "sarif"][run % 3]
      let (_, captured) = TestSupport.run(["--format", format, "--jobs", "\(1 + run % 4)", "docs"], in: dir.path)
      outputs.insert(format + "\n" + captured.out + captured.err)
    }
    #expect(outputs.count == 3, "one output per format")
    #expect(outputs.allSatisfy { $0.contains("docs/") })
  }

  // MARK: - Rule files

  @Test(arguments: [
    ("rule r {\n  message \"never closed\n}\n", "Rules/test.rules:2:11: error: unterminated string"),
    ("rule r {\n  selekt s: count\n}\n", "Rules/test.rules:2:3: error: unknown rule item 'selekt'"),
    ("rule r {\n  severity 42\n  select s: count\n  expect s agree\n}\n", "Rules/test.rules:2:12: error: expected"),
    (
      "rule r {\n  select s: count\n  expect t agree\n}\n",
      "Rules/test.rules:3:3: error: unknown selection 't' in rule 'r'"
    ),
    (
      "rule r {\n  select s: count within \"x\"\n  expect s agree\n}\n",
      "Rules/test.rules:2:19: error: unknown selection filter 'within'"
    ),
  ])
  func malformedConstructsAreLocatedErrors(source: String, prefix: String) {
    let errors = TestSupport.ruleErrors(source)
    #expect(errors.contains { $0.hasPrefix(prefix) }, "\(errors)")
  }

  @Test func nounClassesNamingEachOtherDoNotLoop() throws {
    let (diagnostics, _) = TestSupport.lint(
      "noun a = b\nnoun b = a\nrule r { select s: count noun a\n expect s == 1 }\n", ["There were 3 b and 4 boats."])
    #expect(diagnostics.map(\.message) == ["\"3 b\" breaks 's == 1' (s = 3)"])
  }

  @Test func aRuleFileOfOneHundredThousandRulesParsesInOnePass() {
    var source = ""
    source.reserveCapacity(100_000 * 60)
    for i in 0..<100_000 { source += "rule r\(i) {\n  select s: count\n  expect s agree\n}\n" }
    source += "rule r99999 { select s: count\n expect s agree }\n"
    let errors = TestSupport.ruleErrors(source)
    #expect(errors == ["Rules/test.rules:400001:6: error: rule id 'r99999' is already used [rule-duplicate]"])
  }
}

/// Many statements disagreeing on one fact give a bounded report.
struct DisagreementBoundTests {
  static let rule = """
    rule boats {
      select s: count noun "boats"
      expect s agree
    }
    """

  func evaluate(limit: Int) -> [Diagnostic] {
    let lines = (0..<3000).map { i in "Officials said \(i % 3 == 0 ? 400 + i % 7 : 500) boats sank." }
    let sources = SourceManager()
    let ruleSet = TestSupport.rules(Self.rule, sources: sources)
    let corpus = TestSupport.corpus([lines.joined(separator: "\n")], sources: sources)
    var evaluator = RuleEvaluator(corpus: corpus)
    evaluator.maxPerDocument = limit
    return evaluator.evaluate(ruleSet.rules.filter { $0.id == "boats" }).flatMap(\.diagnostics)
  }

  @Test func theRestIsSummedUpInOneDiagnostic() throws {
    let diagnostics = evaluate(limit: 20)
    #expect(diagnostics.count == 21)
    let summary = try #require(diagnostics.last)
    #expect(summary.message == "980 more statements in this document cannot be true together with 500")
    #expect(summary.notes.first?.hasPrefix("the first is here; they state \"400 boats\"") == true)
    // The reference is the value most statements hold, even within one document.
    #expect(diagnostics.allSatisfy { !$0.message.hasPrefix("\"500 boats\"") })
  }

  @Test func noLimitReportsEveryStatement() {
    #expect(evaluate(limit: 0).count == 1000)
  }
}
