/// `expect NAME agree`: every selected fact can be true together with the others.
///
/// The reference is the value held by the most documents: a sweep over the
/// intervals' bounds finds the point inside the most intervals (each document
/// counting each distinct value once), in O(n log n) in the distinct values.
/// Each fact that does not hold that point is reported, with notes at the
/// statements that do. When all intervals overlap pairwise they share a point,
/// so nothing is reported.
///
/// The check sums up each distinct value (how many documents and statements hold
/// it, the texts it is written in, its first statements) as documents are added;
/// the reference is settled once all are, and each document's findings are then
/// decided from the summary and its own facts alone.
///
/// At most ``CheckContext/maxPerDocument`` statements of one document are reported
/// one by one; the rest are gathered into one diagnostic at the first of them, which
/// counts them and lists the values they state most often.
struct AgreementCheck: Sendable {
  /// The message of a finding when the rule gives none, and when no other document
  /// states a reference value.
  private static let message = MessageTemplate.Compiled(
    "\"{statement}\" cannot be true together with {expected} stated in {documents}")
  private static let messageInDocument = MessageTemplate.Compiled(
    "\"{statement}\" cannot be true together with {expected} stated elsewhere in this document")

  /// The selection compared, and its index in the rule.
  let name: String
  let selection: Int?
  /// The tolerance, absolute and relative; each statement is widened by half of it.
  let absolute: Double
  let relative: Double
  /// Whether each counted thing (noun phrase and per-side marker) agrees on its own.
  let byNoun: Bool
  /// The summary of each counted thing (``CountedThing/everything`` when not by noun).
  private var keys: [CountedThing: KeyState] = [:]
  /// Whether some counted thing has disagreeing statements; set by ``finish(context:)``.
  private var anySettled = false

  init(name: String, selection: Int?, absolute: Double, relative: Double, byNoun: Bool) {
    self.name = name
    self.selection = selection
    self.absolute = absolute
    self.relative = relative
    self.byNoun = byNoun
  }

  /// A point on the line, or just below or above it.
  struct Position: Comparable, Sendable {
    var value: Double
    var side: Int  // -1 below, 0 at, +1 above
    static func < (a: Position, b: Position) -> Bool { (a.value, a.side) < (b.value, b.side) }
  }

  /// One distinct (widened) value of a counted thing.
  private struct Value: Sendable {
    var interval: Interval
    var occurrences = Occurrences(keepingFiles: true)
    /// How many statements write the value in each way ("1,000", "1000").
    var texts: [String: Int] = [:]
  }

  /// What the check knows of one counted thing.
  private struct KeyState: Sendable {
    var index: [Interval: Int] = [:]
    var values: [Value] = []
    /// Set once every document is added, when some statement disagrees.
    var settled: Settled?
  }

  /// The reference of a counted thing with disagreeing statements.
  private struct Settled: Sendable {
    var reference: Position
    var expected: String
    var references: ReferenceSet
  }

  /// A statement and its value, widened by the tolerance. A named type, not a pair:
  /// a list of them is let go by code made for it, where the runtime walks a pair's
  /// fields one by one.
  struct Valued: Sendable {
    let fact: Fact
    let interval: Interval
  }

  /// One counted thing's statements in a document, and its settlement.
  private struct SettledGroup: Sendable {
    let key: CountedThing
    let values: [Valued]
    let settled: Settled
  }

  /// How many statements of one value write it one way ("1,000", "1000").
  private struct TextCount: Sendable {
    let text: String
    var count: Int
  }

  // MARK: - Summing up

  /// Sums up the document's statements.
  mutating func add(_ document: DocumentSelection, context: CheckContext) {
    for (key, valued) in keyed(document[selection]) {
      // Changed where it is in the table, with one lookup, not copied out and back.
      Self.add(valued, of: document, context: context, to: &keys[key, default: KeyState()])
    }
  }

  /// The findings of a document that is a group of its own, settled from its statements
  /// alone. Its facts are grouped once: a counted thing it states one value of can have
  /// no finding, and is not settled. With one document, every value is held by one
  /// document, so the summary's tables and notes are not needed: each thing is settled
  /// from its distinct values, and only the note a finding shows is worded.
  func reportAlone(_ document: DocumentSelection, context: CheckContext) -> [Diagnostic] {
    var settledGroups: [SettledGroup] = []
    for group in keyed(document[selection]) {
      if let first = group.values.first?.interval, group.values.allSatisfy({ $0.interval == first }) { continue }
      // Statements that can all be true together settle to nothing: found without
      // building the distinct values and sweeping them.
      if Self.shareAPosition(group.values) { continue }
      if let settled = Self.settleAlone(group.values, file: document.file) {
        settledGroups.append(SettledGroup(key: group.key, values: group.values, settled: settled))
      }
    }
    return report(settledGroups, of: document, context: context)
  }

  /// The settlement of one counted thing's statements in one document, as ``finish(context:)``
  /// would make it from that document alone; `nil` when they all agree.
  private static func settleAlone(_ valued: [Valued], file: SourceFile) -> Settled? {
    let order = distinctValues(valued)
    guard valued.count > 1, let reference = referencePosition(order.map { ($0.interval, 1, $0.count) }) else {
      return nil
    }
    let agreeing = order.filter { contains($0.interval, reference) }
    guard agreeing.count < order.count else { return nil }
    var counts: [TextCount] = []
    for value in agreeing {
      for written in value.texts {
        if let t = counts.firstIndex(where: { $0.text == written.text }) {
          counts[t].count += written.count
        } else {
          counts.append(written)
        }
      }
    }
    let expected = counts.max { a, b in a.count != b.count ? a.count < b.count : a.text > b.text }?.text ?? ""
    // One document: the references are its first agreeing statement.
    let first = agreeing.map(\.first).min { $0.span < $1.span }!
    let statement = CheckContext.statement(first, in: file)
    return Settled(
      reference: reference, expected: expected,
      references: ReferenceSet(
        firsts: [Reference(span: first.span, extent: first.extent, lead: .statedAs, quoted: statement)],
        documentCount: 1))
  }

  /// Whether one position lies in every interval of `valued`, so that every statement
  /// can be true together. The highest lower end is the only candidate: any point all
  /// the intervals share is at or above it, and so is every interval's upper end.
  static func shareAPosition(_ valued: [Valued]) -> Bool {
    guard var highest = valued.first.map({ lowerEnd($0.interval) }) else { return true }
    for v in valued.dropFirst() { highest = max(highest, lowerEnd(v.interval)) }
    return valued.allSatisfy { contains($0.interval, highest) }
  }

  /// The first position inside `v` from below, as the sweep of ``sweptReferencePosition(_:)`` enters it.
  private static func lowerEnd(_ v: Interval) -> Position {
    Position(value: v.lower, side: v.lowerClosed ? 0 : 1)
  }

  /// One document's distinct values of a counted thing, in the order they first occur,
  /// each with its first statement, its number of statements and the texts it is written
  /// in: a document states few, so they are searched in order.
  private static func distinctValues(_ valued: [Valued]) -> [DistinctValue] {
    // Room for as many values as statements, made at once: few, and let go soon after.
    var order: [DistinctValue] = []
    order.reserveCapacity(valued.count)
    for statement in valued {
      let text = statement.fact.text
      if let k = order.firstIndex(where: { $0.interval == statement.interval }) {
        order[k].count += 1
        if let t = order[k].texts.firstIndex(where: { $0.text == text }) {
          order[k].texts[t].count += 1
        } else {
          order[k].texts.append(TextCount(text: text, count: 1))
        }
      } else {
        order.append(
          DistinctValue(
            interval: statement.interval, first: statement.fact, count: 1, texts: [TextCount(text: text, count: 1)]))
      }
    }
    return order
  }

  /// A value as ``distinctValues(_:)`` finds it in one document.
  private struct DistinctValue {
    let interval: Interval
    let first: Fact
    var count: Int
    var texts: [TextCount]
  }

  /// Adds one counted thing's statements in `document` to what is known of it.
  private static func add(
    _ valued: [Valued], of document: DocumentSelection, context: CheckContext, to state: inout KeyState
  ) {
    // One statement is its own one value: no list of distinct values is made for it.
    if valued.count == 1 {
      let fact = valued[0].fact
      add(valued[0].interval, first: fact, count: 1, of: document, context: context, to: &state) { texts in
        texts[fact.text, default: 0] += 1
      }
      return
    }
    for value in distinctValues(valued) {
      add(value.interval, first: value.first, count: value.count, of: document, context: context, to: &state) {
        known in
        for written in value.texts { known[written.text, default: 0] += written.count }
      }
    }
  }

  /// Adds `count` statements of one value of `document`, the first of them `first`, and
  /// their texts (which `addTexts` counts into the value's table).
  @inline(__always) private static func add(
    _ interval: Interval, first: Fact, count: Int, of document: DocumentSelection, context: CheckContext,
    to state: inout KeyState, texts addTexts: (inout [String: Int]) -> Void
  ) {
    let v: Int
    if let known = state.index[interval] {
      v = known
    } else {
      v = state.values.count
      state.index[interval] = v
      state.values.append(Value(interval: interval))
    }
    state.values[v].occurrences.add(first: first, count: count, limit: context.referenceLimit, lead: .statedAs) {
      CheckContext.statement(first, in: document.file)
    }
    addTexts(&state.values[v].texts)
  }

  mutating func merge(_ later: AgreementCheck, context: CheckContext) {
    keys.mergeInPlace(later.keys) { state, other in
      for value in other.values {
        if let v = state.index[value.interval] {
          state.values[v].occurrences.merge(value.occurrences, limit: context.referenceLimit)
          state.values[v].texts.merge(value.texts, uniquingKeysWith: +)
        } else {
          state.index[value.interval] = state.values.count
          state.values.append(value)
        }
      }
    }
  }

  mutating func finish(context: CheckContext) {
    for key in Array(keys.keys) {
      var state = keys.removeValue(forKey: key)!
      defer { keys[key] = state }
      let statements = state.values.reduce(0) { $0 + $1.occurrences.statementCount }
      let values = state.values.map {
        ($0.interval, $0.occurrences.documentCount, $0.occurrences.statementCount)
      }
      guard statements > 1, let reference = Self.referencePosition(values) else { continue }
      let agreeing = state.values.filter { Self.contains($0.interval, reference) }
      guard agreeing.count < state.values.count else { continue }
      var counts: [String: Int] = [:]
      for value in agreeing { counts.merge(value.texts, uniquingKeysWith: +) }
      let expected = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? ""
      anySettled = true
      state.settled = Settled(
        reference: reference, expected: expected,
        references: ReferenceSet(union: agreeing.map(\.occurrences), limit: context.referenceLimit)
          .sharingLocations())
      // Only the settlement is read from here on.
      state.values = []
      state.index = [:]
    }
  }

  // MARK: - Reporting

  func report(_ document: DocumentSelection, context: CheckContext) -> [Diagnostic] {
    // When every counted thing agrees, no document has a finding: skip grouping its facts.
    guard anySettled else { return [] }
    let groups = keyed(document[selection]).compactMap { group in
      keys[group.key]?.settled.map { SettledGroup(key: group.key, values: group.values, settled: $0) }
    }
    return report(groups, of: document, context: context)
  }

  /// The findings among `groups`, the document's statements grouped by counted thing,
  /// each with its settlement.
  private func report(
    _ groups: [SettledGroup], of document: DocumentSelection,
    context: CheckContext
  ) -> [Diagnostic] {
    var out: [Diagnostic] = []
    // Things in the order of their texts; a document has findings on few of them. The
    // pairs are sorted in place: `sorted` copied them.
    var ordered = groups
    if groups.count > 1 {
      var byText = groups.map { ($0.key.text, $0) }
      byText.sort { $0.0 < $1.0 }
      ordered = byText.map(\.1)
    }
    for group in ordered {
      let (valued, settled) = (group.values, group.settled)
      let ownHasReference = valued.contains { Self.contains($0.interval, settled.reference) }
      let file = document.file
      let limit = context.maxPerDocument
      var shown = 0
      var overflow: [Fact] = []
      for statement in valued where !Self.contains(statement.interval, settled.reference) {
        let fact = statement.fact
        if limit > 0 && shown >= limit {
          overflow.append(fact)
          continue
        }
        shown += 1
        let (related, hidden) = context.related(
          settled.references, excluding: file.id, ownHasReference: ownHasReference)
        let count = settled.references.documentCount - (ownHasReference ? 1 : 0)
        out.append(
          context.diagnostic(
            at: fact.extent, in: file,
            fallback: count == 0 ? Self.messageInDocument : Self.message,
            values: { key in
              switch key {
              case "statement": CheckContext.statement(fact, in: file)
              case "value": fact.value?.description ?? fact.text
              case "expected": settled.expected
              case "count": String(count)
              case "documents": MessageTemplate.documents(count)
              case "selection": name
              case "noun": fact.noun?.phrase ?? name
              default: nil
              }
            },
            related: related, extraNotes: settled.references.moreNote(hidden)))
      }
      if !overflow.isEmpty {
        out.append(summary(overflow, settled: settled, ownHasReference: ownHasReference, file: file, context: context))
      }
    }
    return out
  }

  /// One diagnostic for the statements of a document past the limit.
  private func summary(
    _ facts: [Fact], settled: Settled, ownHasReference: Bool, file: SourceFile, context: CheckContext
  ) -> Diagnostic {
    let first = facts[0]
    var byText: [String: Int] = [:]
    for fact in facts { byText[CheckContext.statement(fact, in: file), default: 0] += 1 }
    let common = byText.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    let listed = common.prefix(3).map { "\"\($0.key)\" \($0.value == 1 ? "once" : "\($0.value) times")" }
    var notes = ["the first is here; they state " + listed.joined(separator: ", ")]
    if common.count > 3 { notes[0] += ", and \(common.count - 3) other \(common.count == 4 ? "value" : "values")" }
    notes.append("help: '--max-per-document 0' lists every statement")
    let (related, _) = context.related(settled.references, excluding: file.id, ownHasReference: ownHasReference)
    let count = facts.count
    return Diagnostic(
      ruleID: context.rule.id, severity: context.rule.severity,
      message: "\(count) more \(count == 1 ? "statement" : "statements") in this document cannot be true together "
        + "with \(settled.expected)",
      span: first.extent, related: related, notes: notes)
  }

  // MARK: - Values

  /// The valued facts, widened by the tolerance, under their counted thing, in
  /// the order the things first occur.
  private func keyed(_ facts: SelectedFacts) -> [(key: CountedThing, values: [Valued])] {
    var things = FirstSeenGroups<CountedThing, Valued>()
    for fact in facts {
      guard let value = fact.value else { continue }
      var key = CountedThing.everything
      if byNoun {
        // One agreement per counted thing.
        guard let noun = fact.noun else { continue }
        key = CountedThing(noun, perSide: fact.perSide)
      }
      let widened = widen(value, absolute: absolute / 2, relative: relative / 2)
      things.add(Valued(fact: fact, interval: widened), under: key)
    }
    return things.groups
  }

  private func widen(_ v: Interval, absolute: Double, relative: Double) -> Interval {
    guard absolute > 0 || relative > 0 else { return v }
    let lo = v.lower - absolute - relative * Swift.abs(v.lower.isFinite ? v.lower : 0)
    let hi = v.upper + absolute + relative * Swift.abs(v.upper.isFinite ? v.upper : 0)
    return Interval(lower: lo, upper: hi, lowerClosed: true, upperClosed: true)
  }

  static func contains(_ v: Interval, _ p: Position) -> Bool {
    let aboveLower = p.value > v.lower || (p.value == v.lower && (v.lowerClosed ? p.side >= 0 : p.side > 0))
    let belowUpper = p.value < v.upper || (p.value == v.upper && (v.upperClosed ? p.side <= 0 : p.side < 0))
    return aboveLower && belowUpper
  }

  /// The position covered by the most (document, value) pairs; among those, by the
  /// most statements; remaining ties go to the smaller position. A few values, as one
  /// document states, are compared pair by pair; more are swept in O(n log n).
  static func referencePosition(_ values: [(interval: Interval, documents: Int, statements: Int)]) -> Position? {
    values.count <= comparedInPairs ? comparedReferencePosition(values) : sweptReferencePosition(values)
  }

  /// How many values ``referencePosition(_:)`` compares pair by pair, with no events
  /// made and sorted.
  static var comparedInPairs: Int { 8 }

  /// ``referencePosition(_:)`` found by trying each value's lower end, where coverage
  /// can rise: quadratic, and cheapest for the few values of one document.
  static func comparedReferencePosition(_ values: [(interval: Interval, documents: Int, statements: Int)])
    -> Position?
  {
    var best: (position: Position, documents: Int, statements: Int)?
    for candidate in values where holdsAPosition(candidate.interval) {
      let p = lowerEnd(candidate.interval)
      var documents = 0
      var statements = 0
      for value in values where lowerEnd(value.interval) <= p && p < pastEnd(value.interval) {
        documents += value.documents
        statements += value.statements
      }
      if let b = best,
        (documents, statements) < (b.documents, b.statements)
          || (documents, statements) == (b.documents, b.statements) && b.position <= p
      {
        continue
      }
      best = (p, documents, statements)
    }
    return best?.position
  }

  /// Whether some position lies in `v`: an empty interval ("more than 5" and "at most 5"
  /// at once, read from a fact file) holds none, and covers no position in either way of
  /// finding the reference.
  private static func holdsAPosition(_ v: Interval) -> Bool { lowerEnd(v) < pastEnd(v) }

  /// The first position past `v`, as the sweep of ``sweptReferencePosition(_:)`` leaves it.
  private static func pastEnd(_ v: Interval) -> Position {
    Position(value: v.upper, side: v.upperClosed ? 1 : 0)
  }

  /// ``referencePosition(_:)`` found by sweeping the values' ends in order.
  static func sweptReferencePosition(_ values: [(interval: Interval, documents: Int, statements: Int)]) -> Position? {
    // Events: entering adds the value's documents and statements; leaving takes them away.
    var enters: [(Position, Int, Int)] = []
    var exits: [(Position, Int, Int)] = []
    enters.reserveCapacity(values.count)
    exits.reserveCapacity(values.count)
    // An empty interval's exit would come before its entry, and count it ever after.
    for value in values where holdsAPosition(value.interval) {
      let v = value.interval
      let (d, n) = (value.documents, value.statements)
      enters.append((lowerEnd(v), d, n))
      exits.append((pastEnd(v), d, n))
    }
    enters.sort { $0.0 < $1.0 }
    exits.sort { $0.0 < $1.0 }
    var best: (Position, Int, Int)?
    var e = 0
    var documents = 0
    var statements = 0
    // Entering values only add, so among values entering at one position the
    // last leaves the most: the best position is the same in any order.
    for (p, d, n) in enters {
      while e < exits.count && exits[e].0 <= p {
        documents -= exits[e].1
        statements -= exits[e].2
        e += 1
      }
      documents += d
      statements += n
      if let b = best, (documents, statements) <= (b.1, b.2) { continue }
      best = (p, documents, statements)
    }
    return best?.0
  }
}
