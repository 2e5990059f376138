/// `expect NAME agree`: every selected fact can be true together with the others.
///
/// The reference is the value held by the most documents: a sweep over the
/// intervals' bounds finds the point inside the most intervals (each document
/// counting each distinct value once), in O(n log n). Each fact that does not
/// hold that point is reported, with notes at the statements that do. When all
/// intervals overlap pairwise they share a point, so nothing is reported.
///
/// At most ``RelationChecks/maxPerDocument`` statements of one document are reported
/// one by one; the rest are gathered into one diagnostic at the first of them, which
/// counts them and lists the values they state most often.
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
    let references = checks.references(agreeing) { "stated as \"\(checks.statement($0))\" here" }
    let limit = checks.maxPerDocument
    var shown: [FileID: Int] = [:]
    var individual: [Fact] = []
    var overflow: [FileID: [Fact]] = [:]
    for (fact, _) in disagreeing {
      let file = fact.span.file
      if limit > 0 && shown[file, default: 0] >= limit {
        overflow[file, default: []].append(fact)
      } else {
        shown[file, default: 0] += 1
        individual.append(fact)
      }
    }
    var out = individual.map { fact in
      let (related, hidden) = checks.related(references, excluding: fact.span.file)
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
    for file in overflow.keys.sorted(by: { $0.index < $1.index }) {
      out.append(summary(overflow[file]!, expected: expected, references: references, selection: selection))
    }
    return out
  }

  /// One diagnostic for the statements of a document past the limit.
  private func summary(_ facts: [Fact], expected: String, references: ReferenceFacts, selection: String)
    -> Diagnostic
  {
    let first = facts[0]
    var byText: [String: Int] = [:]
    for fact in facts { byText[checks.statement(fact), default: 0] += 1 }
    let common = byText.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    let listed = common.prefix(3).map { "\"\($0.key)\" \($0.value == 1 ? "once" : "\($0.value) times")" }
    var notes = ["the first is here; they state " + listed.joined(separator: ", ")]
    if common.count > 3 { notes[0] += ", and \(common.count - 3) other \(common.count == 4 ? "value" : "values")" }
    notes.append("help: '--max-per-document 0' lists every statement")
    let (related, _) = checks.related(references, excluding: first.span.file)
    let count = facts.count
    return Diagnostic(
      ruleID: checks.rule.id, severity: checks.rule.severity,
      message: "\(count) more \(count == 1 ? "statement" : "statements") in this document cannot be true together "
        + "with \(expected)",
      span: first.extent, related: related, notes: notes)
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

  /// The position covered by the most (document, value) pairs; among those, by the
  /// most statements; remaining ties go to the smaller position.
  private func referencePosition(_ valued: [(Fact, Interval)]) -> Position? {
    struct DocumentValue: Hashable {
      var file: FileID
      var value: Interval
    }
    var weights: [DocumentValue: (Interval, Int)] = [:]
    for (fact, v) in valued {
      weights[DocumentValue(file: fact.span.file, value: v), default: (v, 0)].1 += 1
    }
    // Events: entering adds (1 document-value, n statements); leaving takes them away.
    var enters: [(Position, Int)] = []
    var exits: [(Position, Int)] = []
    for (v, n) in weights.values {
      enters.append((Position(value: v.lower, side: v.lowerClosed ? 0 : 1), n))
      // The first position past the interval.
      exits.append((Position(value: v.upper, side: v.upperClosed ? 1 : 0), n))
    }
    enters.sort { $0.0 < $1.0 }
    exits.sort { $0.0 < $1.0 }
    var best: (Position, Int, Int)?
    var e = 0
    var documents = 0
    var statements = 0
    for (p, n) in enters {
      while e < exits.count && exits[e].0 <= p {
        documents -= 1
        statements -= exits[e].1
        e += 1
      }
      documents += 1
      statements += n
      if let b = best, (documents, statements) <= (b.1, b.2) { continue }
      best = (p, documents, statements)
    }
    return best?.0
  }
}
