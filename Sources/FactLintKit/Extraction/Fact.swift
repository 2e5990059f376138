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
/// (``FactSymbols``), and the fields only counted things or titled people have
/// sit in cells of their own.
public struct Fact: Hashable, Sendable {
  private var storage: SharedFields<FactFields>

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

  /// The span to underline: the expression through its counted noun and per-side marker.
  public var extent: Span {
    var result = span
    if let noun, noun.span.file == span.file { result = result.union(noun.span) }
    if let title, title.span.file == span.file { result = result.union(title.span) }
    if let perSideSpan, perSideSpan.file == span.file { result = result.union(perSideSpan) }
    return result
  }
}

/// An immutable heap cell for a value that only some facts have; equal and hashed by content.
final class Box<Value: Hashable & Sendable>: Hashable, Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
  static func == (a: Box, b: Box) -> Bool { a === b || a.value == b.value }
  func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

/// The stored fields of a ``Fact``, packed into one heap cell that copies share.
///
/// 101 bytes, so that a cell with its object header takes a 128-byte block of the
/// allocator. The sentence and the number span lie near the fact in its file, so
/// each is kept as a signed 32-bit distance from the fact's start and a 32-bit
/// length; the unit and hedge are one-byte codes (``FactSymbols``); and a value's
/// bounds share their bytes with the person's name, since no kind of fact
/// extraction makes has both.
///
/// Each logical field has one place for a given set of values (see
/// ``store(value:stated:person:)``), so the synthesized equality and hash compare
/// what the fields mean.
struct FactFields: Hashable, Sendable {
  /// One-bit fields.
  struct Flags: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let hasValue = Flags(rawValue: 1 << 0)
    static let lowerClosed = Flags(rawValue: 1 << 1)
    static let upperClosed = Flags(rawValue: 1 << 2)
    static let hasStatedValue = Flags(rawValue: 1 << 3)
    static let hasNumberSpan = Flags(rawValue: 1 << 4)
    static let perSide = Flags(rawValue: 1 << 5)
    static let quoted = Flags(rawValue: 1 << 6)
  }

  /// A value's bounds and the number as stated, or a person's name: the person is
  /// here when the fact has neither value nor stated number, otherwise in the spill.
  private enum Payload: Hashable, Sendable {
    case empty
    case bounds(lower: Double, upper: Double, stated: Double)
    case person(String)
  }

  /// The fact's span, which the sentence and the number span are kept relative to.
  private(set) var anchor: Span
  var text: String
  var qualifiers: [String] = []
  private(set) var details: Box<FactDetails>?
  var title: Box<Title>?
  private var sentenceDistance: Int32
  private var sentenceLength: UInt32
  private var numberDistance: Int32 = 0
  private var numberLength: UInt32 = 0
  private var payload = Payload.empty
  var kind: FactKind
  private var flags: Flags
  private var unitCode: UInt8 = 0
  private var hedgeCode: UInt8 = 0

  init(kind: FactKind, span: Span, text: String, sentence: Span, quoted: Bool) {
    self.kind = kind
    anchor = span
    self.text = text
    sentenceDistance = Int32(clamping: sentence.start - span.start)
    sentenceLength = UInt32(clamping: sentence.end - sentence.start)
    flags = quoted ? .quoted : []
  }

  /// The expression's span; moving it leaves the sentence and number span where they are.
  var span: Span {
    get { anchor }
    set {
      let sentence = self.sentence
      let number = numberSpan
      anchor = newValue
      self.sentence = sentence
      numberSpan = number
    }
  }

  func flag(_ flag: Flags) -> Bool { flags.contains(flag) }

  mutating func set(_ flag: Flags, _ on: Bool) {
    if on { flags.insert(flag) } else { flags.remove(flag) }
  }

  /// Applies `change` to a copy of the details; the cell is dropped when they are all empty.
  mutating func updateDetails(_ change: (inout FactDetails) -> Void) {
    var value = details?.value ?? FactDetails()
    change(&value)
    details = value.isEmpty ? nil : Box(value)
  }

  /// Applies `change` to a copy of the spilled texts.
  private mutating func updateSpill(_ change: (inout FactSpill) -> Void) {
    let old = details?.value.spill?.value
    var value = old ?? FactSpill()
    change(&value)
    if value == old ?? FactSpill() { return }
    updateDetails { $0.spill = value.isEmpty ? nil : Box(value) }
  }

  var sentence: Span {
    get {
      let start = anchor.start + Int(sentenceDistance)
      return Span(file: anchor.file, start: start, end: start + Int(sentenceLength))
    }
    set {
      sentenceDistance = Int32(clamping: newValue.start - anchor.start)
      sentenceLength = UInt32(clamping: newValue.end - newValue.start)
    }
  }

  var numberSpan: Span? {
    get {
      guard flag(.hasNumberSpan) else { return nil }
      let start = anchor.start + Int(numberDistance)
      return Span(file: anchor.file, start: start, end: start + Int(numberLength))
    }
    set {
      set(.hasNumberSpan, newValue != nil)
      numberDistance = Int32(clamping: (newValue?.start ?? anchor.start) - anchor.start)
      numberLength = UInt32(clamping: newValue.map { $0.end - $0.start } ?? 0)
    }
  }

  var unit: String? {
    get { symbol(unitCode, in: FactSymbols.units, spilled: \.unit) }
    set { setSymbol(newValue, in: FactSymbols.units, code: \.unitCode, spilled: \.unit) }
  }

  var hedge: String? {
    get { symbol(hedgeCode, in: FactSymbols.hedges, spilled: \.hedge) }
    set { setSymbol(newValue, in: FactSymbols.hedges, code: \.hedgeCode, spilled: \.hedge) }
  }

  /// The text of a unit or hedge code: from its table, or from the spill cell.
  @inline(__always) private func symbol(
    _ code: UInt8, in table: FactSymbols.Table, spilled: KeyPath<FactSpill, String?>
  ) -> String? {
    code == FactSymbols.spilled ? details?.value.spill?.value[keyPath: spilled] : table.text(code)
  }

  /// Codes `text` with `table`, or spills it when the table lacks it.
  @inline(__always) private mutating func setSymbol(
    _ text: String?, in table: FactSymbols.Table, code: WritableKeyPath<FactFields, UInt8>,
    spilled: WritableKeyPath<FactSpill, String?>
  ) {
    let new = table.code(text)
    if new == nil || self[keyPath: code] == FactSymbols.spilled {
      updateSpill { $0[keyPath: spilled] = new == nil ? text : nil }
    }
    self[keyPath: code] = new ?? FactSymbols.spilled
  }

  var value: Interval? {
    get {
      guard flag(.hasValue), case .bounds(let lower, let upper, _) = payload else { return nil }
      // The bounds as stored, not passed through `Interval.init`, which orders them.
      var interval = Interval.exactly(0)
      interval.lower = lower
      interval.upper = upper
      interval.lowerClosed = flag(.lowerClosed)
      interval.upperClosed = flag(.upperClosed)
      return interval
    }
    set { store(value: newValue, stated: statedValue, person: person) }
  }

  var statedValue: Double? {
    get {
      guard flag(.hasStatedValue), case .bounds(_, _, let stated) = payload else { return nil }
      return stated
    }
    set { store(value: value, stated: newValue, person: person) }
  }

  var person: String? {
    get {
      if case .person(let name) = payload { return name }
      return details?.value.spill?.value.person
    }
    set { store(value: value, stated: statedValue, person: newValue) }
  }

  /// Puts the value, the stated number and the person each in its one place.
  private mutating func store(value: Interval?, stated: Double?, person: String?) {
    set(.hasValue, value != nil)
    set(.lowerClosed, value?.lowerClosed ?? false)
    set(.upperClosed, value?.upperClosed ?? false)
    set(.hasStatedValue, stated != nil)
    let numeric = value != nil || stated != nil
    if numeric {
      payload = .bounds(lower: value?.lower ?? 0, upper: value?.upper ?? 0, stated: stated ?? 0)
    } else {
      payload = person.map(Payload.person) ?? .empty
    }
    let spilled = numeric ? person : nil
    if spilled != nil || details?.value.spill?.value.person != nil { updateSpill { $0.person = spilled } }
  }
}

/// The fields of a ``Fact`` that only some facts have: what counts and durations
/// qualify, and texts the packed fields cannot hold.
struct FactDetails: Hashable, Sendable {
  var noun: CountedNoun?
  var perSideMarker: String?
  var perSideSpan: Span?
  var spill: Box<FactSpill>?

  var isEmpty: Bool { noun == nil && perSideMarker == nil && perSideSpan == nil && spill == nil }
}

/// Texts a fact's packed fields cannot hold: a unit or hedge outside
/// ``FactSymbols``' tables, and a person beside a value (read from a fact file).
struct FactSpill: Hashable, Sendable {
  var unit: String?
  var hedge: String?
  var person: String?

  var isEmpty: Bool { unit == nil && hedge == nil && person == nil }
}
