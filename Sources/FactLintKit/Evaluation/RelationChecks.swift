/// Checks one rule's expectations on the facts selected in one group of documents.
struct RelationChecks {
  let rule: Rule
  let corpus: Corpus
  let selected: [String: [Fact]]
  let group: [Int]
  let maxRelated: Int
  /// The most statements of one document reported one by one by a check (0: no limit).
  var maxPerDocument = 0

  func check(_ expectation: Expectation) -> [Diagnostic] {
    switch expectation.relation {
    case .agree(let name, let absolute, let relative, let byNoun):
      let facts = selected[name] ?? []
      guard byNoun else {
        return AgreementCheck(checks: self).run(facts, selection: name, absolute: absolute, relative: relative)
      }
      // One agreement per counted thing: the noun phrase in the singular (modifiers,
      // head, complement, participles) and whether it is counted per side.
      var groups: [String: [Fact]] = [:]
      for fact in facts {
        guard let noun = fact.noun else { continue }
        let phrase = (noun.modifiers.map(Inflection.singular) + [noun.lemma]).joined(separator: " ")
        let key = [phrase, noun.complement ?? "", noun.qualifiers.joined(separator: " "), String(fact.perSide)]
        groups[key.joined(separator: "|"), default: []].append(fact)
      }
      return groups.keys.sorted().flatMap {
        AgreementCheck(checks: self).run(groups[$0]!, selection: name, absolute: absolute, relative: relative)
      }
    case .compare(let left, let op, let right, let text):
      return ComparisonCheck(checks: self).run(left, op, right, text: text, pinSpan: expectation.span)
    case .stated(let name, let phrases):
      return statedCheck(name, phrases: phrases)
    case .titlesAgree(let name):
      return TitleCheck(checks: self).run(selected[name] ?? [])
    case .spelledAlike(let name):
      return SpellingCheck(checks: self).run(selected[name] ?? [])
    case .weekdaysMatch(let name):
      return WeekdayCheck(checks: self).run(selected[name] ?? [])
    }
  }

  // MARK: - Shared helpers

  /// The file name shown for a document.
  func path(_ span: Span) -> String { corpus.sources[span.file].path }

  /// The statement as written, through its noun and per-side marker.
  func statement(_ fact: Fact) -> String {
    let text = corpus.sources[fact.span.file].text(fact.extent)
    return Self.oneLine(text)
  }

  /// `text` with every run of white space made one space.
  static func oneLine(_ text: String) -> String {
    // Most statements are ASCII with single spaces: they are returned as they are.
    var plain = true
    var previousSpace = false
    for byte in text.utf8 {
      if byte >= 0x80 || byte < 0x20 || (byte == 0x20 && previousSpace) {
        plain = false
        break
      }
      previousSpace = byte == 0x20
    }
    if plain { return text }
    var out = ""
    var lastSpace = false
    for ch in text {
      if ch.isWhitespace {
        if !lastSpace { out.append(" ") }
        lastSpace = true
      } else {
        out.append(ch)
        lastSpace = false
      }
    }
    return out
  }

  /// The severity-bearing diagnostic with the rule's message (or `fallback`).
  func diagnostic(
    at span: Span, fallback: String, values: [String: String], related: [RelatedLocation], extraNotes: [String] = [],
    fixIts: [FixIt] = []
  ) -> Diagnostic {
    var values = values
    values["rule"] = rule.id
    values["file"] = path(span)
    let message = MessageTemplate.render(rule.message ?? fallback, values)
    return Diagnostic(
      ruleID: rule.id, severity: rule.severity, message: message, span: span, related: related, notes: extraNotes,
      fixIts: fixIts)
  }

  /// The reference statements among `facts`, the first few labelled once: every
  /// diagnostic of a check that shows them shares those labels.
  func references(_ facts: [Fact], label: (Fact) -> String) -> ReferenceFacts {
    ReferenceFacts(facts, labelling: maxRelated + 1, label)
  }

  /// Up to `maxRelated` facts, one per document (other documents first), as related locations,
  /// and how many documents were left out.
  func related(_ refs: ReferenceFacts, excluding file: FileID) -> ([RelatedLocation], Int) {
    // Only the first few are shown; the rest are counted, not visited (a corpus-wide
    // fact has one reference per document, and every disagreeing statement asks).
    var shown: [RelatedLocation] = []
    for (k, fact) in refs.firstPerDocument.enumerated() where fact.span.file != file {
      if shown.count == maxRelated { break }
      shown.append(RelatedLocation(span: fact.extent, message: refs.labels[k]))
    }
    let others = refs.documentCount(excluding: file)
    if others == 0, let own = refs.firstPerDocument.first {
      return ([RelatedLocation(span: own.extent, message: refs.labels[0])], 0)
    }
    return (shown, others - shown.count)
  }

  static func moreNote(_ hidden: Int) -> [String] {
    hidden > 0 ? ["and \(hidden) more \(hidden == 1 ? "document" : "documents") agree with them"] : []
  }

  // MARK: - Required facts

  private func statedCheck(_ name: String, phrases: [Phrase]) -> [Diagnostic] {
    let facts = selected[name] ?? []
    let stating = Set(facts.map(\.span.file))
    let references = references(facts) { "stated as \"\(statement($0))\" here" }
    var out: [Diagnostic] = []
    for d in group {
      let file = corpus.sources[corpus.documents[d].file]
      if stating.contains(file.id) { continue }
      var first: Range<Int>?
      for phrase in phrases {
        if let r = PhraseSearch.find(phrase, in: file.bytes, range: 0..<file.bytes.count),
          first == nil || r.lowerBound < first!.lowerBound
        {
          first = r
        }
      }
      guard let mention = first else { continue }
      let span = Span(file: file.id, start: mention.lowerBound, end: mention.upperBound)
      let (related, hidden) = self.related(references, excluding: file.id)
      out.append(
        diagnostic(
          at: span, fallback: "this document mentions \"{statement}\" but never states the {selection}",
          values: ["statement": file.text(span), "selection": name, "count": String(stating.count)],
          related: related, extraNotes: Self.moreNote(hidden)))
    }
    return out
  }
}

/// Reference statements grouped once per check: the first fact of each document in
/// text order, so that each diagnostic picks its notes in O(documents), not O(facts).
struct ReferenceFacts {
  /// The first fact of each document, sorted by position.
  let firstPerDocument: [Fact]
  /// The labels of the first few of ``firstPerDocument``, the only ones ever shown.
  let labels: [String]
  /// The documents of ``firstPerDocument``.
  private let files: Set<FileID>

  /// Groups `facts`, labelling the first `count` references with `label`.
  init(_ facts: [Fact], labelling count: Int, _ label: (Fact) -> String) {
    var first: [FileID: Fact] = [:]
    for fact in facts {
      if let known = first[fact.span.file], known.span <= fact.span { continue }
      first[fact.span.file] = fact
    }
    firstPerDocument = first.values.sorted { $0.span < $1.span }
    labels = firstPerDocument.prefix(count).map(label)
    files = Set(first.keys)
  }

  /// How many documents hold a reference statement, not counting `file`.
  func documentCount(excluding file: FileID) -> Int {
    firstPerDocument.count - (files.contains(file) ? 1 : 0)
  }
}
