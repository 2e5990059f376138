import Foundation
import Testing

@testable import FactLintKit

/// A streamed check passes over the corpus two or three times and holds none of it; its
/// output must be the same bytes as a check that holds the corpus.
@Suite struct StreamingCheckTests {
  /// A corpus of generated stories with the input problems a real archive has.
  private func corpus() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    let generator = NewsGenerator(seed: 31)
    for story in 0..<12 {
      for (name, text) in generator.story(story) { try directory.write("reports/\(name)", text) }
    }
    // Paths that sort before, between and after the stories.
    try directory.write("reports/000-empty.txt", "")
    try directory.write(
      "reports/aaa-bom-crlf.txt",
      bytes: [0xEF, 0xBB, 0xBF]
        + Array("Ukraine freed 1,000 prisoners each.\r\nPresident Volodymyr Zelensky spoke.\r\n".utf8))
    try directory.write(
      "reports/mmm-invalid.txt",
      bytes: Array("Russia freed 900 prisoners each. ".utf8) + [0xFF, 0xFE] + Array(" More.".utf8))
    try directory.write("reports/nnn-binary.txt", bytes: [0x00, 0x01, 0x02, 0x00, 0xFF])
    try directory.write(
      "reports/zzz-suppressed.txt",
      "The talks lasted under two hours. <!-- factlint-ignore talks-length: a later round -->\n"
        + "The meeting lasted more than five hours.\n<!-- factlint-ignore no-such-rule: typo -->\n")
    try FileManager.default.createSymbolicLink(
      atPath: directory.path + "/reports/loop", withDestinationPath: directory.path + "/reports")
    return directory
  }

  private func run(_ arguments: [String], in directory: String) -> (Int32, String, String) {
    let (status, captured) = TestSupport.run(arguments, in: directory)
    return (status, captured.out, captured.err)
  }

  @Test(arguments: ["gnu", "json", "sarif", "github", "human"])
  func streamedOutputIsTheHeldOutput(format: String) throws {
    let directory = try corpus()
    let rules = TestSupport.path("Rules")
    for jobs in ["1", "3"] {
      let base = ["reports", "--rules", rules, "--format", format, "--jobs", jobs]
      let held = run(base + ["--stream", "never"], in: directory.path)
      let streamed = run(base + ["--stream", "always"], in: directory.path)
      #expect(held.0 == 1)
      #expect(streamed.0 == held.0)
      #expect(streamed.1 == held.1)
      #expect(streamed.2 == held.2)
      #expect(held.1.contains("count-conflict") || format == "human" || format == "github")
    }
  }

  /// The first pass keeps what it read in a scratch file under `$TMPDIR`, which
  /// takes no name there; where none can be made, the later passes read the
  /// documents again, with the same output.
  @Test func theScratchFileIsOptionalAndLeavesNothingBehind() throws {
    let directory = try corpus()
    let scratch = try TemporaryDirectory()
    let base = ["reports", "--rules", TestSupport.path("Rules"), "--format", "json", "--jobs", "2"]
    let held = run(base + ["--stream", "never"], in: directory.path)
    for tmp in [scratch.path, scratch.path + "/missing", ""] {
      let captured = Captured()
      let status = FactLintCommand.run(
        base + ["--stream", "always"], io: captured.io(environment: ["TMPDIR": tmp], directory: directory.path))
      #expect(status == held.0, "TMPDIR=\(tmp)")
      #expect(captured.out == held.1, "TMPDIR=\(tmp)")
      #expect(captured.err == held.2, "TMPDIR=\(tmp)")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
  }

  @Test func streamedRunHonoursTheBaselineAndStrictness() throws {
    let directory = try corpus()
    let rules = TestSupport.path("Rules")
    let written = run(["reports", "--rules", rules, "--write-baseline", "base.txt"], in: directory.path)
    #expect(written.0 == 0)
    // Half of the baseline: the other half must be reported again, by both kinds of run.
    let entries = try directory.read("base.txt").split(separator: "\n").filter { $0.hasPrefix("  {") }
    #expect(entries.count > 4)
    let half = entries.enumerated().filter { $0.offset % 2 == 0 }.map {
      $0.element.hasSuffix(",") ? $0.element.dropLast() : $0.element
    }
    try directory.write("half.txt", "{\"version\":1,\"findings\":[\n" + half.joined(separator: ",\n") + "\n]}\n")
    let base = ["reports", "--rules", rules, "--format", "json", "--baseline", "half.txt", "--strict"]
    let held = run(base + ["--stream", "never"], in: directory.path)
    let streamed = run(base + ["--stream", "always"], in: directory.path)
    #expect(streamed.0 == held.0)
    #expect(streamed.1 == held.1)
    #expect(held.1.contains("\"errors\":"), "\(held.2)")
  }

  @Test func aRunThatNeedsEveryFindingAtOnceDoesNotStream() throws {
    let directory = try corpus()
    for option in [["--fix"], ["--format", "junit"], ["--output", "json=out.json"], ["--context", "reports"]] {
      let (status, _, err) = run(["reports", "--stream", "always"] + option, in: directory.path)
      #expect(status == 2)
      #expect(err.contains("'--stream always' cannot be combined with"))
    }
    let (status, _, err) = run(["reports", "--stream", "sometimes"], in: directory.path)
    #expect(status == 2)
    #expect(err.contains("'--stream' takes auto, always or never"))
  }

  @Test func aFileThatCannotBeReadIsAnInputError() throws {
    let directory = try corpus()
    try directory.write("reports/ppp-locked.txt", "The talks lasted an hour.")
    chmod(directory.path + "/reports/ppp-locked.txt", 0)
    defer { chmod(directory.path + "/reports/ppp-locked.txt", 0o644) }
    // Root reads any file: the test means nothing then.
    guard FileHandle(forReadingAtPath: directory.path + "/reports/ppp-locked.txt") == nil else { return }
    let held = run(["reports", "--stream", "never", "--format", "gnu"], in: directory.path)
    let streamed = run(["reports", "--stream", "always", "--format", "gnu"], in: directory.path)
    #expect(held.0 == 2)
    #expect(streamed.0 == 2)
    #expect(streamed.1 == held.1)
    #expect(streamed.2.contains("reports/ppp-locked.txt: cannot read file"))
  }

  @Test func autoStreamsFromTheThresholdOfBytesOn() throws {
    let directory = try TemporaryDirectory()
    try directory.write("a.txt", "123456")
    try directory.write("b.txt", "123456")
    let paths = [directory.path + "/a.txt", directory.path + "/missing.txt", directory.path + "/b.txt"]
    #expect(StreamingCheck.reaches(12, paths))
    #expect(!StreamingCheck.reaches(13, paths))
    #expect(StreamingCheck.reaches(6, Array(paths.prefix(1))))
    #expect(!StreamingCheck.reaches(1, []))
    // Sizes asked in runs on several workers add up to the whole.
    for k in 0..<600 { try directory.write("many/\(k).txt", "0123456789") }
    let many = (0..<600).map { directory.path + "/many/\($0).txt" } + [directory.path + "/missing.txt"]
    for jobs in [1, 2, 0] {
      #expect(StreamingCheck.reaches(6000, many, jobs: jobs))
      #expect(!StreamingCheck.reaches(6001, many, jobs: jobs))
      #expect(StreamingCheck.reaches(10, many, jobs: jobs))
    }
  }

  /// The rules that select no people or names are summed up from facts not yet
  /// linked, the others from linked facts: together they settle what summing up
  /// every rule from linked facts settles.
  @Test func rulesSummedUpBeforeLinkingSettleAsAfter() throws {
    let (sources, rules, files, extracted) = TestSupport.siftedStories(seed: 12, stories: 8)
    let corpus = Corpus(sources: sources, extracted: extracted)
    var whole = CorpusSummary(rules: rules)
    var parts = whole.emptied
    #expect(parts.comparesDocuments(in: .unlinked) && parts.comparesDocuments(in: .linked))
    for (d, file) in files.enumerated() {
      whole.add(corpus.documents[d], file: file)
      var unlinked = extracted[d]
      unlinked.orderForChecks()
      parts.add(unlinked, file: file, part: .unlinked)
    }
    for (d, file) in files.enumerated() { parts.add(corpus.documents[d], file: file, part: .linked) }
    whole.finish()
    parts.finish()
    var findings = 0
    for (d, file) in files.enumerated() {
      let report = whole.report(corpus.documents[d], file: file)
      #expect(parts.report(corpus.documents[d], file: file) == report)
      findings += report.joined().count
    }
    #expect(findings > 10)
    // Linking reads people and names; the rules that select them read nothing else here.
    #expect(parts.kindsRead(by: .linked) == FactKindSet([.person, .name]))
  }

  /// Rules that select no people or names need no pass between extraction and the
  /// findings: the output is still the held run's.
  @Test func rulesWithoutPeopleStreamTheHeldOutput() throws {
    let directory = try corpus()
    let rules = ["--rules", TestSupport.path("Rules/swap.rules"), "--rules", TestSupport.path("Rules/talks.rules")]
    for jobs in ["1", "2"] {
      let base = ["reports", "--format", "gnu", "--jobs", jobs] + rules
      let held = run(base + ["--stream", "never"], in: directory.path)
      let streamed = run(base + ["--stream", "always"], in: directory.path)
      #expect(held.0 == 1)
      #expect(streamed.0 == held.0 && streamed.1 == held.1 && streamed.2 == held.2)
      #expect(held.1.contains("swap-size") && !held.1.contains("[titles]"))
    }
  }

  /// Summing up in runs of any size gives the same summary as one document at a time.
  @Test func summariesMergeInAnyRuns() throws {
    let generator = NewsGenerator(seed: 8)
    let texts = (0..<6).flatMap { generator.story($0).map(\.text) }
    let sources = SourceManager()
    let ruleSet = RuleSet.load(paths: [TestSupport.path("Rules")], sources: sources, defaults: true)
    let corpus = TestSupport.corpus(texts, sources: sources)
    var one = RuleEvaluator(corpus: corpus)
    one.jobs = 1
    var many = RuleEvaluator(corpus: corpus)
    many.jobs = 4
    let a = one.evaluate(ruleSet.rules).map(\.diagnostics)
    let b = many.evaluate(ruleSet.rules).map(\.diagnostics)
    #expect(a == b)
    #expect(a.joined().count > 10)
    // Titles are summed up by person and office, each office with its forms: the runs
    // merge forms met in several of them, and the findings show it.
    let titles = try #require(ruleSet.rules.firstIndex { $0.id == "titles" })
    #expect(!a[titles].isEmpty)
    // Merging a summary of the first half with one of the second is summing up the whole.
    var whole = CorpusSummary(rules: ruleSet.rules)
    var first = whole.emptied
    var second = whole.emptied
    for (d, document) in corpus.documents.enumerated() {
      let file = sources[document.file]
      whole.add(document, file: file)
      if d < corpus.documents.count / 2 {
        first.add(document, file: file)
      } else {
        second.add(document, file: file)
      }
    }
    first.merge(second)
    whole.finish()
    first.finish()
    for document in corpus.documents {
      let file = sources[document.file]
      #expect(whole.report(document, file: file) == first.report(document, file: file))
    }
  }
}
