import Testing

@testable import FactLintKit

/// A rule's selection holds the positions of the facts it takes among the document's
/// facts, and reads them in place.
@Suite struct SelectedFactsTests {
  /// Each selection takes, in text order, the very facts at its positions, and the
  /// facts each matcher passes, as testing every fact one by one finds them.
  @Test func positionsNameTheFactsEachMatcherPasses() throws {
    let (sources, rules, _, sifted) = TestSupport.siftedStories(seed: 17, stories: 5)
    let corpus = Corpus(sources: sources, extracted: sifted)
    var taken = 0
    for rule in rules {
      let plan = RulePlan(rule: rule, maxRelated: 3, maxPerDocument: 20)
      for document in corpus.documents {
        let facts = document.facts
        let file = corpus.sources[document.file]
        let selection = plan.select(document, kinds: facts.map(\.kind), file: file)
        #expect(selection.positions.count == rule.selections.count)
        for (s, positions) in selection.positions.enumerated() {
          #expect(positions == positions.sorted() && Set(positions).count == positions.count)
          let matcher = SelectionMatcher(rule.selections[s], nouns: rule.nouns)
          let expected = facts.indices.filter { f in
            matcher.documentPasses(file: file)
              && SelectionMatcher.matchesKind(facts[f].kind, matcher.kind)
              && (matcher.kind != nil || facts[f].value != nil)
              && matcher.factPasses(facts[f], file: file)
          }
          #expect(positions.map(Int.init) == expected)
          let read = selection[s]
          #expect(read.count == expected.count)
          #expect(zip(read, expected).allSatisfy { $0.isCopy(of: facts[$1]) })
          taken += read.count
        }
        #expect(selection[nil].isEmpty)
      }
    }
    #expect(taken > 20)
  }

  /// A selection keeps the facts it was made from: changing the document's facts
  /// afterwards changes nothing it reads.
  @Test func aSelectionKeepsTheFactsItWasMadeFrom() throws {
    let (_, rules, files, sifted) = TestSupport.siftedStories(seed: 3, stories: 3)
    var checked = 0
    for rule in rules {
      let plan = RulePlan(rule: rule, maxRelated: 3, maxPerDocument: 20)
      for (d, extracted) in sifted.enumerated() {
        var document = extracted
        let before = document.facts
        let selection = plan.select(document, kinds: before.map(\.kind), file: files[d])
        let counts = selection.positions.map(\.count)
        guard counts.contains(where: { $0 > 0 }) else { continue }
        document.facts.removeAll()
        #expect(selection.positions.indices.map { selection[$0].count } == counts)
        for s in selection.positions.indices {
          #expect(zip(selection[s], selection.positions[s]).allSatisfy { $0.isCopy(of: before[Int($1)]) })
        }
        checked += 1
      }
    }
    #expect(checked > 3)
  }

  /// Selections given as lists of positions, some empty, read back the same lists
  /// and the facts at them, each selection apart from its neighbours.
  @Test func selectionsGivenAsListsReadBackTheSame() throws {
    let (_, _, files, sifted) = TestSupport.siftedStories(seed: 5, stories: 1)
    let facts = try #require(sifted.first { $0.facts.count > 6 }).facts
    let lists: [[Int32]] = [[], [1, 4, 6], [], [0], [2, 3]]
    let selection = DocumentSelection(file: files[0], group: nil, facts: facts, positions: lists)
    #expect(selection.selectionCount == lists.count)
    #expect(selection.positions == lists)
    for (s, list) in lists.enumerated() {
      #expect(Array(selection[s].positions) == list)
      #expect(selection[s].count == list.count)
      #expect(zip(selection[s], list).allSatisfy { $0.isCopy(of: facts[Int($1)]) })
    }
    #expect(selection[nil].isEmpty)
  }
}
