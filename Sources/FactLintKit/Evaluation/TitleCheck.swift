/// `expect NAME titles agree`: a person's titles must not contradict each other.
///
/// Titles contradict when they name the same office (and compatible
/// jurisdictions) but one says "former" and the other not, or they give two
/// ranks of the office ("Deputy Defence Minister" against "Defence Minister").
/// Different offices ("head of the Russian delegation", "presidential aide")
/// can all be true and are never reported.
///
/// For each person and office the reference is the rule's pin for that person
/// if it has one, otherwise the form held by the most documents; every title
/// that contradicts the reference is reported.
struct TitleCheck {
  let checks: RelationChecks

  func run(_ facts: [Fact]) -> [Diagnostic] {
    var byPerson: [String: [Fact]] = [:]
    for fact in facts where fact.title != nil {
      guard let person = fact.person else { continue }
      byPerson[person.lowercased(), default: []].append(fact)
    }
    var out: [Diagnostic] = []
    for person in byPerson.keys.sorted() {
      let mentions = byPerson[person]!.sorted { $0.span < $1.span }
      var offices: [String: [Fact]] = [:]
      for m in mentions { offices[m.title!.office, default: []].append(m) }
      for office in offices.keys.sorted() {
        out.append(contentsOf: checkOffice(person: person, mentions: offices[office]!))
      }
    }
    return out
  }

  private func pin(for person: String, office: String) -> TitlePin? {
    checks.rule.pins.first { pin in
      let p = pin.person.lowercased()
      return (p == person || person.split(separator: " ").last.map(String.init) == p) && pin.title.office == office
    }
  }

  private func variantKey(_ t: Title) -> String { "\(t.isFormer)|\(t.rank ?? "")" }

  private func checkOffice(person: String, mentions: [Fact]) -> [Diagnostic] {
    let office = mentions[0].title!.office
    if let pin = pin(for: person, office: office) {
      let reference = pin.title
      let agreeing = checks.references(mentions.filter { !TitleNormalizer.contradict($0.title!, reference) }) {
        "called \"\($0.title!.text)\" here"
      }
      return mentions.filter { TitleNormalizer.contradict($0.title!, reference) }.map { fact in
        var (related, hidden) = checks.related(agreeing, excluding: fact.span.file)
        related.insert(RelatedLocation(span: pin.span, message: "pinned as \"\(reference.text)\" here"), at: 0)
        return diagnostic(
          fact, expected: reference.text, count: agreeing.documentCount(excluding: fact.span.file),
          pinned: true, related: related, hidden: hidden)
      }
    }
    // Group by variant (former / rank); the variant in the most documents is the reference.
    var variants: [String: [Fact]] = [:]
    for m in mentions { variants[variantKey(m.title!), default: []].append(m) }
    guard variants.count > 1 else { return [] }
    let documents = variants.mapValues { Set($0.map(\.span.file)).count }
    let ranked = variants.sorted { a, b in
      let da = documents[a.key]!
      let db = documents[b.key]!
      if da != db { return da > db }
      return a.value[0].span < b.value[0].span
    }
    let referenceTitle = ranked[0].value[0].title!
    let reference = checks.references(ranked[0].value) { "called \"\($0.title!.text)\" here" }
    var out: [Diagnostic] = []
    for (_, facts) in ranked.dropFirst() {
      for fact in facts where TitleNormalizer.contradict(fact.title!, referenceTitle) {
        let (related, hidden) = checks.related(reference, excluding: fact.span.file)
        out.append(
          diagnostic(
            fact, expected: referenceTitle.text, count: reference.documentCount(excluding: fact.span.file),
            pinned: false, related: related, hidden: hidden))
      }
    }
    return out
  }

  private func diagnostic(
    _ fact: Fact, expected: String, count: Int, pinned: Bool, related: [RelatedLocation], hidden: Int
  ) -> Diagnostic {
    let title = fact.title!
    let fallback =
      pinned
      ? "{person} is called \"{title}\" here, but the rules pin the title \"{expected}\""
      : "{person} is called \"{title}\" here, but \"{expected}\" in {documents}"
    return checks.diagnostic(
      at: title.span.union(fact.span), fallback: fallback,
      values: [
        "person": fact.person ?? fact.text, "title": RelationChecks.oneLine(title.text), "expected": expected,
        "statement": checks.statement(fact), "value": title.normalized, "count": String(count),
        "documents": MessageTemplate.documents(count),
      ],
      related: related, extraNotes: RelationChecks.moreNote(hidden))
  }
}
