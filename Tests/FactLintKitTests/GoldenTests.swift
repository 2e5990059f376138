import Foundation
import Testing

@testable import FactLintKit

/// The whole output on the seed corpus, pinned. To update after an intended
/// change: `swift run factlint seeds/ --format gnu > Tests/Golden/seeds.gnu`
/// and `swift run factlint facts seeds/ > Tests/Golden/seeds.facts`.
@Suite struct GoldenTests {
  func golden(_ name: String) throws -> String {
    try String(contentsOfFile: TestSupport.path("Tests/Golden/" + name), encoding: .utf8)
  }

  @Test func gnuOutputOnSeedsMatchesTheGolden() throws {
    let captured = Captured()
    let status = FactLintCommand.run(["seeds/", "--format", "gnu"], io: captured.io())
    #expect(status == 1)
    #expect(captured.out == (try golden("seeds.gnu")))
  }

  @Test func factsOnSeedsMatchTheGolden() throws {
    let captured = Captured()
    let status = FactLintCommand.run(["facts", "seeds/"], io: captured.io())
    #expect(status == 0)
    #expect(captured.out == (try golden("seeds.facts")))
  }

  @Test func outputIsTheSameBytesWhateverTheParallelism() {
    var outputs = Set<String>()
    for jobs in ["1", "2", "4"] {
      for _ in 0..<5 {
        let captured = Captured()
        _ = FactLintCommand.run(["seeds/", "--format", "json", "--jobs", jobs], io: captured.io())
        outputs.insert(captured.out)
      }
    }
    #expect(outputs.count == 1)
  }

  /// A corpus large enough that linking, selection and rendering each split their
  /// work into chunks: every format is the same bytes with one worker or several.
  @Test func aLargeCorpusIsTheSameBytesWhateverTheParallelism() throws {
    let dir = try TemporaryDirectory()
    let generator = NewsGenerator(seed: 11)
    for story in 0..<80 {
      for report in generator.story(story) { try dir.write("corpus/" + report.name, report.text) }
    }
    try FileManager.default.copyItem(atPath: TestSupport.path("Rules"), toPath: dir.path + "/Rules")
    for format in ["gnu", "json"] {
      let (status, one) = TestSupport.run(["corpus", "--format", format, "--jobs", "1"], in: dir.path)
      #expect(status == 1)
      if format == "gnu" {
        let diagnostics = one.out.split(separator: "\n").filter { !$0.contains(": note: ") }
        #expect(diagnostics.count > 1024, "the chunked paths must be taken")
      }
      for jobs in ["2", "3"] {
        let (_, many) = TestSupport.run(["corpus", "--format", format, "--jobs", jobs], in: dir.path)
        #expect(many.out == one.out, "--jobs \(jobs), \(format)")
        #expect(many.err == one.err)
      }
    }
  }
}

/// What the issue asks of the seed corpus, stated directly so that a golden
/// update cannot silently drop it.
@Suite struct SeedExpectationTests {
  let report: String = {
    let captured = Captured()
    _ = FactLintCommand.run(["seeds/", "--format", "gnu"], io: captured.io())
    return captured.out
  }()

  func errors(_ rule: String) -> [String] {
    report.split(separator: "\n").map(String.init).filter { $0.hasSuffix("[\(rule)]") }
  }

  @Test func formerPresidentIsReportedAgainstTheSittingPresident() {
    let titles = errors("titles")
    #expect(titles.count == 3)
    for file in ["000_", "002_", "004_"] { #expect(titles.contains { $0.contains(file) && $0.contains("ormer") }) }
    #expect(report.contains("001_f76da1300c43f52b.txt:10:266: note: called \"US President\" here"))
    #expect(report.contains("003_4a6a3c07746cc093.txt:9:195: note: called \"President\" here"))
  }

  @Test func zelenskySpellingIsReportedWhereverItDiffers() {
    let spellings = errors("name-spellings")
    #expect(spellings.count == 3)
    #expect(spellings.allSatisfy { $0.contains("001_") || $0.contains("002_") })
  }

  @Test func trapsStaySilent() {
    for rule in ["swap-size", "swap-phase-is-half", "swap-size-stated", "talks-length", "ceasefire-length"] {
      #expect(errors(rule).isEmpty, "\(rule) reported: \(errors(rule))")
    }
    #expect(!report.contains("Fidan"))
    #expect(!report.contains("Medinsky"))
  }

  /// The silent rules must be silent because their relations hold, not because
  /// they selected nothing.
  @Test func silentRulesSelectTheStatementsTheyGuard() throws {
    let sources = SourceManager()
    let ruleSet = RuleSet.load(paths: [TestSupport.path("Rules")], sources: sources, defaults: false)
    #expect(ruleSet.errors.isEmpty)
    let loaded = LintPipeline(baseDirectory: TestSupport.root).load(["seeds/"], sources: sources)
    let evaluator = RuleEvaluator(corpus: loaded.corpus)
    func selected(_ rule: String, _ selection: String) throws -> [Fact] {
      let r = try #require(ruleSet.rules.first { $0.id == rule })
      _ = try #require(r.selections.first { $0.name == selection })
      return evaluator.selected(selection, of: r)
    }
    let swap = try selected("swap-size", "swap")
    #expect(Set(swap.map(\.value)) == [.exactly(1000)])
    #expect(Set(swap.map(\.span.file)).count == 4)
    #expect(try selected("swap-phase-is-half", "phase").map(\.value) == [.exactly(500)])
    #expect(try selected("swap-phase-is-half", "whole").map(\.text) == ["1,000-for-1,000"])
    let lengths = try selected("talks-length", "length").map(\.text)
    #expect(lengths == ["just over an hour", "under two hours", "less than two hours", "under two hours"])
    #expect(try selected("ceasefire-length", "truce").map(\.text) == ["at least 30 days", "30-day"])
    let swapNouns = try selected("swap-size", "swap").compactMap(\.noun?.lemma)
    #expect(!swapNouns.contains("soldier") && !swapNouns.contains("family"))
  }
}
