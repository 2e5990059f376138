import Foundation
import Testing

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
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    if closeStdout { try out.fileHandleForReading.close() }
    let outData = closeStdout ? Data() : out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
      err: String(decoding: errData, as: UTF8.self))
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

  @Test func ruleExamplesPassThroughTheTestCommand() throws {
    let result = try run(["test"])
    #expect(result.status == 0)
    #expect(result.out.hasSuffix("9 passed, 0 failed\n"))
  }
}
