/// What one rule knows of the documents summed up so far: the checks of its
/// expectations, one set per group of documents it compares within.
struct RuleSummary: Sendable {
  let plan: RulePlan
  /// The checks of each group (none when each document is a group of its own).
  private var groups: [[ExpectationCheck]]
  /// Empty checks, which each document that is a group of its own sums up and settles
  /// alone: made once, not for every document.
  private let freshChecks: [ExpectationCheck]

  init(plan: RulePlan) {
    self.plan = plan
    groups = (0..<plan.groupCount).map { _ in plan.makeChecks() }
    freshChecks = plan.groupCount == 0 ? plan.makeChecks() : []
  }

  /// Whether the rule compares documents with each other; when not, adding a
  /// document does nothing.
  var comparesDocuments: Bool { !groups.isEmpty }

  /// Sums up one more document, which comes after every document added so far;
  /// returns what the rule selected in it, to be reported on without selecting again.
  mutating func add(_ document: DocumentFacts, kinds: [FactKind], file: SourceFile) -> DocumentSelection? {
    guard comparesDocuments else { return nil }
    let selection = plan.select(document, kinds: kinds, file: file)
    if let g = selection.group {
      for e in groups[g].indices { groups[g][e].add(selection, context: plan.context) }
    }
    return selection
  }

  /// Adds the summary of documents that all come after this one's.
  mutating func merge(_ later: RuleSummary) {
    for g in groups.indices {
      for e in groups[g].indices { groups[g][e].merge(later.groups[g][e], context: plan.context) }
    }
  }

  /// Settles every check once all documents are added.
  mutating func finish() {
    for g in groups.indices {
      for e in groups[g].indices { groups[g][e].finish(context: plan.context) }
    }
  }

  /// The rule's findings in one document, each statement reported at most once.
  /// `selected` is what ``add(_:kinds:file:)`` returned for the document, if kept.
  func report(_ document: DocumentFacts, kinds: [FactKind], file: SourceFile, selected: DocumentSelection? = nil)
    -> [Diagnostic]
  {
    report(selected ?? plan.select(document, kinds: kinds, file: file))
  }

  /// ``report(_:kinds:file:selected:)`` with what ``add(_:kinds:file:)`` returned read
  /// where it is kept: a copy counted a reference on each of its arrays.
  func report(
    _ document: DocumentFacts, kinds: [FactKind], file: SourceFile, selected: UnsafePointer<DocumentSelection?>
  ) -> [Diagnostic] {
    if selected.pointee == nil { return report(plan.select(document, kinds: kinds, file: file)) }
    return report(selected.pointee!)
  }

  /// The rule's findings in the document `selection` holds.
  private func report(_ selection: DocumentSelection) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    if let g = selection.group {
      // Each check is read in place: both workers report from the same checks, and a
      // copy of one counted a reference on each of its tables, sending those counts back
      // and forth between the cores.
      groups[g].withUnsafeBufferPointer { checks in
        for e in checks.indices { Self.gather(checks[e].report(selection, context: plan.context), into: &diagnostics) }
      }
    } else {
      // A group of its own: summed up and settled here.
      freshChecks.withUnsafeBufferPointer { checks in
        for e in checks.indices {
          Self.gather(checks[e].reportAlone(selection, context: plan.context), into: &diagnostics)
        }
      }
    }
    return Self.firstAtEachSpan(diagnostics)
  }

  /// Adds one check's findings to the rule's: the first check with findings hands its
  /// list over whole, not copied into a list grown for it (most rules have one check).
  @inline(__always) private static func gather(_ found: [Diagnostic], into diagnostics: inout [Diagnostic]) {
    if diagnostics.isEmpty { diagnostics = found } else { diagnostics.append(contentsOf: found) }
  }

  /// `diagnostics` without those at a span an earlier one is at. A rule finds few
  /// things in one document, and mostly at different spans: up to ``comparedInOrder``
  /// of them are compared with each other, and returned as they are when no two share
  /// a span, with no set made and hashed for each document and rule.
  static func firstAtEachSpan(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    guard diagnostics.count > 1 else { return diagnostics }
    guard diagnostics.count <= comparedInOrder else {
      var seen = Set<Span>()
      return diagnostics.filter { seen.insert($0.span).inserted }
    }
    let repeats = diagnostics.withUnsafeBufferPointer { found in
      found.indices.contains { k in found[..<k].contains { $0.span == found[k].span } }
    }
    guard repeats else { return diagnostics }
    var kept: [Diagnostic] = []
    for diagnostic in diagnostics where !kept.contains(where: { $0.span == diagnostic.span }) {
      kept.append(diagnostic)
    }
    return kept
  }

  /// How many findings ``firstAtEachSpan(_:)`` compares in order, at most.
  private static var comparedInOrder: Int { 32 }
}
