import Foundation
import Testing

@testable import FactLintKit

/// Extraction on shards, one check over the merged fact files.
struct FactFileTests {
  /// A corpus in two shards: seeds, generated reports, and files with input problems.
  func corpus() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory()
    // The seeds split over both shards, so that people are linked across them.
    let seeds = try FileManager.default.contentsOfDirectory(atPath: TestSupport.path("seeds")).sorted()
    for (i, name) in seeds.enumerated() {
      let bytes = try #require(FileManager.default.contents(atPath: TestSupport.path("seeds/" + name)))
      try dir.write("corpus/\(i < 3 ? "a" : "b")/" + name, bytes: [UInt8](bytes))
    }
    let generator = NewsGenerator(seed: 7)
    for report in generator.story(0) + generator.story(1) { try dir.write("corpus/b/" + report.name, report.text) }
    try dir.write("corpus/b/bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("About 500 people met on Friday.".utf8))
    try dir.write("corpus/b/bad.txt", bytes: Array("It took 3 hours ".utf8) + [0xFF] + Array(" in all.".utf8))
    try dir.write("corpus/b/binary.txt", bytes: [0x00, 0x01, 0x02])
    try dir.write("corpus/b/empty.txt", "")
    try FileManager.default.copyItem(atPath: TestSupport.path("Rules"), toPath: dir.path + "/Rules")
    return dir
  }

  @Test func aMergedCheckEqualsOneRunOnTheWholeCorpus() throws {
    let dir = try corpus()
    for shard in ["a", "b"] {
      let (status, out) = TestSupport.run(["facts", "corpus/" + shard, "--format", "jsonl"], in: dir.path)
      #expect(status == 0)
      try dir.write(shard + ".jsonl", out.out)
    }
    for format in ["gnu", "json", "sarif"] {
      let (wholeStatus, whole) = TestSupport.run(["corpus", "--format", format], in: dir.path)
      // The shards in the other order: the merge sorts documents as a walk would.
      let (mergedStatus, merged) = TestSupport.run(
        ["check", "--facts", "b.jsonl", "--facts", "a.jsonl", "--format", format], in: dir.path)
      #expect(wholeStatus == 1)
      #expect(mergedStatus == wholeStatus)
      #expect(merged.out == whole.out, "format \(format)")
      #expect(merged.err == whole.err)
    }
  }

  @Test func factLinesFollowTheirDocumentLine() throws {
    let dir = try corpus()
    let (_, out) = TestSupport.run(["facts", "corpus/b/bom.txt", "--format", "jsonl"], in: dir.path)
    let lines = out.out.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix(#"{"document":"corpus/b/bom.txt","version":1,"#) == true)
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(#"{"kind":"#) })
    #expect(lines.count == 3)  // the document, "About 500 people", "Friday"
  }

  /// A check lets each document's sentences go as soon as it is extracted; a fact file
  /// still lists them all.
  @Test func aFactFileListsEverySentence() throws {
    let dir = try TemporaryDirectory()
    try dir.write("doc.txt", "About 500 people met. They left on Friday.\nNobody stayed.")
    let (status, out) = TestSupport.run(["facts", "doc.txt", "--format", "jsonl"], in: dir.path)
    #expect(status == 0)
    let document = try #require(out.out.split(separator: "\n").first.map(String.init))
    let json = try Array(document.utf8).withUnsafeBufferPointer { try JSONValue.parse($0) }
    #expect(json["sentences"]?.array?.count == 3)
  }

  @Test func aBrokenFactFileIsALocatedInputError() throws {
    let dir = try TemporaryDirectory()
    try dir.write("bad.jsonl", "{\"kind\":\"count\"}\n{\"document\":\"x.txt\",\"version\":1,\"text\":\"a\",[\n")
    let (status, out) = TestSupport.run(["check", "--facts", "bad.jsonl", "--no-default-rules"], in: dir.path)
    #expect(status == 2)
    #expect(out.err.contains("bad.jsonl:2: bad fact file: not valid JSON"))
    try dir.write("old.jsonl", "{\"document\":\"x.txt\",\"version\":99}\n")
    let (oldStatus, old) = TestSupport.run(["check", "--facts", "old.jsonl", "--no-default-rules"], in: dir.path)
    #expect(oldStatus == 2)
    #expect(old.err.contains("old.jsonl:1: bad fact file: written by another version of factlint"))
  }

  @Test(arguments: [
    (["facts", "--facts", "a.jsonl"], "'--facts' is an option of 'factlint check'"),
    (["check", "--facts", "a.jsonl", "doc.txt"], "'--facts' checks fact files; give no documents beside it"),
    (["check", "--facts", "a.jsonl", "--fix"], "'--fix' needs the documents, not fact files"),
  ])
  func usage(arguments: [String], message: String) {
    #expect(throws: UsageError(message: message)) { try Options.parse(arguments) }
  }

  @Test func jsonValuesParseFromBytes() throws {
    let text = #"{"a":[1,-2.5e3,true,null,"x\"\u00e9\ud83d\ude00"],"b":{}}"#
    let value = try Array(text.utf8).withUnsafeBufferPointer { try JSONValue.parse($0) }
    #expect(value["a"]?.array?[1].double == -2500)
    #expect(value["a"]?.array?[4].string == "x\"é😀")
    #expect(value["b"] == .object([:]))
    #expect(throws: JSONValue.ParseError.self) {
      try Array("[1,]".utf8).withUnsafeBufferPointer { try JSONValue.parse($0) }
    }
  }
}
