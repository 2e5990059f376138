/// How one rule looks at a document: which group of documents it falls in, and
/// which of its facts each selection takes.
///
/// A class: each rule's summary is copied for every document, and a struct holding
/// the rule and its matchers retained each of their fields on every copy.
final class RulePlan: Sendable {
  /// The rule.
  let rule: Rule
  /// What the rule's checks share.
  let context: CheckContext
  /// One matcher for each selection, in order.
  private let matchers: [SelectionMatcher]
  /// Each selection's index by name (the last of a name wins, as in the rule's scope).
  private let indexByName: [String: Int]
  /// The kinds of fact the selections take.
  let selectedKinds: FactKindSet
  /// Whether a selection takes people or names: only those facts change when
  /// people are linked across the corpus (``PersonLinker``), so a rule that takes
  /// neither selects the same facts before linking as after.
  var selectsPeople: Bool { selectedKinds.contains(.person) || selectedKinds.contains(.name) }

  init(rule: Rule, maxRelated: Int, maxPerDocument: Int) {
    self.rule = rule
    context = CheckContext(rule: rule, maxRelated: maxRelated, maxPerDocument: maxPerDocument)
    matchers = rule.selections.map { SelectionMatcher($0, nouns: rule.nouns) }
    var index: [String: Int] = [:]
    for (i, selection) in rule.selections.enumerated() { index[selection.name] = i }
    indexByName = index
    selectedKinds = rule.selections.reduce(.none) { kinds, selection in
      kinds.union(FactKindSet(FactKind.allCases.filter { SelectionMatcher.matchesKind($0, selection.kind) }))
    }
  }

  /// The index of the selection called `name`.
  func selectionIndex(_ name: String) -> Int? { indexByName[name] }

  /// How many groups the rule compares within, apart from documents on their own.
  var groupCount: Int {
    switch rule.scope {
    case .corpus: return 1
    case .document: return 0
    case .groupBy, .groupByFile: return 2
    }
  }

  /// The group `file` falls in; `nil` when each document is a group of its own.
  /// Documents with the scope's phrase (or matching its file pattern) form group 0,
  /// the others group 1.
  func group(of file: SourceFile) -> Int? {
    switch rule.scope {
    case .corpus: return 0
    case .document: return nil
    case .groupBy(let phrases):
      let marked = phrases.contains { PhraseSearch.find($0, in: file.bytes, range: 0..<file.bytes.count) != nil }
      return marked ? 0 : 1
    case .groupByFile(let patterns):
      return patterns.contains { Glob.matches($0, path: file.path) } ? 0 : 1
    }
  }

  /// The facts of `document` that each selection takes, by selection index.
  /// `kinds` holds the kind of each fact, so that facts of other kinds are not opened.
  ///
  /// A selection holds the positions of the facts it takes, not copies of them: a copy
  /// counts a reference on the fact's cell, an atomic write that waits for the cell to
  /// come from memory, where reading it only would not hold up the reads after it.
  func select(_ document: DocumentFacts, kinds: [FactKind], file: SourceFile) -> DocumentSelection {
    let facts = document.facts
    let selections = matchers.count
    // The positions of the facts taken are noted first, after room for where each
    // selection ends, and all the selections are made in one array in one go, not
    // an array for each grown as facts are appended to it.
    let taken = withUnsafeTemporaryAllocation(of: Int32.self, capacity: selections * (facts.count + 1)) { taken in
      // Each matcher is taken once, not once a fact: both workers use the same matchers,
      // and a reference counted on one for every fact sent its count back and forth
      // between the cores. Facts are read in place, through the buffer: a fact taken
      // out of the array to be handed on was counted, and released after.
      var count = selections
      facts.withUnsafeBufferPointer { all in
        for s in 0..<selections {
          let matcher = matchers[s]
          if matcher.documentPasses(file: file) {
            for f in kinds.indices where matcher.takesKind(f, kinds, all) {
              if matcher.factPasses(all.baseAddress! + f, file: file) {
                taken[count] = Int32(f)
                count += 1
              }
            }
          }
          taken[s] = Int32(count)
        }
      }
      // (A rule with no selection takes nothing, and its buffers may have no address.)
      return [Int32](count: count, filler: 0) { out in
        if count > 0 { out.baseAddress!.update(from: taken.baseAddress!, count: count) }
      }
    }
    return DocumentSelection(file: file, group: group(of: file), facts: facts, taken: taken, selections: selections)
  }

  /// A fresh check for each expectation.
  func makeChecks() -> [ExpectationCheck] {
    rule.expectations.map { ExpectationCheck($0, plan: self) }
  }
}

/// One document's facts as the selections of one rule take them.
struct DocumentSelection: Sendable {
  /// The document.
  let file: SourceFile
  /// The group of documents it is compared within (``RulePlan/group(of:)``).
  let group: Int?
  /// The document's facts, which the selections take from.
  let facts: [Fact]
  /// Where each selection's positions end in this array, by selection index, then
  /// the positions in ``facts`` of the facts of every selection, one selection after
  /// another, each in text order: one array for all the selections of a document.
  private let taken: [Int32]
  /// The number of selections.
  let selectionCount: Int

  /// A selection of `facts` whose positions, and where each selection's positions end,
  /// are laid out in `taken` as ``taken`` describes, for `selections` selections.
  init(file: SourceFile, group: Int?, facts: [Fact], taken: [Int32], selections: Int) {
    self.file = file
    self.group = group
    self.facts = facts
    self.taken = taken
    selectionCount = selections
  }

  /// A selection of `facts` that takes `positions[s]` for selection `s`.
  init(file: SourceFile, group: Int?, facts: [Fact], positions: [[Int32]]) {
    var taken = positions.indices.map { _ in Int32(0) }
    for s in positions.indices {
      taken += positions[s]
      taken[s] = Int32(taken.count)
    }
    self.init(file: file, group: group, facts: facts, taken: taken, selections: positions.count)
  }

  /// The positions in ``facts`` of the facts of each selection, by selection index.
  var positions: [[Int32]] { (0..<selectionCount).map { Array(self[$0].positions) } }

  /// The facts of the selection at `index` (none when the rule has no such selection).
  subscript(index: Int?) -> SelectedFacts {
    guard let s = index else { return SelectedFacts(facts: facts, taken: [], range: 0..<0) }
    let start = s == 0 ? selectionCount : Int(taken[s - 1])
    return SelectedFacts(facts: facts, taken: taken, range: start..<Int(taken[s]))
  }
}

/// The facts one selection takes from a document, in text order, read in place
/// among the document's facts.
struct SelectedFacts: RandomAccessCollection, Sendable {
  /// The document's facts.
  let facts: [Fact]
  /// The array that holds the positions taken (``DocumentSelection``'s).
  private let taken: [Int32]
  /// Where the positions taken are in `taken`, in order.
  private let range: Range<Int>

  init(facts: [Fact], taken: [Int32], range: Range<Int>) {
    self.facts = facts
    self.taken = taken
    self.range = range
  }

  /// The positions in ``facts`` of the facts taken, in order.
  var positions: ArraySlice<Int32> { taken[range] }

  var startIndex: Int { 0 }
  var endIndex: Int { range.count }
  @inline(__always) subscript(index: Int) -> Fact { facts[Int(taken[range.lowerBound + index])] }
}
