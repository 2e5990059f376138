/// What the rules selected in one document, written into a streamed check's record
/// (``DocumentRecords``) as positions among the document's facts: the pass that
/// reports on the document takes the same facts again without selecting them.
///
/// For each rule, in rule order: 0 when the rule selects as it reports; otherwise
/// its group (1 for a document on its own, the group plus 2 for any other), the
/// number of its selections, and for each selection the number of facts it took
/// and each fact's distance from the one taken before it.
extension CorpusSummary.Selected {
  /// Appends the selections as positions in `facts`, the document's facts that the
  /// rules selected from, in the same order. A rule that selected from other facts
  /// than `facts` (not the same array) is written as selecting when it reports.
  func encode(positionsIn facts: [Fact], into out: inout ByteEncoder) {
    out.unsigned(byRule.count)
    for r in byRule.indices {
      guard let selection = byRule[r], Self.same(selection.facts, facts) else {
        out.byte(0)
        continue
      }
      out.unsigned(selection.group.map { $0 + 2 } ?? 1)
      out.unsigned(selection.selectionCount)
      for s in 0..<selection.selectionCount {
        let taken = selection[s].positions
        out.unsigned(taken.count)
        var previous = -1
        for position in taken {
          out.unsigned(Int(position) - previous - 1)
          previous = Int(position)
        }
      }
    }
  }

  /// Whether `a` and `b` are one array: the same elements in the same storage.
  private static func same(_ a: [Fact], _ b: [Fact]) -> Bool {
    a.count == b.count
      && a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in pa.baseAddress == pb.baseAddress } }
  }

  /// The selections ``encode(positionsIn:into:)`` wrote at the decoder's place, taken
  /// from `facts` (the same facts, in the same order) in the document whose source is
  /// `file`; `nil` when the bytes are not such selections.
  init?(decoding input: inout ByteDecoder, facts: [Fact], file: SourceFile) {
    let ruleCount = input.count()
    var byRule: [DocumentSelection?] = []
    byRule.reserveCapacity(ruleCount)
    for _ in 0..<ruleCount {
      let group = input.unsigned()
      guard group > 0 else {
        byRule.append(nil)
        continue
      }
      let selectionCount = input.count()
      var selected: [[Int32]] = []
      selected.reserveCapacity(selectionCount)
      for _ in 0..<selectionCount {
        let count = input.count()
        var taken: [Int32] = []
        taken.reserveCapacity(count)
        var f = -1
        for _ in 0..<count {
          f = f &+ 1 &+ input.unsigned()
          guard f >= 0 && f < facts.count else { return nil }
          taken.append(Int32(f))
        }
        selected.append(taken)
      }
      byRule.append(
        DocumentSelection(file: file, group: group == 1 ? nil : group - 2, facts: facts, positions: selected))
    }
    guard !input.failed else { return nil }
    self.init(byRule: byRule)
  }
}
