import Foundation
import Testing

@testable import FactLintKit

/// The command-line tool leaves its corpus to the system at exit; a library caller does not.
@Suite(.serialized) struct ProcessLifetimeTests {
  /// Records its own deinitialisation (a weak reference would do, but its side
  /// table, hanging off an object that is never freed, reads as a leak to LeakSanitizer).
  final class Probe: @unchecked Sendable {
    final class Flag: @unchecked Sendable { var freed = false }
    let flag: Flag
    init(_ flag: Flag) { self.flag = flag }
    deinit { flag.freed = true }
  }

  @Test func aKeptValueOutlivesItsOwner() {
    let flag = Probe.Flag()
    do {
      let owned = Probe(flag)
      ProcessLifetime.keep(owned)
    }
    #expect(!flag.freed)
    do { _ = Probe(flag) }
    #expect(flag.freed)
  }

  @Test func onlyARunThatEndsTheProcessKeepsItsCorpus() throws {
    let dir = try TemporaryDirectory()
    try dir.write("docs/a.txt", "Both sides freed 500 prisoners each.\n")
    let captured = Captured()
    var io = captured.io(directory: dir.path)
    let before = ProcessLifetime.keptCount
    #expect(FactLintCommand.run(["--format", "gnu", "docs"], io: io) == 0)
    #expect(ProcessLifetime.keptCount == before)
    io.exitsAfterRun = true
    // A check keeps its corpus and findings, and what its evaluation worked with.
    #expect(FactLintCommand.run(["--format", "gnu", "docs"], io: io) == 0)
    #expect(ProcessLifetime.keptCount == before + 2)
    #expect(FactLintCommand.run(["facts", "--format", "stats", "docs"], io: io) == 0)
    #expect(ProcessLifetime.keptCount == before + 3)
  }

  @Test func anEvaluationThatKeepsItsWorkFindsWhatOneThatFreesItFinds() {
    let generator = NewsGenerator(seed: 4)
    let texts = (0..<4).flatMap { generator.story($0).map(\.text) }
    let sources = SourceManager()
    let rules = RuleSet.load(paths: [TestSupport.path("Rules")], sources: sources, defaults: true).rules
    var evaluator = RuleEvaluator(corpus: TestSupport.corpus(texts, sources: sources))
    let before = ProcessLifetime.keptCount
    let freed = evaluator.evaluate(rules).map(\.diagnostics)
    #expect(ProcessLifetime.keptCount == before)
    evaluator.keepsWorkUntilExit = true
    let kept = evaluator.evaluate(rules).map(\.diagnostics)
    #expect(ProcessLifetime.keptCount == before + 1)
    #expect(kept == freed)
    #expect(freed.joined().count > 10, "the rules must find something for the comparison to mean anything")
  }
}
