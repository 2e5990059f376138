/// The stored fields of a ``Fact``, packed into one heap cell that copies share.
///
/// 101 bytes, so that a cell with its object header takes a 128-byte block of the
/// allocator. The sentence and the number span lie near the fact in its file, so
/// each is kept as a signed 32-bit distance from the fact's start and a 32-bit
/// length; the unit and hedge are one-byte codes (``FactSymbols``); a value's
/// bounds share their bytes with the person's name, and a counted noun shares its
/// word with a title, since no kind of fact extraction makes has both.
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
    /// ``FactFields/attached`` is the title's box, not the counted noun's cell.
    static let titled = Flags(rawValue: 1 << 7)
  }

  /// A value's bounds and the number as stated, or a person's name: the person is
  /// here when the fact has neither value nor stated number, otherwise in the spill.
  private enum Payload: Hashable, Sendable {
    case empty
    case bounds(lower: Double, upper: Double, stated: Double)
    case person(String)
  }

  /// A counted noun's cell or a title's box, told apart by ``Flags/titled``, and
  /// compared and hashed by the value it holds. One plain reference: an enum of the two
  /// would tag it in its spare bits, and leak checkers would not follow it to the object.
  private struct Attached: Hashable, @unchecked Sendable {
    var object: AnyObject?

    static func == (a: Attached, b: Attached) -> Bool {
      guard let x = a.object, let y = b.object else { return a.object == nil && b.object == nil }
      if x === y { return true }
      if let x = x as? Box<Title> {
        guard let y = y as? Box<Title> else { return false }
        return x == y
      }
      return !(y is Box<Title>) && CountedNoun(cell: x) == CountedNoun(cell: y)
    }

    func hash(into hasher: inout Hasher) {
      if let title = object as? Box<Title> {
        hasher.combine(1)
        hasher.combine(title)
      } else if let cell = object {
        hasher.combine(2)
        hasher.combine(CountedNoun(cell: cell))
      } else {
        hasher.combine(0)
      }
    }
  }

  /// The fact's span, which the sentence and the number span are kept relative to.
  private(set) var anchor: Span
  var text: String
  var qualifiers: [String] = []
  private(set) var details: Box<FactDetails>?
  /// A counted noun or a title, held in the cell: a fact extraction makes has one or
  /// neither, and a noun kept here needs no details cell. A fact given both (by a fact
  /// file) keeps its noun in the details.
  private var attached = Attached()
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

  /// The counted noun: in the cell, or in the details when the fact has a title too.
  var noun: CountedNoun? {
    get {
      if !flag(.titled), let cell = attached.object { return CountedNoun(cell: cell) }
      return details?.value.noun
    }
    set {
      if flag(.titled) {
        updateDetails { $0.noun = newValue }
      } else {
        attached.object = newValue?.cell
      }
    }
  }

  /// The title, for `person` facts that have one. A noun held in the cell moves to the
  /// details when a title comes, and back when it goes, so that each has one place.
  var title: Box<Title>? {
    get {
      guard flag(.titled), let object = attached.object else { return nil }
      return unsafeDowncast(object, to: Box<Title>.self)
    }
    set {
      let noun = self.noun
      if details?.value.noun != nil { updateDetails { $0.noun = nil } }
      set(.titled, newValue != nil)
      if let newValue {
        attached.object = newValue
        if let noun { updateDetails { $0.noun = noun } }
      } else {
        attached.object = noun?.cell
      }
    }
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

  /// Whether a hedge widened the value (``hedge`` is not `nil`), told from its code
  /// alone: code 0 is no hedge, and a hedge the table lacks is spilled, never 0.
  var isHedged: Bool { hedgeCode != 0 }

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

  /// Sets the value and the stated number at once: the fields that hold them are
  /// worked out once, where setting ``value`` and ``statedValue`` in turn did it twice.
  mutating func setValue(_ value: Interval?, stated: Double?) {
    store(value: value, stated: stated, person: person)
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

/// The fields of a ``Fact`` that only some facts have: the per-side marker and its
/// span, texts the packed fields cannot hold, and the counted noun of a fact that has
/// a title too.
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

// MARK: - Binary form

extension FactFields {
  /// Appends the fields as they are stored, for ``DocumentFactsCodec``: the unit
  /// and hedge as their codes, which hold only within one process. Spans are
  /// written without their file.
  func encode(into out: inout ByteEncoder, source: UnsafeBufferPointer<UInt8>?) {
    out.byte(UInt8(kind.position))
    out.byte(flags.rawValue)
    out.byte(unitCode)
    out.byte(hedgeCode)
    out.unsigned(anchor.start)
    out.unsigned(anchor.length)
    out.string(text, spelledAt: anchor.start..<anchor.end, in: source)
    out.signed(Int(sentenceDistance))
    out.unsigned(Int(sentenceLength))
    out.signed(Int(numberDistance))
    out.unsigned(Int(numberLength))
    switch payload {
    case .empty:
      out.byte(0)
    case .bounds(let lower, let upper, let stated):
      out.byte(1)
      out.number(lower)
      out.number(upper)
      out.number(stated)
    case .person(let name):
      out.byte(2)
      out.string(name)
    }
    out.strings(qualifiers)
    if let details = details?.value {
      let spill = details.spill?.value
      var present: UInt8 = 1
      if details.perSideMarker != nil { present |= 4 }
      if details.perSideSpan != nil { present |= 8 }
      if spill?.unit != nil { present |= 16 }
      if spill?.hedge != nil { present |= 32 }
      if spill?.person != nil { present |= 64 }
      if spill != nil { present |= 128 }
      out.byte(present)
      if let marker = details.perSideMarker { out.string(marker) }
      if let span = details.perSideSpan { span.encodeOffsets(into: &out) }
      if let unit = spill?.unit { out.string(unit) }
      if let hedge = spill?.hedge { out.string(hedge) }
      if let person = spill?.person { out.string(person) }
    } else {
      out.byte(0)
    }
    if let title = title?.value {
      out.byte(1)
      title.encode(into: &out, source: source)
    } else {
      out.byte(0)
    }
    if let noun {
      out.byte(1)
      noun.encode(into: &out, source: source)
    } else {
      out.byte(0)
    }
  }

  /// The fields ``encode(into:)`` wrote at the decoder's place, their spans in
  /// `file`; `nil` when the bytes are not such fields.
  init?(decoding input: inout ByteDecoder, file: FileID, source: UnsafeBufferPointer<UInt8>?) {
    guard let kind = FactKind(position: Int(input.byte())) else { return nil }
    self.kind = kind
    // Whether a title is held is set with the title, read below.
    flags = Flags(rawValue: input.byte()).subtracting(.titled)
    unitCode = input.byte()
    hedgeCode = input.byte()
    anchor = Span(decodingOffsets: &input, file: file)
    text = input.string(spelledAt: anchor.start..<anchor.end, in: source)
    sentenceDistance = Int32(truncatingIfNeeded: input.signed())
    sentenceLength = UInt32(truncatingIfNeeded: input.unsigned())
    numberDistance = Int32(truncatingIfNeeded: input.signed())
    numberLength = UInt32(truncatingIfNeeded: input.unsigned())
    switch input.byte() {
    case 0: payload = .empty
    case 1: payload = .bounds(lower: input.number(), upper: input.number(), stated: input.number())
    case 2: payload = .person(input.string())
    default: return nil
    }
    qualifiers = input.strings()
    let present = input.byte()
    if present & 1 != 0 {
      var details = FactDetails()
      if present & 4 != 0 { details.perSideMarker = input.string() }
      if present & 8 != 0 { details.perSideSpan = Span(decodingOffsets: &input, file: file) }
      if present & 128 != 0 {
        var spill = FactSpill()
        if present & 16 != 0 { spill.unit = input.string() }
        if present & 32 != 0 { spill.hedge = input.string() }
        if present & 64 != 0 { spill.person = input.string() }
        details.spill = Box(spill)
      }
      self.details = Box(details)
    }
    if input.byte() != 0 { title = Box(Title(decoding: &input, file: file, source: source)) }
    if input.byte() != 0 { noun = CountedNoun(decoding: &input, file: file, source: source) }
    if input.failed { return nil }
  }
}
