import Foundation
import Testing

@testable import FactLintKit

/// Every input the fuzzers ever crashed on, and their seed corpora, run through
/// the same entry points as `.ci/fuzz`. A file lands in Tests/FuzzRegressions/
/// TARGET/ when fuzzing finds it; a fix must keep it passing.
@Suite struct FuzzRegressionTests {
  static func inputs(_ folders: [String]) -> [String] {
    folders.flatMap { folder -> [String] in
      let path = TestSupport.path(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
    }
  }

  static func bytes(_ relative: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestSupport.path(relative))))
  }

  @Test(arguments: inputs(["Tests/FuzzRegressions/rules", "Tests/Fuzz/Corpus/rules", "Rules"]))
  func ruleFileInputsParseWithoutCrashing(path: String) throws {
    FuzzTargets.ruleFile(try Self.bytes(path))
  }

  @Test(arguments: inputs(["Tests/FuzzRegressions/extractor", "Tests/Fuzz/Corpus/documents", "seeds"]))
  func documentInputsExtractWithoutCrashing(path: String) throws {
    FuzzTargets.extractor(try Self.bytes(path))
  }

  @Test(arguments: inputs(["Tests/FuzzRegressions/pipeline", "Tests/Fuzz/Corpus/documents"]))
  func documentInputsLintTheSameTwice(path: String) throws {
    FuzzTargets.pipeline(try Self.bytes(path))
  }

  @Test func theSeedCorporaAreNotEmpty() {
    #expect(Self.inputs(["Tests/Fuzz/Corpus/rules"]).count >= 3)
    #expect(Self.inputs(["Tests/Fuzz/Corpus/documents"]).count >= 5)
  }
}
