import Foundation
import Testing

@testable import FactLintKit

/// What a streamed check keeps of each document between its passes.
@Suite struct DocumentRecordsTests {
  /// Documents with every kind of fact, name runs and suppressions.
  private func documents() -> [String] {
    let generator = NewsGenerator(seed: 5)
    var texts = (0..<8).flatMap { generator.story($0).map(\.text) }
    texts.append(
      "Ukraine's President Volodymyr Zelensky said 1,000-for-1,000. <!-- factlint-ignore swap-size, titles: quoted -->\n"
        + "<!-- factlint-ignore-file count-conflict: an old report -->\nAbout $1.6 million, 40% and 3 1/2 hours.")
    for name in try! FileManager.default.contentsOfDirectory(atPath: TestSupport.path("seeds")).sorted() {
      texts.append(try! String(contentsOfFile: TestSupport.path("seeds/" + name), encoding: .utf8))
    }
    return texts
  }

  /// Every fact, sentence, name run and suppression reads back equal to what was
  /// written, with the document's bytes at hand to spell texts or without them.
  @Test(arguments: [false, true])
  func documentFactsReadBackEqual(withSource: Bool) throws {
    var written = 0
    var spelledOut = 0
    for (k, text) in documents().enumerated() {
      let file = FileID(k + 3)
      let bytes = Array(text.utf8)
      let extracted = bytes.withUnsafeBufferPointer { Extractor.extract(bytes: $0, file: file) }
      var out = ByteEncoder()
      var full = ByteEncoder()
      DocumentFactsCodec.encode(extracted, into: &full)
      bytes.withUnsafeBufferPointer {
        DocumentFactsCodec.encode(extracted, source: withSource ? $0 : nil, into: &out)
      }
      written += out.bytes.count
      spelledOut += full.bytes.count
      let decoded = try #require(
        out.bytes.withUnsafeBytes { raw -> DocumentFacts? in
          var input = ByteDecoder(raw)
          let facts = bytes.withUnsafeBufferPointer {
            DocumentFactsCodec.decode(&input, file: file, source: withSource ? $0 : nil)
          }
          return input.isAtEnd ? facts : nil
        })
      if withSource && !extracted.facts.isEmpty {
        // Texts left as marks cannot be read back without the bytes that spell them.
        let blind = out.bytes.withUnsafeBytes { raw -> DocumentFacts? in
          var input = ByteDecoder(raw)
          return DocumentFactsCodec.decode(&input, file: file)
        }
        #expect(blind == nil)
      }
      #expect(decoded.file == file)
      #expect(decoded.facts == extracted.facts)
      #expect(decoded.facts.map(\.extent) == extracted.facts.map(\.extent))
      #expect(decoded.facts.map(\.unit) == extracted.facts.map(\.unit))
      #expect(decoded.facts.map(\.hedge) == extracted.facts.map(\.hedge))
      #expect(decoded.sentences == extracted.sentences)
      #expect(decoded.suppressions == extracted.suppressions)
      #expect(decoded.nameRuns.count == extracted.nameRuns.count)
      for (a, b) in zip(decoded.nameRuns, extracted.nameRuns) {
        #expect(Array(a.words) == Array(b.words))
        #expect(Array(a.spans) == Array(b.spans))
        #expect(a.quoted == b.quoted && a.sentence == b.sentence)
      }
    }
    // Facts' texts, nouns' phrases and names are most of what a document spells.
    if withSource { #expect(written * 10 < spelledOut * 8) } else { #expect(written == spelledOut) }
  }

  /// A reader that asks for some kinds of fact gets those, in order, and steps over
  /// the rest; the other parts of the document read back whole.
  @Test(arguments: [
    FactKindSet([.person, .name]), FactKindSet([.count]), FactKindSet([.duration, .date, .weekday]), .none,
  ])
  func factsOfSomeKindsReadBackAlone(kinds: FactKindSet) throws {
    var kept = 0
    var skipped = 0
    for (k, text) in documents().enumerated() {
      let file = FileID(k)
      let extracted = Array(text.utf8).withUnsafeBufferPointer { Extractor.extract(bytes: $0, file: file) }
      var out = ByteEncoder()
      DocumentFactsCodec.encode(extracted, into: &out)
      let decoded = try #require(
        out.bytes.withUnsafeBytes { raw -> DocumentFacts? in
          var input = ByteDecoder(raw)
          let facts = DocumentFactsCodec.decode(&input, file: file, kinds: kinds)
          return input.isAtEnd ? facts : nil
        })
      let wanted = extracted.facts.filter { kinds.contains($0.kind) }
      #expect(decoded.facts == wanted)
      #expect(decoded.sentences == extracted.sentences)
      #expect(decoded.suppressions == extracted.suppressions)
      #expect(decoded.nameRuns.count == extracted.nameRuns.count)
      kept += wanted.count
      skipped += extracted.facts.count - wanted.count
    }
    #expect(skipped > 100)
    #expect(kinds == .none || kept > 10)
  }

  /// The fields a fact read from a fact file may hold beyond what extraction
  /// writes (a unit outside the table, a person beside a value) read back too.
  @Test func spilledFieldsReadBackEqual() throws {
    let file = FileID(1)
    var fact = Fact(
      kind: .money, span: Span(file: file, start: 10, end: 20), text: "12 zorkmids",
      sentence: Span(file: file, start: 0, end: 40), quoted: true)
    fact.unit = "zorkmid"
    fact.hedge = "roughly  about"
    fact.value = Interval(lower: 11, upper: 13, lowerClosed: false)
    fact.statedValue = 12
    fact.person = "Ada Lovelace"
    fact.perSide = true
    fact.perSideMarker = "each"
    fact.perSideSpan = Span(file: file, start: 21, end: 25)
    fact.qualifiers = ["total", "range"]
    fact.numberSpan = Span(file: file, start: 10, end: 12)
    let document = DocumentFacts(file: file, facts: [fact], nameRuns: NameRuns(), sentences: [])
    var out = ByteEncoder()
    DocumentFactsCodec.encode(document, into: &out)
    let decoded = try #require(
      out.bytes.withUnsafeBytes { raw -> DocumentFacts? in
        var input = ByteDecoder(raw)
        return DocumentFactsCodec.decode(&input, file: file)
      })
    #expect(decoded.facts == [fact])
    #expect(decoded.facts[0].unit == "zorkmid" && decoded.facts[0].person == "Ada Lovelace")
  }

  /// A fact longer than one length byte counts is written whole, its length taking
  /// the bytes it needs, and the facts around it read back in place.
  @Test(arguments: [100, 127, 128, 300, 20_000])
  func factsOfAnyLengthReadBackEqual(textLength: Int) throws {
    let file = FileID(2)
    let long = String(repeating: "x", count: textLength)
    let facts = [("7 days", 5), (long, 20), ("3 hours", textLength + 30)].map { text, start in
      Fact(
        kind: .duration, span: Span(file: file, start: start, end: start + text.utf8.count), text: text,
        sentence: Span(file: file, start: 0, end: textLength + 50), quoted: false)
    }
    var out = ByteEncoder()
    DocumentFactsCodec.encode(DocumentFacts(file: file, facts: facts, nameRuns: NameRuns(), sentences: []), into: &out)
    for kinds in [FactKindSet.all, FactKindSet([.count])] {
      let decoded = try #require(
        out.bytes.withUnsafeBytes { raw -> DocumentFacts? in
          var input = ByteDecoder(raw)
          let document = DocumentFactsCodec.decode(&input, file: file, kinds: kinds)
          return input.isAtEnd ? document : nil
        })
      #expect(decoded.facts == (kinds == .all ? facts : []))
    }
  }

  /// A cut record decodes to nothing rather than to part of a document.
  @Test func aCutEncodingDecodesToNothing() {
    let text = "President Zelensky said 1,000 prisoners each were freed on 16 May 2025."
    let extracted = Array(text.utf8).withUnsafeBufferPointer { Extractor.extract(bytes: $0, file: FileID(0)) }
    var out = ByteEncoder()
    DocumentFactsCodec.encode(extracted, into: &out)
    #expect(!extracted.facts.isEmpty)
    for cut in 0..<out.bytes.count {
      let decoded = Array(out.bytes.prefix(cut)).withUnsafeBytes { raw -> DocumentFacts? in
        var input = ByteDecoder(raw)
        return DocumentFactsCodec.decode(&input, file: FileID(0))
      }
      #expect(decoded == nil, "cut at \(cut)")
    }
  }

  @Test func recordsReadBackInAnyRange() throws {
    let directory = try TemporaryDirectory()
    var records = try #require(DocumentRecords(directory: directory.path))
    let texts = documents()
    var expected: [DocumentRecords.Document] = []
    var run = DocumentRecords.Run()
    for (d, text) in texts.enumerated() {
      let decoded = DocumentDecoder.decode(Array(text.utf8), path: "doc\(d).txt")
      let facts = decoded.bytes!.withUnsafeBufferPointer { Extractor.extract(bytes: $0, file: FileID(0)) }
      run.add(decoded, facts: facts)
      expected.append(DocumentRecords.Document(decoded: decoded, facts: facts))
      // An unreadable document, and a skipped one with its problem.
      if d == 2 {
        run.add(nil, facts: nil)
        expected.append(DocumentRecords.Document(decoded: nil, facts: nil))
        let binary = DocumentDecoder.decode([0, 1, 2], path: "binary.txt")
        run.add(binary, facts: nil)
        expected.append(DocumentRecords.Document(decoded: binary, facts: nil))
      }
      if d % 3 == 0 {
        records.append(run)
        run = DocumentRecords.Run()
      }
    }
    records.append(run)
    #expect(!records.failed)
    for range in [0..<expected.count, 0..<1, 2..<5, (expected.count - 1)..<expected.count] {
      let loaded = try #require(records.load(range))
      for d in range {
        let document = try #require(loaded.document(d, file: FileID(0)))
        #expect(document.decoded?.bytes == expected[d].decoded?.bytes)
        #expect(document.decoded?.problems == expected[d].decoded?.problems)
        #expect(document.decoded?.prefixLength == expected[d].decoded?.prefixLength)
        #expect(document.decoded?.isByteFaithful == expected[d].decoded?.isByteFaithful)
        #expect(document.facts?.facts == expected[d].facts?.facts)
        #expect(loaded.document(d, file: FileID(0), withFacts: false)?.facts == nil)
      }
      #expect(loaded.document(range.upperBound, file: FileID(0)) == nil)
    }
    #expect(records.load(0..<(expected.count + 1)) == nil)
  }

  @Test func decodedTextsWithProblemsReadBack() throws {
    let directory = try TemporaryDirectory()
    var records = try #require(DocumentRecords(directory: directory.path))
    let inputs: [[UInt8]] = [
      [0xEF, 0xBB, 0xBF] + Array("BOM and CRLF\r\n".utf8), Array("bad ".utf8) + [0xFF] + Array(" byte".utf8), [],
    ]
    var run = DocumentRecords.Run()
    let decoded = inputs.enumerated().map { DocumentDecoder.decode($1, path: "in\($0).txt") }
    for d in decoded { run.add(d, facts: nil) }
    records.append(run)
    let loaded = try #require(records.load(0..<decoded.count))
    for (k, d) in decoded.enumerated() {
      let back = try #require(loaded.document(k, file: FileID(k))?.decoded)
      #expect(back.bytes == d.bytes && back.prefixLength == d.prefixLength && back.problems == d.problems)
      #expect(back.isByteFaithful == d.isByteFaithful)
    }
    #expect(decoded.contains { !$0.problems.isEmpty } && decoded.contains { $0.prefixLength == 3 })
  }

  /// The scratch file takes no name: its directory stays empty, and none can be
  /// made where there is no directory.
  @Test func theScratchFileTakesNoName() throws {
    let directory = try TemporaryDirectory()
    let scratch = try #require(ScratchFile(directory: directory.path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    #expect(scratch.write([1, 2, 3, 4], at: 0))
    #expect(scratch.write([9, 9], at: 10))
    #expect(scratch.read(count: 4, at: 0) == [1, 2, 3, 4])
    #expect(scratch.read(count: 2, at: 10) == [9, 9])
    #expect(scratch.read(count: 6, at: 4) == [0, 0, 0, 0, 0, 0])
    #expect(scratch.read(count: 3, at: 11) == nil)
    scratch.discard()
    #expect(scratch.read(count: 1, at: 0) == nil)
    #expect(ScratchFile(directory: directory.path + "/missing") == nil)
    #expect(DocumentRecords(directory: directory.path + "/missing") == nil)
  }
}
