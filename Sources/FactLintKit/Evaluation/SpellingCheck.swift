/// `expect NAME spelled alike`: each name is spelled one way across the corpus.
///
/// Spellings of the selected names are grouped into variants by edit distance
/// (see ``SpellingVariants``). In each group the preferred spelling is the
/// rule's `prefer` spelling if it is in the group, otherwise the spelling used in
/// the most documents. Every other spelling is reported, with a safe fix-it
/// that replaces it by the preferred one. Each spelling's documents and
/// statements are summed up as documents are added.
struct SpellingCheck: Sendable {
  /// The message of a finding when the rule gives none, and when the rules pin the spelling.
  private static let message = MessageTemplate.Compiled("\"{spelling}\" is spelled \"{preferred}\" in {documents}")
  private static let pinnedMessage = MessageTemplate.Compiled(
    "\"{spelling}\" is spelled \"{preferred}\" by the rules and in {documents}")

  let selection: Int?
  private var spellings: [String: Occurrences] = [:]
  /// Set once every document is added: each spelling to report, with its place.
  private var misspelled: [String: Place] = [:]

  init(selection: Int?) { self.selection = selection }

  /// Where a spelling to report stands, and what it should be.
  private struct Place: Sendable {
    /// Its group's index and its own in the group: findings come in that order.
    var group: Int
    var order: Int
    var preferred: String
    var isPinned: Bool
  }

  // MARK: - Summing up

  mutating func add(_ document: DocumentSelection, context: CheckContext) {
    // Each spelling's first statement and count are all the summary takes: they are
    // tallied, with no list of its statements made for each spelling.
    var tallies = FirstSeenTallies<String, Fact>()
    // Read where they lie among the document's facts: only a spelling's first is copied
    // out, and a copy counts a reference on the fact's cell.
    let selected = document[selection]
    selected.facts.withUnsafeBufferPointer { all in
      for p in selected.positions where all[Int(p)].kind == .name {
        tallies.add(under: all[Int(p)].text) { all[Int(p)] }
      }
    }
    for (spelling, first, count) in tallies.tallies {
      spellings[spelling, default: Occurrences()].add(
        first: first, count: count, limit: context.referenceLimit, lead: .spelled
      ) {
        first.text
      }
    }
  }

  mutating func merge(_ later: SpellingCheck, context: CheckContext) {
    for (spelling, occurrences) in later.spellings {
      spellings[spelling, default: Occurrences()].merge(occurrences, limit: context.referenceLimit)
    }
  }

  mutating func finish(context: CheckContext) {
    for (g, group) in SpellingVariants.groups(Set(spellings.keys)).enumerated() {
      let preferred = preferredSpelling(group, rule: context.rule)
      let isPinned = context.rule.preferred.contains { $0.lowercased() == preferred.lowercased() }
      for (k, spelling) in group.enumerated() where spelling != preferred {
        misspelled[spelling] = Place(group: g, order: k, preferred: preferred, isPinned: isPinned)
      }
    }
  }

  // MARK: - Reporting

  func report(_ document: DocumentSelection, context: CheckContext) -> [Diagnostic] {
    guard !misspelled.isEmpty else { return [] }
    let names = Self.names(document[selection])
    var found: [(place: Place, facts: [Fact])] = []
    for (spelling, facts) in names {
      if let place = misspelled[spelling] { found.append((place, facts)) }
    }
    found.sort { ($0.place.group, $0.place.order) < ($1.place.group, $1.place.order) }
    let file = document.file
    var out: [Diagnostic] = []
    for (place, facts) in found {
      let preferred = place.preferred
      let references = ReferenceSet(spellings[preferred] ?? Occurrences())
      let own = names.contains { $0.key == preferred }
      let count = references.documentCount - (own ? 1 : 0)
      for fact in facts {
        let spelling = fact.text
        let (related, hidden) = context.related(references, excluding: file.id, ownHasReference: own)
        let fallback = place.isPinned ? Self.pinnedMessage : Self.message
        let fix = FixIt(
          message: "replace with \"\(preferred)\"", edits: [TextEdit(span: fact.span, replacement: preferred)],
          isSafe: true)
        out.append(
          context.diagnostic(
            at: fact.span, in: file, fallback: fallback,
            values: { key in
              switch key {
              case "spelling", "value": spelling
              case "preferred", "expected": preferred
              case "person": fact.person ?? spelling
              case "statement": fact.text
              case "count": String(count)
              case "documents": MessageTemplate.documents(count)
              default: nil
              }
            },
            related: related, extraNotes: CheckContext.moreNote(hidden), fixIts: [fix]))
      }
    }
    return out
  }

  // MARK: - Names

  /// The name facts of `facts` by spelling, in the order the spellings first occur.
  private static func names(_ facts: SelectedFacts) -> [(key: String, values: [Fact])] {
    var spellings = FirstSeenGroups<String, Fact>()
    for fact in facts where fact.kind == .name { spellings.add(fact, under: fact.text) }
    return spellings.groups
  }

  private func preferredSpelling(_ group: [String], rule: Rule) -> String {
    for wanted in rule.preferred {
      if let match = group.first(where: { $0.lowercased() == wanted.lowercased() }) { return match }
    }
    return group.max { a, b in
      let (oa, ob) = (spellings[a]!, spellings[b]!)
      if oa.documentCount != ob.documentCount { return oa.documentCount < ob.documentCount }
      if oa.statementCount != ob.statementCount { return oa.statementCount < ob.statementCount }
      return a > b
    }!
  }
}
