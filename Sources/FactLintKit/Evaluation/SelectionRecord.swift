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
  /// rules selected from, in the same order. A rule whose selection holds a fact that
  /// is not one of `facts` is written as selecting when it reports.
  func encode(positionsIn facts: [Fact], into out: inout ByteEncoder) {
    out.unsigned(byRule.count)
    var positions: [Int] = []
    for r in byRule.indices {
      guard let selection = byRule[r], Self.positions(of: selection, in: facts, into: &positions) else {
        out.byte(0)
        continue
      }
      out.unsigned(selection.group.map { $0 + 2 } ?? 1)
      out.unsigned(selection.facts.count)
      var p = 0
      for taken in selection.facts {
        out.unsigned(taken.count)
        var previous = -1
        for _ in taken.indices {
          out.unsigned(positions[p] - previous - 1)
          previous = positions[p]
          p += 1
        }
      }
    }
  }

  /// Sets `positions` to where each fact `selection` took stands in `facts`, selection
  /// by selection; `false` when one of them is not there. Each selection takes facts
  /// in their order, so one walk through `facts` finds its facts.
  private static func positions(of selection: DocumentSelection, in facts: [Fact], into positions: inout [Int])
    -> Bool
  {
    positions.removeAll(keepingCapacity: true)
    for taken in selection.facts {
      var f = 0
      for t in taken.indices {
        while f < facts.count && !facts[f].isCopy(of: taken[t]) { f += 1 }
        guard f < facts.count else { return false }
        positions.append(f)
        f += 1
      }
    }
    return true
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
      var selected: [[Fact]] = []
      selected.reserveCapacity(selectionCount)
      for _ in 0..<selectionCount {
        let count = input.count()
        var taken: [Fact] = []
        taken.reserveCapacity(count)
        var f = -1
        for _ in 0..<count {
          f = f &+ 1 &+ input.unsigned()
          guard f >= 0 && f < facts.count else { return nil }
          taken.append(facts[f])
        }
        selected.append(taken)
      }
      byRule.append(DocumentSelection(file: file, group: group == 1 ? nil : group - 2, facts: selected))
    }
    guard !input.failed else { return nil }
    self.init(byRule: byRule)
  }
}
