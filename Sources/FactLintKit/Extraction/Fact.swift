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
public struct Fact: Hashable, Sendable {
  /// What kind of statement this is.
  public var kind: FactKind
  /// The expression itself: hedge, number and unit ("at least 30 days").
  public var span: Span
  /// The expression's text as written.
  public var text: String
  /// The stated expression without its hedge ("22" in "over 22", "$ 90 million" in
  /// "about $ 90 million").
  public var numberSpan: Span?
  /// The value as stated, before a hedge widened it.
  public var statedValue: Double?
  /// The value as an interval (seconds for durations, days since 1970-01-01 for dates).
  public var value: Interval?
  /// The unit of ``value``: `s`, `%`, `day`, or `nil` for plain counts.
  public var unit: String?
  /// The hedge that widened the value ("at least", "just over"), lower-case.
  public var hedge: String?
  /// Whether the number is stated per side ("each", "on each side", "1,000-for-1,000").
  public var perSide: Bool
  /// Other qualifiers: `total`, `range`, `exchange`.
  public var qualifiers: [String]
  /// The person, for `person` and `name` facts: the full name as linked across the corpus.
  public var person: String?
  /// Whether the expression sits inside a quotation.
  public var quoted: Bool
  /// The sentence the fact is in.
  public var sentence: Span
  /// The fields only some kinds of fact have, out of line so that a corpus's
  /// millions of facts stay small (`nil` when all of them are empty).
  private var details: FactDetails.Box?

  /// What is counted, for counts (and what a duration qualifies, as in "30-day ceasefire").
  public var noun: CountedNoun? {
    get { details?.value.noun }
    set { updateDetails { $0.noun = newValue } }
  }
  /// The per-side marker as written, lower-case.
  public var perSideMarker: String? {
    get { details?.value.perSideMarker }
    set { updateDetails { $0.perSideMarker = newValue } }
  }
  /// Where the per-side marker is.
  public var perSideSpan: Span? {
    get { details?.value.perSideSpan }
    set { updateDetails { $0.perSideSpan = newValue } }
  }
  /// The title, for `person` facts that have one.
  public var title: Title? {
    get { details?.value.title }
    set { updateDetails { $0.title = newValue } }
  }

  /// Creates a fact with the fields every kind shares.
  public init(kind: FactKind, span: Span, text: String, sentence: Span, quoted: Bool) {
    self.kind = kind
    self.span = span
    self.text = text
    self.sentence = sentence
    self.quoted = quoted
    self.perSide = false
    self.qualifiers = []
  }

  /// Applies `change` to a copy of the out-of-line fields; boxes are never shared mutably.
  private mutating func updateDetails(_ change: (inout FactDetails) -> Void) {
    var value = details?.value ?? FactDetails()
    change(&value)
    details = value.isEmpty ? nil : FactDetails.Box(value)
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
