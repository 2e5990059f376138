/// `expect NAME spelled alike`: each name is spelled one way across the corpus.
///
/// Spellings of the selected names are grouped into variants by edit distance
/// (see ``SpellingVariants``). In each group the preferred spelling is the
/// rule's `prefer` spelling if it is in the group, otherwise the spelling used in
/// the most documents. Every other spelling is reported, with a safe fix-it
/// that replaces it by the preferred one.
struct SpellingCheck {
  let checks: RelationChecks

  func run(_ facts: [Fact]) -> [Diagnostic] {
    let names = facts.filter { $0.kind == .name }
    var bySpelling: [String: [Fact]] = [:]
    for fact in names { bySpelling[fact.text, default: []].append(fact) }
    var out: [Diagnostic] = []
    for group in SpellingVariants.groups(Set(bySpelling.keys)) {
      let preferred = preferredSpelling(group, bySpelling: bySpelling)
      let references = checks.references(bySpelling[preferred] ?? []) { "spelled \"\($0.text)\" here" }
      for spelling in group where spelling != preferred {
        for fact in bySpelling[spelling]! {
          let (related, hidden) = checks.related(references, excluding: fact.span.file)
          let count = references.documentCount(excluding: fact.span.file)
          let isPinned = checks.rule.preferred.contains { $0.lowercased() == preferred.lowercased() }
          let fallback =
            isPinned
            ? "\"{spelling}\" is spelled \"{preferred}\" by the rules and in {documents}"
            : "\"{spelling}\" is spelled \"{preferred}\" in {documents}"
          let fix = FixIt(
            message: "replace with \"\(preferred)\"", edits: [TextEdit(span: fact.span, replacement: preferred)],
            isSafe: true)
          out.append(
            checks.diagnostic(
              at: fact.span, fallback: fallback,
              values: [
                "spelling": spelling, "preferred": preferred, "person": fact.person ?? spelling,
                "statement": fact.text, "value": spelling, "expected": preferred, "count": String(count),
                "documents": MessageTemplate.documents(count),
              ],
              related: related, extraNotes: RelationChecks.moreNote(hidden), fixIts: [fix]))
        }
      }
    }
    return out
  }

  private func preferredSpelling(_ group: [String], bySpelling: [String: [Fact]]) -> String {
    for wanted in checks.rule.preferred {
      if let match = group.first(where: { $0.lowercased() == wanted.lowercased() }) { return match }
    }
    let documents = Dictionary(uniqueKeysWithValues: group.map { ($0, Set(bySpelling[$0]!.map(\.span.file)).count) })
    return group.max { a, b in
      let da = documents[a]!
      let db = documents[b]!
      if da != db { return da < db }
      let ca = bySpelling[a]!.count
      let cb = bySpelling[b]!.count
      if ca != cb { return ca < cb }
      return a > b
    }!
  }
}
