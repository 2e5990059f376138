import Foundation
import Testing

@testable import FactLintKit

/// A few tests run the real `factlint` executable, as a user or CI would.
@Suite struct BinaryTests {
  static let binary: String? = {
    let candidates = [
      Bundle.main.bundleURL.appendingPathComponent("factlint").path,
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("factlint").path,
      TestSupport.path(".build/debug/factlint"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  struct Result {
    var status: Int32
    var out: String
    var err: String
  }

  func run(_ arguments: [String], environment: [String: String] = [:], closeStdout: Bool = false) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(Self.binary, "factlint binary not built"))
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: TestSupport.root)
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    // Standard error goes to a file, not a second pipe: while the test reads standard
    // output to its end, a tool writing more than a pipe holds to standard error (a leak
    // checker's report) would wait for a reader forever.
    let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-stderr-\(UUID().uuidString)")
    try #require(FileManager.default.createFile(atPath: errPath.path, contents: nil), "cannot make \(errPath.path)")
    defer { try? FileManager.default.removeItem(at: errPath) }
    let err = try FileHandle(forWritingTo: errPath)
    process.standardOutput = out
    process.standardError = err
    try process.run()
    if closeStdout { try out.fileHandleForReading.close() }
    let outData = closeStdout ? Data() : out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try err.close()
    // Read as the tool reads files: `Data(contentsOf:)` of an empty file leaks its buffer
    // (FoundationEssentials), which the run under AddressSanitizer reports.
    let errBytes = try #require(FileBytes.contents(atPath: errPath.path), "cannot read \(errPath.path)")
    return Result(
      status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
      err: String(decoding: errBytes, as: UTF8.self))
  }

  @Test func lintingTheSeedsFailsWithFindingsAndASummary() throws {
    let result = try run(["seeds/", "--format", "gnu"])
    #expect(result.status == 1)
    #expect(result.out.contains("error: Donald Trump is called"))
    #expect(result.err.contains("5 documents, 9 rules: 7 held, 2 failed (titles, name-spellings); 6 errors"))
  }

  @Test func aCleanRunExitsZero() throws {
    let result = try run(["seeds/", "--no-default-rules", "--rules", "Rules/talks.rules", "--format", "gnu"])
    #expect(result.status == 0)
    #expect(result.out.isEmpty)
  }

  @Test func unknownFlagsAreUsageErrors() throws {
    let result = try run(["seeds/", "--strcit"])
    #expect(result.status == 2)
    #expect(result.err.contains("unknown option '--strcit'; did you mean '--strict'?"))
  }

  @Test func aMissingPathIsAnInputError() throws {
    let result = try run(["no/such/dir", "--format", "gnu"])
    #expect(result.status == 2)
    #expect(result.err.contains("no/such/dir: no such file or directory"))
  }

  @Test func aClosedStdoutEndsQuietly() throws {
    let result = try run(["facts", "seeds/"], closeStdout: true)
    #expect(result.status == 0)
    #expect(!result.err.contains("Fatal"))
    #expect(!result.err.contains("Stack"))
  }

  @Test func humanFormatIsColouredOnlyWhenAskedAndNeverWithNoColor() throws {
    let plain = try run(["seeds/", "--format", "human"])
    #expect(!plain.out.contains("\u{1B}["))
    // The test runner may itself set NO_COLOR; an empty value means unset.
    let coloured = try run(["seeds/", "--format", "human", "--color", "always"], environment: ["NO_COLOR": ""])
    #expect(coloured.out.contains("\u{1B}[1;31merror"))
    let noColor = try run(["seeds/", "--format", "human", "--color", "always"], environment: ["NO_COLOR": "1"])
    #expect(!noColor.out.contains("\u{1B}["))
  }

  #if os(Linux)
    /// What `factlint ARGUMENTS REPORT` prints of a report it reads from a named pipe, and
    /// the environment its process has while it reads: it has opened the pipe by then, so
    /// any restart is behind it, and it is still the process started (its pid).
    func environmentWhileReading(_ arguments: [String], environment: [String: String]) throws -> (
      environment: [String], out: String, status: Int32
    ) {
      let directory = try TemporaryDirectory()
      let pipePath = directory.path + "/report.txt"
      #expect(mkfifo(pipePath, 0o600) == 0)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: try #require(Self.binary, "factlint binary not built"))
      process.arguments = arguments + [pipePath]
      process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
      var env = ProcessInfo.processInfo.environment
      for (k, v) in environment { env[k] = v }
      process.environment = env
      let out = Pipe()
      process.standardOutput = out
      // Not a pipe no one reads: a tool that wrote more than it holds would wait forever.
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Opening the pipe to write waits until the tool opens it to read.
      let writer = try #require(FileHandle(forWritingAtPath: pipePath))
      let environ = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(process.processIdentifier)/environ"))
      writer.write(Data("President Anna Kowalczyk said 500 prisoners were freed. The talks lasted two hours.\n".utf8))
      try writer.close()
      let printed = out.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (
        // One entry for each variable: the first has no separator before it, and the
        // order is the one the environment was handed over in, which varies.
        String(decoding: environ, as: UTF8.self).split(separator: "\0").map(String.init),
        String(decoding: printed, as: UTF8.self), process.terminationStatus
      )
    }

    /// A streamed check starts the binary again with deeper allocator caches, with its
    /// arguments, and reads its documents and prints as a run that does not.
    @Test func aStreamedCheckStartsAgainWithDeeperAllocatorCaches() throws {
      let arguments = ["--stream", "always", "--format", "json"]
      let restarted = try environmentWhileReading(arguments, environment: ["GLIBC_TUNABLES": "", "LD_PRELOAD": ""])
      #expect(restarted.environment.contains("GLIBC_TUNABLES=\(AllocatorRestart.setting)"))
      // A depth the user set is kept, and the run goes on as it started.
      let kept = try environmentWhileReading(arguments, environment: ["GLIBC_TUNABLES": "glibc.malloc.tcache_count=7"])
      #expect(kept.environment.contains("GLIBC_TUNABLES=glibc.malloc.tcache_count=7"))
      #expect(!kept.environment.contains { $0.contains(AllocatorRestart.setting) })
      #expect(restarted.status == 0)
      #expect(restarted.status == kept.status)
      #expect(restarted.out.contains("\"documents\":1"))
      #expect(restarted.out == kept.out)
    }

    @Test func aHeldCheckAndTheFactsCommandStartOnce() throws {
      for arguments in [["--format", "json"], ["facts"]] {
        let run = try environmentWhileReading(arguments, environment: ["GLIBC_TUNABLES": "", "LD_PRELOAD": ""])
        #expect(!run.environment.contains { $0.contains(AllocatorRestart.setting) })
        #expect(run.status == 0)
        #expect(!run.out.isEmpty)
      }
    }
  #endif

  @Test func ruleExamplesPassThroughTheTestCommand() throws {
    let result = try run(["test"])
    #expect(result.status == 0)
    #expect(result.out.hasSuffix("9 passed, 0 failed\n"))
  }
}
