/// What a set of rules needs to know of a whole corpus to judge any one document.
///
/// Rules are evaluated in two passes over the documents, in path order:
/// 1. every document is added (``add(_:file:)``); summaries of consecutive runs of
///    documents, made on several workers, are merged in order (``merge(_:)``);
///    then the summary is settled (``finish()``);
/// 2. each document's findings are decided from the settled summary and the
///    document alone (``report(_:file:)``), in any order, on any worker.
///
/// The summary keeps, for each rule and each thing it compares, the distinct
/// values stated, how many documents and statements hold each, and the first few
/// statements to show, never the facts themselves: so a corpus can be checked
/// without holding its facts, reading each document once per pass.
public struct CorpusSummary: Sendable {
  private var rules: [RuleSummary]

  /// An empty summary for `rules`. A finding shows at most `maxRelated` other
  /// statements; `maxPerDocument` bounds the statements of one document reported
  /// one by one for one fact (0: no limit).
  public init(rules: [Rule], maxRelated: Int = 3, maxPerDocument: Int = 20) {
    self.rules = rules.map {
      RuleSummary(plan: RulePlan(rule: $0, maxRelated: maxRelated, maxPerDocument: maxPerDocument))
    }
  }

  /// An empty summary for the same rules, to sum up a run of documents apart.
  public var emptied: CorpusSummary {
    var copy = self
    copy.rules = rules.map { RuleSummary(plan: $0.plan) }
    return copy
  }

  /// Whether any rule compares documents with each other; when none does, the
  /// first pass can be skipped.
  public var comparesDocuments: Bool { rules.contains(where: \.comparesDocuments) }

  /// The rules a pass over the documents sums them up for.
  public enum Part: Sendable {
    /// Every rule.
    case all
    /// The rules that select no people and no names: they select the same facts
    /// before people are linked across the corpus as after, so a document can be
    /// added for them as soon as it is extracted.
    case unlinked
    /// The rules that select people or names, which need documents linked.
    case linked
  }

  /// Whether a rule selects people or names, which are linked across the corpus.
  public var selectsPeople: Bool { rules.contains { $0.plan.selectsPeople } }

  /// Whether any rule of `part` compares documents with each other.
  public func comparesDocuments(in part: Part) -> Bool {
    rules.contains { $0.comparesDocuments && Self.includes($0, in: part) }
  }

  /// The kinds of fact that the rules of `part` that compare documents select,
  /// with people and names, which linking reads: all a pass that adds documents
  /// for those rules needs of each document's facts.
  func kindsRead(by part: Part) -> FactKindSet {
    rules.reduce(FactKindSet([.person, .name])) { kinds, rule in
      rule.comparesDocuments && Self.includes(rule, in: part) ? kinds.union(rule.plan.selectedKinds) : kinds
    }
  }

  private static func includes(_ rule: RuleSummary, in part: Part) -> Bool {
    switch part {
    case .all: true
    case .unlinked: !rule.plan.selectsPeople
    case .linked: rule.plan.selectsPeople
    }
  }

  /// Sums up one more document, whose source is `file`, for the rules of `part`;
  /// it comes after every document added so far for them. Its facts must be in
  /// the order linking leaves them (by span, then kind), and linked unless `part`
  /// is ``Part/unlinked``. Returns what the rules selected in it: a run that
  /// holds the document can hand it to ``report(_:file:selected:)`` instead of
  /// selecting again.
  @discardableResult
  public mutating func add(_ document: DocumentFacts, file: SourceFile, part: Part = .all) -> Selected {
    let kinds = document.kinds
    return Selected(
      byRule: rules.indices.map {
        Self.includes(rules[$0], in: part) ? rules[$0].add(document, kinds: kinds, file: file) : nil
      })
  }

  /// What the rules selected in one document.
  public struct Selected: Sendable {
    /// Each rule's selection, in rule order; `nil` for a rule that selects when it reports.
    let byRule: [DocumentSelection?]

    /// Nothing selected: what a document's selections are replaced with to let go of them.
    static let nothing = Selected(byRule: [])
  }

  /// Adds the summary of documents that all come after this one's, for the rules of `part`.
  public mutating func merge(_ later: CorpusSummary, part: Part = .all) {
    for r in rules.indices where rules[r].comparesDocuments && Self.includes(rules[r], in: part) {
      rules[r].merge(later.rules[r])
    }
  }

  /// Settles every rule's references once all documents are added.
  public mutating func finish() {
    for r in rules.indices { rules[r].finish() }
  }

  /// The findings of each rule, in rule order, in one document; `selected` is what
  /// ``add(_:file:part:)`` returned for it, if kept. A rule it holds no selection for
  /// selects again.
  public func report(_ document: DocumentFacts, file: SourceFile, selected: Selected? = nil) -> [[Diagnostic]] {
    let kinds = document.kinds
    let kept = selected?.byRule ?? []
    // Each rule's summary is read in place, as ``RuleSummary/report(_:kinds:file:selected:)``
    // reads its checks: both workers report from the same summary.
    return rules.withUnsafeBufferPointer { rules in
      kept.withUnsafeBufferPointer { kept in
        rules.indices.map { r in
          guard r < kept.count else { return rules[r].report(document, kinds: kinds, file: file) }
          return rules[r].report(document, kinds: kinds, file: file, selected: kept.baseAddress! + r)
        }
      }
    }
  }
}
