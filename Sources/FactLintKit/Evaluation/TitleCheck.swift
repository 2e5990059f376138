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
/// that contradicts the reference is reported. The forms of each person's
/// offices are summed up as documents are added.
struct TitleCheck: Sendable {
  /// The message of a finding when the rule gives none, and when the rules pin the title.
  private static let message = MessageTemplate.Compiled(
    "{person} is called \"{title}\" here, but \"{expected}\" in {documents}")
  private static let pinnedMessage = MessageTemplate.Compiled(
    "{person} is called \"{title}\" here, but the rules pin the title \"{expected}\"")

  let selection: Int?
  private var offices: [OfficeKey: OfficeState] = [:]

  init(selection: Int?) { self.selection = selection }

  /// A person (lower-cased) and one of their offices.
  ///
  /// Hashed once, when made, by ``WordHash`` over both texts: the summary's
  /// table and each document's groups look a key up several times, and the standard
  /// hasher read both texts a byte at a time for every lookup. Keys with different
  /// hashes are told apart without comparing their texts.
  private struct OfficeKey: Hashable, Comparable, Sendable {
    let person: String
    let office: String
    private let hash: UInt64

    init(person: String, office: String) {
      self.person = person
      self.office = office
      hash = WordHash.of(person) &* 0x9E37_79B9_7F4A_7C15 ^ WordHash.of(office)
    }

    static func == (a: OfficeKey, b: OfficeKey) -> Bool {
      a.hash == b.hash && a.person == b.person && a.office == b.office
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    static func < (a: OfficeKey, b: OfficeKey) -> Bool { (a.person, a.office) < (b.person, b.office) }
  }

  /// One form of an office ("former", a rank), across documents.
  private struct Variant: Sendable {
    /// The form.
    var key: VariantKey
    var occurrences = Occurrences()
    /// The first mention's span and title.
    var firstSpan: Span
    var title: Title
  }

  private struct OfficeState: Sendable {
    /// The rule's pin for the person and office.
    var pin: TitlePin?
    /// With a pin: the mentions that agree with it.
    var agreeing = Occurrences()
    /// Without a pin: the forms (``TitleCheck/variantKey(_:)``), in the order first met.
    /// An office takes one to three forms: they are searched in order, and a summary of
    /// thousands of offices makes no table for each.
    var variants: [Variant] = []

    /// When forms differ, the positions of the forms in ``variants``, most documents
    /// first (then the first met in path order); none when they do not. Ranked when a
    /// document that mentions the office is reported, on every worker: ranking every
    /// office of the corpus once every document is added would hold up the other cores.
    /// Positions, not copies: both workers read the same forms, and a copy counted a
    /// reference on each of their arrays, sending those counts back and forth between
    /// the cores.
    func ranked() -> [Int] {
      guard variants.count > 1 else { return [] }
      // Compared by keys read out first: a comparison that read the forms copied the
      // whole state, counting a reference on each of its arrays and texts.
      let keys = variants.map { (documents: $0.occurrences.documentCount, first: $0.firstSpan) }
      return keys.indices.sorted { a, b in
        keys[a].documents != keys[b].documents ? keys[a].documents > keys[b].documents : keys[a].first < keys[b].first
      }
    }
  }

  // MARK: - Summing up

  mutating func add(_ document: DocumentSelection, context: CheckContext) {
    for (key, mentions) in Self.mentions(document[selection]) {
      // Changed where it is in the table, not copied out and back: a person met before
      // costs one lookup, a new one two.
      if let index = offices.index(forKey: key) {
        Self.add(mentions, context: context, to: &offices.values[index])
      } else {
        var state = OfficeState(pin: pin(for: key, rule: context.rule))
        Self.add(mentions, context: context, to: &state)
        offices[key] = state
      }
    }
  }

  /// Adds one person's mentions with one office in a document to what is known of them.
  private static func add(_ mentions: [Fact], context: CheckContext, to state: inout OfficeState) {
    // Only the first mention of each form and their number are summed up: they are
    // counted, with no list of mentions made.
    if let pin = state.pin {
      var first: Fact?
      var count = 0
      for mention in mentions where !TitleNormalizer.contradict(mention.title!, pin.title) {
        if first == nil { first = mention }
        count += 1
      }
      if let first {
        state.agreeing.add(first: first, count: count, limit: context.referenceLimit, lead: .called) {
          first.title!.text
        }
      }
      return
    }
    // A person's office takes few forms in one document, most often one: the form of
    // the first mention is counted on its own, and only other forms are listed (and
    // searched in order).
    guard let firstMention = mentions.first else { return }
    let firstForm = Self.variantKey(firstMention.title!)
    var firstCount = 0
    var others: [(key: VariantKey, first: Fact, count: Int)] = []
    for mention in mentions {
      let v = Self.variantKey(mention.title!)
      if v == firstForm {
        firstCount += 1
      } else if let k = others.firstIndex(where: { $0.key == v }) {
        others[k].count += 1
      } else {
        others.append((v, mention, 1))
      }
    }
    add(form: firstForm, first: firstMention, count: firstCount, context: context, to: &state)
    for (v, first, count) in others { add(form: v, first: first, count: count, context: context, to: &state) }
  }

  /// Adds a document's `count` mentions of one form of an office, the first `first`.
  private static func add(
    form v: VariantKey, first: Fact, count: Int, context: CheckContext, to state: inout OfficeState
  ) {
    let k = state.variants.firstIndex { $0.key == v } ?? state.variants.count
    if k == state.variants.count {
      state.variants.append(Variant(key: v, firstSpan: first.span, title: first.title!))
    }
    state.variants[k].occurrences.add(first: first, count: count, limit: context.referenceLimit, lead: .called) {
      first.title!.text
    }
  }

  mutating func merge(_ later: TitleCheck, context: CheckContext) {
    offices.mergeInPlace(later.offices) { state, other in
      state.agreeing.merge(other.agreeing, limit: context.referenceLimit)
      for more in other.variants {
        if let k = state.variants.firstIndex(where: { $0.key == more.key }) {
          state.variants[k].occurrences.merge(more.occurrences, limit: context.referenceLimit)
        } else {
          state.variants.append(more)
        }
      }
    }
  }

  // MARK: - Reporting

  func report(_ document: DocumentSelection, context: CheckContext) -> [Diagnostic] {
    var out: [Diagnostic] = []
    // Only offices that can have findings are kept, read where they are in the table:
    // those pinned, and those with forms that differ. Most have neither, and are not
    // copied out of the table nor sorted. The rest are sorted in place: they are the
    // caller's alone, and `sorted` copied them.
    var groups = Self.mentions(document[selection])
    groups.removeAll { group in
      guard let index = offices.index(forKey: group.key) else { return true }
      return offices.values[index].pin == nil && offices.values[index].variants.count < 2
    }
    if groups.count > 1 { groups.sort { $0.key < $1.key } }
    for (key, mentions) in groups {
      guard let state = offices[key] else { continue }
      let file = document.file
      if let pin = state.pin {
        let reference = pin.title
        let references = ReferenceSet(state.agreeing)
        let own = mentions.contains { !TitleNormalizer.contradict($0.title!, reference) }
        for fact in mentions where TitleNormalizer.contradict(fact.title!, reference) {
          var (related, hidden) = context.related(references, excluding: file.id, ownHasReference: own)
          related.insert(RelatedLocation(span: pin.span, message: "pinned as \"\(reference.text)\" here"), at: 0)
          out.append(
            diagnostic(
              fact, in: file, expected: reference.text, count: references.documentCount - (own ? 1 : 0), pinned: true,
              related: related, hidden: hidden, context: context))
        }
        continue
      }
      let ranked = state.ranked()
      guard let reference = ranked.first else { continue }
      let top = state.variants[reference].key
      let referenceTitle = state.variants[reference].title
      let references = ReferenceSet(state.variants[reference].occurrences)
      let own = mentions.contains { Self.variantKey($0.title!) == top }
      for v in ranked.dropFirst().map({ state.variants[$0].key }) {
        for fact in mentions
        where Self.variantKey(fact.title!) == v && TitleNormalizer.contradict(fact.title!, referenceTitle) {
          let (related, hidden) = context.related(references, excluding: file.id, ownHasReference: own)
          out.append(
            diagnostic(
              fact, in: file, expected: referenceTitle.text, count: references.documentCount - (own ? 1 : 0),
              pinned: false, related: related, hidden: hidden, context: context))
        }
      }
    }
    return out
  }

  private func diagnostic(
    _ fact: Fact, in file: SourceFile, expected: String, count: Int, pinned: Bool, related: [RelatedLocation],
    hidden: Int, context: CheckContext
  ) -> Diagnostic {
    let title = fact.title!
    let fallback = pinned ? Self.pinnedMessage : Self.message
    return context.diagnostic(
      at: title.span.union(fact.span), in: file, fallback: fallback,
      values: { key in
        switch key {
        case "person": fact.person ?? fact.text
        case "title": CheckContext.oneLine(title.text)
        case "expected": expected
        case "statement": CheckContext.statement(fact, in: file)
        case "value": title.normalized
        case "count": String(count)
        case "documents": MessageTemplate.documents(count)
        default: nil
        }
      },
      related: related, extraNotes: CheckContext.moreNote(hidden))
  }

  // MARK: - Mentions

  /// The titled mentions of `facts` by person and office, each list in text order.
  private static func mentions(_ facts: SelectedFacts) -> [(key: OfficeKey, values: [Fact])] {
    var offices = FirstSeenGroups<OfficeKey, Fact>()
    for fact in facts {
      guard let title = fact.title, let person = fact.person else { continue }
      offices.add(fact, under: OfficeKey(person: person.asciiFastLowercased, office: title.office))
    }
    var order = offices.takeGroups()
    for k in order.indices where order[k].values.count > 1 {
      order[k].values.sort { $0.span < $1.span }
    }
    return order
  }

  private func pin(for key: OfficeKey, rule: Rule) -> TitlePin? {
    // The office is compared first: most pins name another, and the names need lower-casing.
    rule.pins.first { pin in
      guard pin.title.office == key.office else { return false }
      let p = pin.person.lowercased()
      return p == key.person || key.person.lastSpaceSeparatedWord.map(String.init) == p
    }
  }

  /// The form of a title: whether it says "former", and its rank.
  private struct VariantKey: Hashable, Sendable {
    var isFormer: Bool
    var rank: String?
  }

  /// The form of `t`; compared as a value, with no string built for each mention.
  private static func variantKey(_ t: Title) -> VariantKey { VariantKey(isFormer: t.isFormer, rank: t.rank) }
}
