/// What kind of statement a fact records.
public enum FactKind: String, Sendable, CaseIterable, Comparable {
  /// A number that counts something ("500 prisoners each").
  case count
  /// A plain number with nothing counted.
  case number
  /// A percentage ("40%").
  case percentage
  /// An amount of money ("$1.6 million", "420 million euros"); the unit names the currency.
  case money
  /// An ordinal ("18th", "second").
  case ordinal
  /// A length of time, in seconds ("under two hours").
  case duration
  /// A calendar date or period, in days since 1970-01-01 ("16 May 2025", "March 2022").
  case date
  /// A weekday named without a date ("on Friday").
  case weekday
  /// A person, with the title used for them in this statement.
  case person
  /// One spelling of a person's name.
  case name

  public static func < (a: FactKind, b: FactKind) -> Bool { a.rawValue < b.rawValue }
}

/// The thing a number counts: "1,000 prisoners of war" has head `prisoners`,
/// lemma `prisoner`, complement `war`; "6,000 deceased Ukrainian soldiers" has
/// modifiers `deceased`, `Ukrainian`.
public struct CountedNoun: Hashable, Sendable {
  /// The head noun as written, lower-case.
  public var head: String
  /// The head noun in the singular.
  public var lemma: String
  /// Words before the head, lower-case.
  public var modifiers: [String]
  /// The noun of an `of` complement ("war" in "prisoners of war").
  public var complement: String?
  /// Participles after the head ("killed" in "631 children killed").
  public var qualifiers: [String]
  /// The whole phrase as written, lower-case.
  public var phrase: String
  /// Where the phrase is.
  public var span: Span
}

/// A person's title as written and as normalised for comparison.
public struct Title: Hashable, Sendable {
  /// The title as written ("former U.S. President").
  public var text: String
  /// Whether the title says the person no longer holds the office.
  public var isFormer: Bool
  /// A rank within the office ("deputy", "vice", "acting"), if any.
  public var rank: String?
  /// The office, normalised ("president", "foreign minister", "head of delegation").
  public var office: String
  /// The country or body the office belongs to, normalised ("us", "turkey"), if stated.
  public var jurisdiction: String?
  /// Where the title is written.
  public var span: Span

  /// The normalised form used to compare titles: `[former] [rank] [jurisdiction] office`.
  public var normalized: String {
    var parts: [String] = []
    if isFormer { parts.append("former") }
    if let rank { parts.append(rank) }
    if let jurisdiction { parts.append(jurisdiction) }
    parts.append(office)
    return parts.joined(separator: " ")
  }
}

/// One statement extracted from a document.
///
/// A fact's fields live in one reference-counted cell, copied on write: selections
/// and groups copy facts freely, and a copy costs one retain, not one per string.
public struct Fact: Hashable, Sendable {
  private var storage: Storage

  /// The heap cell; changed only through ``mutate(_:)``, which copies it when shared.
  private final class Storage: @unchecked Sendable {
    var fields: FactFields
    init(_ fields: FactFields) { self.fields = fields }
  }

  /// Applies `change` to the fields, first copying them if another fact shares them.
  private mutating func mutate(_ change: (inout FactFields) -> Void) {
    if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    change(&storage.fields)
  }

  public static func == (a: Fact, b: Fact) -> Bool { a.storage === b.storage || a.storage.fields == b.storage.fields }

  public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }

  /// What kind of statement this is.
  public var kind: FactKind {
    get { storage.fields.kind }
    set { mutate { $0.kind = newValue } }
  }
  /// The expression itself: hedge, number and unit ("at least 30 days").
  public var span: Span {
    get { storage.fields.span }
    set { mutate { $0.span = newValue } }
  }
  /// The expression's text as written.
  public var text: String {
    get { storage.fields.text }
    set { mutate { $0.text = newValue } }
  }
  /// The stated expression without its hedge ("22" in "over 22", "$ 90 million" in
  /// "about $ 90 million").
  public var numberSpan: Span? {
    get { storage.fields.numberSpan }
    set { mutate { $0.numberSpan = newValue } }
  }
  /// The value as stated, before a hedge widened it.
  public var statedValue: Double? {
    get { storage.fields.statedValue }
    set { mutate { $0.statedValue = newValue } }
  }
  /// The value as an interval (seconds for durations, days since 1970-01-01 for dates).
  public var value: Interval? {
    get { storage.fields.value }
    set { mutate { $0.value = newValue } }
  }
  /// The unit of ``value``: `s`, `%`, `day`, or `nil` for plain counts.
  public var unit: String? {
    get { storage.fields.unit }
    set { mutate { $0.unit = newValue } }
  }
  /// The hedge that widened the value ("at least", "just over"), lower-case.
  public var hedge: String? {
    get { storage.fields.hedge }
    set { mutate { $0.hedge = newValue } }
  }
  /// Whether the number is stated per side ("each", "on each side", "1,000-for-1,000").
  public var perSide: Bool {
    get { storage.fields.perSide }
    set { mutate { $0.perSide = newValue } }
  }
  /// Other qualifiers: `total`, `range`, `exchange`.
  public var qualifiers: [String] {
    get { storage.fields.qualifiers }
    set { mutate { $0.qualifiers = newValue } }
  }
  /// The person, for `person` and `name` facts: the full name as linked across the corpus.
  public var person: String? {
    get { storage.fields.person }
    set { mutate { $0.person = newValue } }
  }
  /// Whether the expression sits inside a quotation.
  public var quoted: Bool {
    get { storage.fields.quoted }
    set { mutate { $0.quoted = newValue } }
  }
  /// The sentence the fact is in.
  public var sentence: Span {
    get { storage.fields.sentence }
    set { mutate { $0.sentence = newValue } }
  }

  /// What is counted, for counts (and what a duration qualifies, as in "30-day ceasefire").
  public var noun: CountedNoun? {
    get { storage.fields.details?.value.noun }
    set { updateDetails { $0.noun = newValue } }
  }
  /// The per-side marker as written, lower-case.
  public var perSideMarker: String? {
    get { storage.fields.details?.value.perSideMarker }
    set { updateDetails { $0.perSideMarker = newValue } }
  }
  /// Where the per-side marker is.
  public var perSideSpan: Span? {
    get { storage.fields.details?.value.perSideSpan }
    set { updateDetails { $0.perSideSpan = newValue } }
  }
  /// The title, for `person` facts that have one.
  public var title: Title? {
    get { storage.fields.details?.value.title }
    set { updateDetails { $0.title = newValue } }
  }

  /// Creates a fact with the fields every kind shares.
  public init(kind: FactKind, span: Span, text: String, sentence: Span, quoted: Bool) {
    storage = Storage(
      FactFields(
        kind: kind, span: span, text: text, numberSpan: nil, statedValue: nil, value: nil, unit: nil, hedge: nil,
        perSide: false, qualifiers: [], person: nil, quoted: quoted, sentence: sentence, details: nil))
  }

  /// Applies `change` to a copy of the fields only some kinds have; the box is
  /// dropped when they are all empty.
  private mutating func updateDetails(_ change: (inout FactDetails) -> Void) {
    var value = storage.fields.details?.value ?? FactDetails()
    change(&value)
    let box = value.isEmpty ? nil : FactDetails.Box(value)
    mutate { $0.details = box }
  }

  /// The span to underline: the expression through its counted noun and per-side marker.
  public var extent: Span {
    var result = span
    if let noun, noun.span.file == span.file { result = result.union(noun.span) }
    if let title, title.span.file == span.file { result = result.union(title.span) }
    if let perSideSpan, perSideSpan.file == span.file { result = result.union(perSideSpan) }
    return result
  }
}

/// The stored fields of a ``Fact``, kept in one heap cell that copies share.
struct FactFields: Hashable, Sendable {
  var kind: FactKind
  var span: Span
  var text: String
  var numberSpan: Span?
  var statedValue: Double?
  var value: Interval?
  var unit: String?
  var hedge: String?
  var perSide: Bool
  var qualifiers: [String]
  var person: String?
  var quoted: Bool
  var sentence: Span
  var details: FactDetails.Box?
}

/// The fields of a ``Fact`` that only counts, durations and titled people have.
struct FactDetails: Hashable, Sendable {
  var noun: CountedNoun?
  var title: Title?
  var perSideMarker: String?
  var perSideSpan: Span?

  var isEmpty: Bool { noun == nil && title == nil && perSideMarker == nil && perSideSpan == nil }

  /// An immutable heap cell for the details; equal and hashed by content.
  final class Box: Hashable, Sendable {
    let value: FactDetails
    init(_ value: FactDetails) { self.value = value }
    static func == (a: Box, b: Box) -> Bool { a === b || a.value == b.value }
    func hash(into hasher: inout Hasher) { hasher.combine(value) }
  }
}
