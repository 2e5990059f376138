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

  /// The kind at `position` in `allCases` (the inverse of ``position``), or `nil`.
  /// Read for every fact a record holds, from a table made once.
  init?(position: Int) {
    guard Self.byPosition.indices.contains(position) else { return nil }
    self = Self.byPosition[position]
  }

  /// Every kind, at its position.
  private static let byPosition = allCases

  /// The kind's position in `allCases`, for tables indexed by kind.
  var position: Int {
    switch self {
    case .count: 0
    case .number: 1
    case .percentage: 2
    case .money: 3
    case .ordinal: 4
    case .duration: 5
    case .date: 6
    case .weekday: 7
    case .person: 8
    case .name: 9
    }
  }
}

/// The thing a number counts: "1,000 prisoners of war" has head `prisoners`,
/// lemma `prisoner`, complement `war`; "6,000 deceased Ukrainian soldiers" has
/// modifiers `deceased`, `Ukrainian`.
///
/// The fields are ``SharedFields``: checks copy the nouns of the facts they compare
/// many times over.
public struct CountedNoun: Hashable, Sendable {
  private var storage: SharedFields<Fields>

  /// The noun whose cell is `cell`, which ``cell`` of a noun gave.
  init(cell: AnyObject) { storage = SharedFields(object: cell) }

  /// The noun's cell, as a plain reference (``FactFields`` keeps it so).
  var cell: AnyObject { storage.object }

  private struct Fields: Hashable, Sendable {
    var head: String
    var lemma: String
    var modifiers: [String]
    var complement: String?
    var qualifiers: [String]
    var phrase: String
    var span: Span
  }

  /// Creates a counted noun.
  public init(
    head: String, lemma: String, modifiers: [String], complement: String?, qualifiers: [String], phrase: String,
    span: Span
  ) {
    storage = SharedFields(
      Fields(
        head: head, lemma: lemma, modifiers: modifiers, complement: complement, qualifiers: qualifiers,
        phrase: phrase, span: span))
  }

  /// The head noun as written, lower-case.
  public var head: String {
    get { storage.fields.head }
    set { storage.update { $0.head = newValue } }
  }
  /// The head noun in the singular.
  public var lemma: String {
    get { storage.fields.lemma }
    set { storage.update { $0.lemma = newValue } }
  }
  /// Words before the head, lower-case.
  public var modifiers: [String] {
    get { storage.fields.modifiers }
    set { storage.update { $0.modifiers = newValue } }
  }
  /// The noun of an `of` complement ("war" in "prisoners of war").
  public var complement: String? {
    get { storage.fields.complement }
    set { storage.update { $0.complement = newValue } }
  }
  /// Participles after the head ("killed" in "631 children killed").
  public var qualifiers: [String] {
    get { storage.fields.qualifiers }
    set { storage.update { $0.qualifiers = newValue } }
  }
  /// The whole phrase as written, lower-case.
  public var phrase: String {
    get { storage.fields.phrase }
    set { storage.update { $0.phrase = newValue } }
  }
  /// Where the phrase is.
  public var span: Span {
    get { storage.fields.span }
    set { storage.update { $0.span = newValue } }
  }
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
/// A fact's fields are ``SharedFields``, copied on write: selections and groups copy
/// facts freely, and a copy costs one retain, not one per string.
/// The cell is packed (a corpus holds millions of facts): the sentence and the
/// number span are stored as 32-bit distances from the fact in its own file, the
/// interval as its bounds and flags, the unit and hedge as one-byte codes
/// (``FactSymbols``), a counted noun or a title in one word of the cell, and the
/// fields few facts have (a per-side marker) in a cell of their own.
public struct Fact: Hashable, Sendable {
  private var storage: SharedFields<FactFields>

  /// Whether `other` is a copy of this fact (not merely an equal one).
  @inline(__always) func isCopy(of other: Fact) -> Bool { storage.sharesCell(with: other.storage) }

  /// What kind of statement this is.
  public var kind: FactKind {
    get { storage.fields.kind }
    set { storage.update { $0.kind = newValue } }
  }
  /// The expression itself: hedge, number and unit ("at least 30 days").
  public var span: Span {
    get { storage.fields.anchor }
    set { storage.update { $0.span = newValue } }
  }
  /// The expression's text as written.
  public var text: String {
    get { storage.fields.text }
    set { storage.update { $0.text = newValue } }
  }
  /// The stated expression without its hedge ("22" in "over 22", "$ 90 million" in
  /// "about $ 90 million"), in the fact's file.
  public var numberSpan: Span? {
    get { storage.fields.numberSpan }
    set { storage.update { $0.numberSpan = newValue } }
  }
  /// The value as stated, before a hedge widened it.
  public var statedValue: Double? {
    get { storage.fields.statedValue }
    set { storage.update { $0.statedValue = newValue } }
  }
  /// The value as an interval (seconds for durations, days since 1970-01-01 for dates).
  public var value: Interval? {
    get { storage.fields.value }
    set { storage.update { $0.value = newValue } }
  }
  /// The unit of ``value``: `s`, `%`, `day`, or `nil` for plain counts.
  public var unit: String? {
    get { storage.fields.unit }
    set { storage.update { $0.unit = newValue } }
  }
  /// The hedge that widened the value ("at least", "just over"), lower-case.
  public var hedge: String? {
    get { storage.fields.hedge }
    set { storage.update { $0.hedge = newValue } }
  }
  /// Whether a hedge widened the value, without making the hedge's text.
  var isHedged: Bool { storage.fields.isHedged }
  /// Whether the number is stated per side ("each", "on each side", "1,000-for-1,000").
  public var perSide: Bool {
    get { storage.fields.flag(.perSide) }
    set { storage.update { $0.set(.perSide, newValue) } }
  }
  /// Other qualifiers: `total`, `range`, `exchange`.
  public var qualifiers: [String] {
    get { storage.fields.qualifiers }
    set { storage.update { $0.qualifiers = newValue } }
  }
  /// The person, for `person` and `name` facts: the full name as linked across the corpus.
  public var person: String? {
    get { storage.fields.person }
    set { storage.update { $0.person = newValue } }
  }
  /// Whether the expression sits inside a quotation.
  public var quoted: Bool {
    get { storage.fields.flag(.quoted) }
    set { storage.update { $0.set(.quoted, newValue) } }
  }
  /// The sentence the fact is in, in the fact's file.
  public var sentence: Span {
    get { storage.fields.sentence }
    set { storage.update { $0.sentence = newValue } }
  }

  /// What is counted, for counts (and what a duration qualifies, as in "30-day ceasefire").
  public var noun: CountedNoun? {
    get { storage.fields.noun }
    set { storage.update { $0.noun = newValue } }
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
    get { storage.fields.title?.value }
    set {
      let box = newValue.map(Box.init)
      storage.update { $0.title = box }
    }
  }

  /// Creates a fact with the fields every kind shares.
  public init(kind: FactKind, span: Span, text: String, sentence: Span, quoted: Bool) {
    storage = SharedFields(FactFields(kind: kind, span: span, text: text, sentence: sentence, quoted: quoted))
  }

  /// Applies `change` to a copy of the details; the cell is dropped when they are all empty.
  private mutating func updateDetails(_ change: (inout FactDetails) -> Void) {
    storage.update { $0.updateDetails(change) }
  }

  /// Changes several fields in one go: the cell is checked for other holders once,
  /// not once for each field set.
  mutating func update(_ change: (inout FactFields) -> Void) { storage.update(change) }

  /// The span to underline: the expression through its counted noun and per-side marker.
  public var extent: Span {
    var result = span
    if let noun, noun.span.file == span.file { result = result.union(noun.span) }
    if let title, title.span.file == span.file { result = result.union(title.span) }
    if let perSideSpan, perSideSpan.file == span.file { result = result.union(perSideSpan) }
    return result
  }
}

extension Fact {
  /// Appends the fact's binary form, for ``DocumentFactsCodec``; texts that `source`
  /// (the document's bytes) spells where the fact says are written as marks.
  func encode(into out: inout ByteEncoder, source: UnsafeBufferPointer<UInt8>?) {
    storage.fields.encode(into: &out, source: source)
  }

  /// The fact ``encode(into:source:)`` wrote at the decoder's place, its spans in
  /// `file`, given the same `source`; `nil` when the bytes are not a fact.
  init?(decoding input: inout ByteDecoder, file: FileID, source: UnsafeBufferPointer<UInt8>?) {
    guard let fields = FactFields(decoding: &input, file: file, source: source) else { return nil }
    storage = SharedFields(fields)
  }
}

/// An immutable heap cell for a value that only some facts have; equal and hashed by content.
final class Box<Value: Hashable & Sendable>: Hashable, Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
  static func == (a: Box, b: Box) -> Bool { a === b || a.value == b.value }
  func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
