import Foundation
import Testing

@testable import FactLintKit

/// What the rules selected in a document, kept in a streamed check's record as
/// positions among its facts.
@Suite struct SelectionRecordTests {
  /// Documents, sifted and ordered as a streamed check's first pass leaves them, with
  /// the rules and their sources.
  private func firstPass(seed: UInt64) -> (SourceManager, [Rule], [SourceFile], [DocumentFacts]) {
    let (sources, rules, files, sifted) = TestSupport.siftedStories(seed: seed, stories: 6)
    let ordered = sifted.map { facts in
      var facts = facts
      facts.orderForChecks()
      return facts
    }
    return (sources, rules, files, ordered)
  }

  private func decode(_ bytes: [UInt8], facts: [Fact], file: SourceFile) -> CorpusSummary.Selected? {
    bytes.withUnsafeBytes { raw in
      var input = ByteDecoder(raw)
      return CorpusSummary.Selected(decoding: &input, facts: facts, file: file)
    }
  }

  /// Selections made before people are linked, read back from their positions,
  /// report what selecting again after linking reports.
  @Test func selectionsReadBackReportAsSelectingAgain() throws {
    let (sources, rules, files, extracted) = firstPass(seed: 21)
    var summary = CorpusSummary(rules: rules)
    var records: [[UInt8]] = []
    var kept = 0
    for (d, file) in files.enumerated() {
      let selected = summary.add(extracted[d], file: file, part: .unlinked)
      kept += selected.byRule.compactMap { $0 }.count
      var out = ByteEncoder()
      selected.encode(positionsIn: extracted[d].facts, into: &out)
      records.append(out.bytes)
    }
    // The rules that select people are summed up from linked facts, as a streamed check does.
    let corpus = Corpus(sources: sources, extracted: extracted)
    for (d, file) in files.enumerated() { summary.add(corpus.documents[d], file: file, part: .linked) }
    summary.finish()
    #expect(kept > files.count)
    var findings = 0
    for (d, file) in files.enumerated() {
      let selected = try #require(decode(records[d], facts: extracted[d].facts, file: file))
      #expect(selected.byRule.count == rules.count)
      let again = summary.report(corpus.documents[d], file: file)
      #expect(summary.report(corpus.documents[d], file: file, selected: selected) == again)
      findings += again.joined().count
    }
    #expect(findings > 10)
  }

  /// A selection read back takes the very facts it took, from the same positions.
  @Test func positionsTakeTheSameFacts() throws {
    let (_, rules, files, extracted) = firstPass(seed: 4)
    var summary = CorpusSummary(rules: rules)
    for (d, file) in files.enumerated() {
      let selected = summary.add(extracted[d], file: file, part: .unlinked)
      var out = ByteEncoder()
      selected.encode(positionsIn: extracted[d].facts, into: &out)
      let back = try #require(decode(out.bytes, facts: extracted[d].facts, file: file))
      for (a, b) in zip(selected.byRule, back.byRule) {
        #expect(a?.group == b?.group)
        #expect(a?.positions == b?.positions)
        guard let a, let b else { continue }
        for s in a.positions.indices {
          #expect(a[s].count == b[s].count && zip(a[s], b[s]).allSatisfy { $0.isCopy(of: $1) })
        }
      }
    }
  }

  /// A selection made from other facts than the document's list (equal facts in
  /// another array) is written as selecting again; damaged positions read back as
  /// nothing, not as other facts.
  @Test func strangersAndDamageAreNeverTaken() throws {
    let (_, rules, files, extracted) = firstPass(seed: 9)
    var summary = CorpusSummary(rules: rules)
    let d = try #require(extracted.indices.first { !extracted[$0].facts.isEmpty })
    let selected = summary.add(extracted[d], file: files[d], part: .unlinked)
    let r = try #require(selected.byRule.firstIndex { $0.map { !$0.positions.joined().isEmpty } ?? false })
    // The same facts, copied into cells of their own: equal, but not the facts selected.
    let strangers = extracted[d].facts.map { fact -> Fact in
      var copy = fact
      copy.text = fact.text + " "
      copy.text = fact.text
      return copy
    }
    var out = ByteEncoder()
    selected.encode(positionsIn: strangers, into: &out)
    let back = try #require(decode(out.bytes, facts: strangers, file: files[d]))
    #expect(back.byRule[r] == nil)
    var good = ByteEncoder()
    selected.encode(positionsIn: extracted[d].facts, into: &good)
    #expect(decode(Array(good.bytes.dropLast()), facts: extracted[d].facts, file: files[d]) == nil)
    // Fewer facts than the positions point at.
    #expect(decode(good.bytes, facts: Array(extracted[d].facts.prefix(1)), file: files[d]) == nil)
  }

  /// A record keeps the selections for a reader of every kind of fact, and for no other.
  @Test func recordsKeepSelectionsForAReaderOfEveryKind() throws {
    let (_, rules, files, extracted) = firstPass(seed: 2)
    var summary = CorpusSummary(rules: rules)
    let directory = try TemporaryDirectory()
    var records = try #require(DocumentRecords(directory: directory.path))
    var run = DocumentRecords.Run()
    for (d, file) in files.enumerated() {
      let selected = summary.add(extracted[d], file: file, part: .unlinked)
      let decoded = DocumentDecoder.decode(file.bytes, path: file.path)
      run.add(decoded, facts: extracted[d], selected: d == 0 ? nil : selected)
    }
    records.append(run)
    let loaded = try #require(records.load(0..<files.count))
    let first = try #require(loaded.document(0, file: files[0].id))
    #expect(first.selections == nil && first.facts?.facts == extracted[0].facts)
    for d in 1..<files.count {
      let all = try #require(loaded.document(d, file: files[d].id))
      let bytes = try #require(all.selections.map(Array.init))
      #expect(all.facts?.facts == extracted[d].facts)
      #expect(decode(bytes, facts: extracted[d].facts, file: files[d]) != nil)
      let some = try #require(loaded.document(d, file: files[d].id, kinds: FactKindSet([.person, .name])))
      #expect(some.selections == nil)
    }
  }
}
