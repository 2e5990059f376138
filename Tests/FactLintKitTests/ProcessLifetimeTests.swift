import Foundation
import Testing

@testable import FactLintKit

/// The command-line tool leaves its corpus to the system at exit; a library caller does not.
@Suite(.serialized) struct ProcessLifetimeTests {
  final class Probe {}

  @Test func aKeptValueOutlivesItsOwner() {
    weak var probe: Probe?
    do {
      let owned = Probe()
      probe = owned
      ProcessLifetime.keep(owned)
    }
    #expect(probe != nil)
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
    #expect(FactLintCommand.run(["--format", "gnu", "docs"], io: io) == 0)
    #expect(ProcessLifetime.keptCount == before + 1)
    #expect(FactLintCommand.run(["facts", "--format", "stats", "docs"], io: io) == 0)
    #expect(ProcessLifetime.keptCount == before + 2)
  }
}
