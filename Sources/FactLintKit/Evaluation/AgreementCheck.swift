/// `expect NAME agree`: every selected fact can be true together with the others.
///
/// The reference is the value held by the most documents: a sweep over the
/// intervals' bounds finds the point inside the most intervals (each document
/// counting each distinct value once), in O(n log n). Each fact that does not
/// hold that point is reported, with notes at the statements that do. When all
/// intervals overlap pairwise they share a point, so nothing is reported.
struct AgreementCheck {
  let checks: RelationChecks

  /// A point on the line, or just below or above it.
  struct Position: Comparable {
    var value: Double
    var side: Int  // -1 below, 0 at, +1 above
    static func < (a: Position, b: Position) -> Bool { (a.value, a.side) < (b.value, b.side) }
  }

  func run(_ facts: [Fact], selection: String, absolute: Double, relative: Double) -> [Diagnostic] {
    let valued = facts.compactMap { f -> (Fact, Interval)? in
      guard let v = f.value else { return nil }
      return (f, widen(v, absolute: absolute / 2, relative: relative / 2))
    }
    guard valued.count > 1, let reference = referencePosition(valued) else { return [] }
    let agreeing = valued.filter { contains($0.1, reference) }.map(\.0)
    let disagreeing = valued.filter { !contains($0.1, reference) }
    guard !disagreeing.isEmpty else { return [] }
    let expected = mostCommonText(agreeing)
    let references = ReferenceFacts(agreeing)
    return disagreeing.map { (fact, _) in
      let (related, hidden) = checks.related(references, excluding: fact.span.file) {
        "stated as \"\(checks.statement($0))\" here"
      }
      let count = references.documentCount(excluding: fact.span.file)
      let placeText = count == 0 ? "elsewhere in this document" : "in " + MessageTemplate.documents(count)
      return checks.diagnostic(
        at: fact.extent,
        fallback: "\"{statement}\" cannot be true together with {expected} stated \(placeText)",
        values: [
          "statement": checks.statement(fact), "value": fact.value?.description ?? fact.text, "expected": expected,
          "count": String(count), "documents": MessageTemplate.documents(count), "selection": selection,
          "noun": fact.noun?.phrase ?? selection,
        ],
        related: related, extraNotes: RelationChecks.moreNote(hidden))
    }
  }

  private func widen(_ v: Interval, absolute: Double, relative: Double) -> Interval {
    guard absolute > 0 || relative > 0 else { return v }
    let lo = v.lower - absolute - relative * Swift.abs(v.lower.isFinite ? v.lower : 0)
    let hi = v.upper + absolute + relative * Swift.abs(v.upper.isFinite ? v.upper : 0)
    return Interval(lower: lo, upper: hi, lowerClosed: true, upperClosed: true)
  }

  /// The text most agreeing statements use for the value ("1,000").
  private func mostCommonText(_ facts: [Fact]) -> String {
    var counts: [String: Int] = [:]
    for f in facts { counts[f.text, default: 0] += 1 }
    return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? ""
  }

  func contains(_ v: Interval, _ p: Position) -> Bool {
    let aboveLower = p.value > v.lower || (p.value == v.lower && (v.lowerClosed ? p.side >= 0 : p.side > 0))
    let belowUpper = p.value < v.upper || (p.value == v.upper && (v.upperClosed ? p.side <= 0 : p.side < 0))
    return aboveLower && belowUpper
  }

  /// The position covered by the most (document, value) pairs; ties go to the smaller position.
  private func referencePosition(_ valued: [(Fact, Interval)]) -> Position? {
    var seen = Set<String>()
    var enters: [Position] = []
    var exits: [Position] = []
    for (fact, v) in valued where seen.insert("\(fact.span.file.index)|\(v)").inserted {
      enters.append(Position(value: v.lower, side: v.lowerClosed ? 0 : 1))
      // The first position past the interval.
      exits.append(Position(value: v.upper, side: v.upperClosed ? 1 : 0))
    }
    enters.sort()
    exits.sort()
    var best: (Position, Int)?
    var e = 0
    for (i, p) in enters.enumerated() {
      while e < exits.count && exits[e] <= p { e += 1 }
      let depth = i + 1 - e
      if best == nil || depth > best!.1 { best = (p, depth) }
    }
    return best?.0
  }
}
