import Testing

@testable import FactLintKit

/// The packed storage of ``Fact`` gives back every field as it was set.
@Suite struct FactStorageTests {
  let file = FileID(3)

  @Test func aKindIsFoundAgainFromItsPosition() {
    for kind in FactKind.allCases { #expect(FactKind(position: kind.position) == kind) }
    #expect(FactKind.allCases.map(\.position) == Array(FactKind.allCases.indices))
    #expect(FactKind(position: FactKind.allCases.count) == nil && FactKind(position: -1) == nil)
  }

  @Test func everyFieldReadsBackAsSet() throws {
    var fact = Fact(
      kind: .count, span: Span(file: file, start: 40, end: 52), text: "over 1,000",
      sentence: Span(file: file, start: 30, end: 90),
      quoted: true)
    #expect(fact.numberSpan == nil && fact.statedValue == nil && fact.value == nil)
    #expect(fact.quoted && !fact.perSide)
    fact.numberSpan = Span(file: file, start: 45, end: 50)
    fact.statedValue = 0
    fact.value = Interval(lower: 1000, upper: .infinity, lowerClosed: false)
    fact.perSide = true
    fact.quoted = false
    fact.unit = "s"
    fact.hedge = "over"
    fact.qualifiers = ["total"]
    #expect(fact.span == Span(file: file, start: 40, end: 52))
    #expect(fact.sentence == Span(file: file, start: 30, end: 90))
    #expect(fact.numberSpan == Span(file: file, start: 45, end: 50))
    #expect(fact.statedValue == 0)
    let value = try #require(fact.value)
    #expect(value.lower == 1000 && value.upper == .infinity && !value.lowerClosed && !value.upperClosed)
    #expect(fact.perSide && !fact.quoted)
    #expect(fact.unit == "s" && fact.hedge == "over" && fact.qualifiers == ["total"])
    fact.numberSpan = nil
    fact.statedValue = nil
    fact.value = nil
    #expect(fact.numberSpan == nil && fact.statedValue == nil && fact.value == nil)
  }

  @Test func theSentenceAndNumberFollowTheFactsFile() {
    var fact = Fact(
      kind: .number, span: Span(file: file, start: 5, end: 7), text: "12",
      sentence: Span(file: file, start: 0, end: 20),
      quoted: false)
    fact.numberSpan = Span(file: file, start: 5, end: 7)
    fact.span = Span(file: FileID(9), start: 5, end: 7)
    #expect(fact.sentence == Span(file: FileID(9), start: 0, end: 20))
    #expect(fact.numberSpan == Span(file: FileID(9), start: 5, end: 7))
  }

  @Test func countedThingsAndTitlesAreKeptApartAndCopiedOnWrite() {
    let span = Span(file: file, start: 0, end: 3)
    var a = Fact(kind: .count, span: span, text: "500", sentence: span, quoted: false)
    a.noun = CountedNoun(
      head: "prisoners", lemma: "prisoner", modifiers: [], complement: nil, qualifiers: [], phrase: "prisoners",
      span: Span(file: file, start: 4, end: 13))
    a.perSideMarker = "each"
    var b = a
    b.noun = nil
    b.title = Title(
      text: "President", isFormer: false, rank: nil, office: "president", jurisdiction: nil, span: span)
    #expect(a.noun?.lemma == "prisoner" && a.perSideMarker == "each" && a.title == nil)
    #expect(b.noun == nil && b.perSideMarker == "each" && b.title?.office == "president")
    #expect(a != b)
    b.perSideMarker = nil
    #expect(b.perSideSpan == nil && b.noun == nil)
    #expect(a.extent == Span(file: file, start: 0, end: 13))
  }

  @Test func aDiagnosticSharesItsFieldsUntilACopyChanges() {
    let span = Span(file: file, start: 1, end: 4)
    let original = Diagnostic(
      ruleID: "swap", severity: .error, message: "500 against 1,000", span: span,
      related: [RelatedLocation(span: span, message: "stated here")], notes: ["one note"])
    var copy = original
    #expect(copy == original && copy.hashValue == original.hashValue)
    copy.notes.append("another")
    copy.severity = .warning
    copy.fixIts = [FixIt(message: "replace", edits: [TextEdit(span: span, replacement: "1,000")], isSafe: true)]
    #expect(original.notes == ["one note"] && original.severity == .error && original.fixIts.isEmpty)
    #expect(copy.notes == ["one note", "another"] && copy.severity == .warning && copy != original)
    copy.notes = ["one note"]
    copy.severity = .error
    copy.fixIts = []
    #expect(copy == original && Set([copy, original]).count == 1)
  }

  @Test func everyKindKnowsItsPositionAmongAllKinds() {
    for (position, kind) in FactKind.allCases.enumerated() { #expect(kind.position == position) }
  }

  @Test func aCountedNounSharesItsFieldsUntilACopyChanges() {
    let original = CountedNoun(
      head: "prisoners", lemma: "prisoner", modifiers: ["ukrainian"], complement: "war", qualifiers: ["freed"],
      phrase: "ukrainian prisoners of war freed", span: Span(file: file, start: 4, end: 36))
    var copy = original
    #expect(copy == original && copy.hashValue == original.hashValue)
    copy.modifiers.append("wounded")
    copy.complement = nil
    copy.span = Span(file: file, start: 0, end: 1)
    #expect(original.modifiers == ["ukrainian"] && original.complement == "war")
    #expect(original.span == Span(file: file, start: 4, end: 36))
    #expect(copy.modifiers == ["ukrainian", "wounded"] && copy.complement == nil && copy != original)
    copy.modifiers = ["ukrainian"]
    copy.complement = "war"
    copy.span = original.span
    #expect(copy == original && copy.hashValue == original.hashValue)
    #expect(Set([copy, original]).count == 1)
  }

  @Test func unitsAndHedgesOutsideTheTablesAreKeptAsWritten() {
    let span = Span(file: file, start: 0, end: 9)
    var fact = Fact(kind: .money, span: span, text: "at  least 9 zorkmids", sentence: span, quoted: false)
    fact.unit = "zorkmid"
    fact.hedge = "at  least"
    #expect(fact.unit == "zorkmid" && fact.hedge == "at  least")
    fact.unit = "euro"
    #expect(fact.unit == "euro" && fact.hedge == "at  least")
    fact.hedge = "at least"
    #expect(fact.hedge == "at least")
    fact.unit = nil
    fact.hedge = nil
    #expect(fact.unit == nil && fact.hedge == nil)
  }

  /// Whether a fact is hedged is told from the hedge's code, and answers as the hedge's
  /// text does: none, one of the table, one spilled, and none again after each.
  @Test func aFactIsHedgedExactlyWhenItHasAHedge() {
    let span = Span(file: file, start: 0, end: 9)
    var fact = Fact(kind: .count, span: span, text: "about 9", sentence: span, quoted: false)
    #expect(!fact.isHedged)
    for hedge in ["about", "at  least", nil, "upwards  of", "more than", nil] as [String?] {
      fact.hedge = hedge
      #expect(fact.isHedged == (hedge != nil), "hedge \(hedge ?? "none")")
      #expect(fact.isHedged == (fact.hedge != nil))
    }
  }

  /// A document's fact kinds, noted when its facts are ordered for the checks, follow
  /// every change to the facts after, as read from the facts themselves.
  @Test func aDocumentsKindsFollowItsFacts() {
    func fact(_ kind: FactKind, at start: Int) -> Fact {
      let span = Span(file: file, start: start, end: start + 1)
      return Fact(kind: kind, span: span, text: "x", sentence: span, quoted: false)
    }
    var document = DocumentFacts(
      file: file, facts: [fact(.date, at: 5), fact(.person, at: 1), fact(.count, at: 5)], nameRuns: NameRuns(),
      sentences: [])
    func readKinds() -> [FactKind] { document.facts.map(\.kind) }
    #expect(document.kinds == [.date, .person, .count])
    document.orderForChecks()
    #expect(document.kinds == [.person, .count, .date] && document.kinds == readKinds())
    document.facts.append(fact(.name, at: 9))
    #expect(document.kinds == readKinds())
    document.facts[0] = fact(.duration, at: 0)
    #expect(document.kinds == readKinds())
    document.facts.removeFirst()
    #expect(document.kinds == [.count, .date, .name])
    document.orderForChecks()
    document.facts = []
    #expect(document.kinds.isEmpty)
  }

  /// Facts appended and merged into facts already in order, or sorted with them when
  /// they are not, end in the order one stable sort of them all gives: the same facts,
  /// ties between a held fact and an added one with the held one first.
  @Test func factsAppendedInOrderAreWhereOneSortPutsThem() {
    var random = SplitMix64(seed: 11)
    func fact(_ kind: FactKind, at start: Int, length: Int) -> Fact {
      let span = Span(file: file, start: start, end: start + length)
      return Fact(kind: kind, span: span, text: "x", sentence: span, quoted: false)
    }
    let kinds: [FactKind] = [.count, .date, .person, .name]
    var merged = 0
    for round in 0..<200 {
      func someFacts(_ count: Int) -> [Fact] {
        (0..<count).map { _ in
          fact(
            kinds[Int(random.next() % 4)], at: Int(random.next() % 12), length: 1 + Int(random.next() % 3))
        }
      }
      var held = someFacts(Int(random.next() % 9))
      // Most rounds hold their facts in order, as linking finds them; some do not.
      if round % 5 != 0 { held.sort { ($0.span, $0.kind) < ($1.span, $1.kind) } }
      let more = someFacts(Int(random.next() % 6))
      var document = DocumentFacts(file: file, facts: held, nameRuns: NameRuns(), sentences: [])
      var expected = document
      expected.facts += more
      expected.orderForChecks()
      document.appendOrderedForChecks(more)
      #expect(document.facts.count == expected.facts.count)
      #expect(zip(document.facts, expected.facts).allSatisfy { $0.isCopy(of: $1) }, "round \(round)")
      #expect(document.kinds == expected.kinds)
      if round % 5 != 0 && !more.isEmpty && !held.isEmpty { merged += 1 }
    }
    #expect(merged > 100)
  }

  @Test func aPersonBesideAValueKeepsBoth() throws {
    let span = Span(file: file, start: 0, end: 4)
    var fact = Fact(kind: .person, span: span, text: "Anna", sentence: span, quoted: false)
    fact.person = "Anna Lind"
    #expect(fact.person == "Anna Lind" && fact.value == nil)
    fact.value = .exactly(3)
    fact.statedValue = 3
    #expect(fact.person == "Anna Lind" && fact.value == .exactly(3) && fact.statedValue == 3)
    fact.value = nil
    fact.statedValue = nil
    #expect(fact.person == "Anna Lind" && fact.value == nil && fact.statedValue == nil)
    fact.person = nil
    #expect(fact.person == nil)
  }

  @Test func factsWithTheSameFieldsAreEqualWhateverTheOrderTheyWereSetIn() {
    let span = Span(file: file, start: 0, end: 4)
    var a = Fact(kind: .count, span: span, text: "x", sentence: span, quoted: false)
    var b = a
    a.person = "Anna Lind"
    a.value = .exactly(2)
    a.unit = "zorkmid"
    a.hedge = "about"
    b.hedge = "about"
    b.unit = "zorkmid"
    b.value = .exactly(2)
    b.person = "Anna Lind"
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    b.person = "Anna Lindh"
    #expect(a != b)
  }

  @Test func aCountedThingAloneAndWithAPerSideMarkerReadBackAndCompareByWhatTheyHold() throws {
    let span = Span(file: file, start: 0, end: 5)
    let noun = CountedNoun(
      head: "prisoners", lemma: "prisoner", modifiers: ["ukrainian"], complement: nil, qualifiers: [],
      phrase: "ukrainian prisoners", span: Span(file: file, start: 6, end: 25))
    var alone = Fact(kind: .count, span: span, text: "1,000", sentence: span, quoted: false)
    alone.noun = noun
    var marked = alone
    marked.perSideMarker = "each"
    marked.perSideSpan = Span(file: file, start: 26, end: 30)
    #expect(alone.noun == noun && alone.perSideMarker == nil && alone.perSideSpan == nil)
    #expect(marked.noun == noun && marked.perSideMarker == "each")
    #expect(marked.perSideSpan == Span(file: file, start: 26, end: 30))
    #expect(alone != marked)
    // With the marker taken away again, the fact holds what `alone` holds, and is equal
    // to it, hashes as it does and encodes as it does.
    marked.perSideMarker = nil
    marked.perSideSpan = nil
    #expect(marked == alone && marked.hashValue == alone.hashValue)
    var first = ByteEncoder()
    var second = ByteEncoder()
    alone.encode(into: &first, source: nil)
    marked.encode(into: &second, source: nil)
    #expect(first.bytes == second.bytes)
    // A counted thing and a spilled unit are read back from the binary form.
    var spilled = alone
    spilled.unit = "zorkmid"
    var out = ByteEncoder()
    spilled.encode(into: &out, source: nil)
    let decoded = try #require(
      out.bytes.withUnsafeBytes { raw in
        var input = ByteDecoder(raw)
        return Fact(decoding: &input, file: file, source: nil)
      })
    #expect(decoded == spilled && decoded.noun == noun && decoded.unit == "zorkmid")
    // Taking the counted thing away leaves no details.
    spilled.unit = nil
    spilled.noun = nil
    #expect(spilled == Fact(kind: .count, span: span, text: "1,000", sentence: span, quoted: false))
  }

  /// A fact's counted noun is held in its cell unless it has a title too; either way
  /// both read back, and the fact is the same value whatever order they were set in.
  @Test func aNounAndATitleReadBackAndCompareByWhatTheyHoldWhateverOrderTheyAreSetIn() throws {
    let span = Span(file: file, start: 0, end: 5)
    let noun = CountedNoun(
      head: "talks", lemma: "talk", modifiers: [], complement: nil, qualifiers: [], phrase: "talks",
      span: Span(file: file, start: 6, end: 11))
    let title = Title(
      text: "Foreign Minister", isFormer: false, rank: nil, office: "foreign minister", jurisdiction: nil,
      span: Span(file: file, start: 12, end: 28))
    let bare = Fact(kind: .count, span: span, text: "2", sentence: span, quoted: false)
    var nounFirst = bare
    nounFirst.noun = noun
    let nounOnly = nounFirst
    nounFirst.title = title
    var titleFirst = bare
    titleFirst.title = title
    titleFirst.noun = noun
    for fact in [nounFirst, titleFirst] { #expect(fact.noun == noun && fact.title == title) }
    #expect(nounFirst == titleFirst && nounFirst.hashValue == titleFirst.hashValue)
    #expect(nounFirst != nounOnly)
    var first = ByteEncoder()
    var second = ByteEncoder()
    nounFirst.encode(into: &first, source: nil)
    titleFirst.encode(into: &second, source: nil)
    #expect(first.bytes == second.bytes)
    let decoded = try #require(
      first.bytes.withUnsafeBytes { raw in
        var input = ByteDecoder(raw)
        return Fact(decoding: &input, file: file, source: nil)
      })
    #expect(decoded == nounFirst && decoded.noun == noun && decoded.title == title)
    // Taking the title away leaves the fact that only ever had the noun; taking the
    // noun away too leaves the bare fact.
    nounFirst.title = nil
    #expect(nounFirst == nounOnly && nounFirst.hashValue == nounOnly.hashValue && nounFirst.noun == noun)
    titleFirst.noun = nil
    titleFirst.title = nil
    #expect(titleFirst == bare && titleFirst.noun == nil && titleFirst.title == nil)
  }

  /// The noun or title a fact's cell holds is a plain reference, the object's address
  /// as it is: a tagged one (an enum's case kept in its spare bits) is one that
  /// LeakSanitizer cannot follow, and a run that keeps its facts until it exits would
  /// be reported leaking every noun and title.
  @Test func aNounOrTitleInTheCellIsHeldByItsPlainAddress() {
    let span = Span(file: file, start: 0, end: 5)
    let noun = CountedNoun(
      head: "talks", lemma: "talk", modifiers: [], complement: nil, qualifiers: [], phrase: "talks", span: span)
    let title = Box(
      Title(text: "President", isFormer: false, rank: nil, office: "president", jurisdiction: nil, span: span))
    func holdsAddress(of object: AnyObject, _ fields: FactFields) -> Bool {
      let address = UInt(bitPattern: Unmanaged.passUnretained(object).toOpaque())
      return withUnsafeBytes(of: fields) { raw in
        stride(from: 0, through: raw.count - 8, by: 8).contains {
          raw.load(fromByteOffset: $0, as: UInt.self) == address
        }
      }
    }
    var counted = FactFields(kind: .count, span: span, text: "2", sentence: span, quoted: false)
    counted.noun = noun
    #expect(holdsAddress(of: noun.cell, counted))
    var titled = FactFields(kind: .person, span: span, text: "Anna Lind", sentence: span, quoted: false)
    titled.title = title
    #expect(holdsAddress(of: title, titled))
  }

  @Test func aFactsCellFitsInA128ByteBlock() {
    // 16 bytes of object header, 8 of allocator header, rounded up to 16.
    #expect(16 + MemoryLayout<FactFields>.size + 8 <= 128)
  }
}
