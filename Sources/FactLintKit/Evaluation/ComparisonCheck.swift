/// `expect LEFT OP RIGHT`: a comparison that must hold for every combination of
/// the selections' facts, decided on intervals. A comparison is reported only
/// when it cannot be true for any values the statements allow.
///
/// Facts with equal values are evaluated once; at most 10,000 combinations are
/// tried per rule and group.
struct ComparisonCheck {
  let checks: RelationChecks
  static let combinationLimit = 10_000

  func run(_ left: Expression, _ op: Comparison, _ right: Expression, text: String, pinSpan: Span) -> [Diagnostic] {
    var names = left.selections
    for n in right.selections where !names.contains(n) { names.append(n) }
    // Distinct values per selection, each with the facts that state it.
    var options: [[(Interval, [Fact])]] = []
    for name in names {
      var byValue: [Interval: [Fact]] = [:]
      var order: [Interval] = []
      for fact in checks.selected[name] ?? [] {
        guard let v = fact.value else { continue }
        if byValue[v] == nil { order.append(v) }
        byValue[v, default: []].append(fact)
      }
      if order.isEmpty { return [] }  // nothing to compare: the relation is vacuous
      options.append(order.map { ($0, byValue[$0]!) })
    }
    var out: [Diagnostic] = []
    var reported = Set<Span>()
    var index = [Int](repeating: 0, count: names.count)
    var tried = 0
    while tried < Self.combinationLimit {
      tried += 1
      var env: [String: Interval] = [:]
      for (k, name) in names.enumerated() { env[name] = options[k][index[k]].0 }
      let a = evaluate(left, env)
      let b = evaluate(right, env)
      if Self.cannotHold(a, op, b) {
        out.append(
          contentsOf: report(
            names: names, options: options, index: index, text: text, a: a, b: b, pinSpan: pinSpan, reported: &reported)
        )
      }
      // Next combination.
      var k = names.count - 1
      while k >= 0 {
        index[k] += 1
        if index[k] < options[k].count { break }
        index[k] = 0
        k -= 1
      }
      if k < 0 || names.isEmpty { break }
    }
    return out
  }

  private func report(
    names: [String], options: [[(Interval, [Fact])]], index: [Int], text: String, a: Interval, b: Interval,
    pinSpan: Span, reported: inout Set<Span>
  ) -> [Diagnostic] {
    guard let firstName = names.first else { return [] }
    let primaryFacts = options[0][index[0]].1
    var bindings: [String] = []
    var relatedFacts: [Fact] = []
    for (k, name) in names.enumerated() {
      let (value, facts) = options[k][index[k]]
      bindings.append("\(name) = \(value)")
      if k > 0 { relatedFacts.append(contentsOf: facts) }
    }
    var out: [Diagnostic] = []
    let references = checks.references(relatedFacts) { "\"\(checks.statement($0))\" here" }
    for fact in primaryFacts where reported.insert(fact.extent).inserted {
      var related: [RelatedLocation]
      var hidden = 0
      if relatedFacts.isEmpty {
        related = [RelatedLocation(span: pinSpan, message: "expected by the rule here")]
      } else {
        (related, hidden) = checks.related(references, excluding: fact.span.file)
      }
      out.append(
        checks.diagnostic(
          at: fact.extent,
          fallback: "\"{statement}\" breaks '{relation}' ({value})",
          values: [
            "statement": checks.statement(fact), "relation": text, "value": bindings.joined(separator: ", "),
            "expected": b.description, "selection": firstName, "noun": fact.noun?.phrase ?? firstName,
            "count": String(references.documentCount(excluding: fact.span.file)),
            "documents": MessageTemplate.documents(references.documentCount(excluding: fact.span.file)),
          ],
          related: related, extraNotes: RelationChecks.moreNote(hidden)))
    }
    return out
  }

  private func evaluate(_ e: Expression, _ env: [String: Interval]) -> Interval {
    switch e {
    case .constant(let v, _, _): return .exactly(v)
    case .selection(let name, _): return env[name] ?? Interval(lower: -.infinity, upper: .infinity)
    case .negate(let a): return -evaluate(a, env)
    case .binary(let op, let a, let b):
      let x = evaluate(a, env)
      let y = evaluate(b, env)
      switch op {
      case "+": return x + y
      case "-": return x - y
      case "*": return x * y
      default: return x / y
      }
    }
  }

  /// Whether `a op b` is false for every pair of values in the intervals.
  static func cannotHold(_ a: Interval, _ op: Comparison, _ b: Interval) -> Bool {
    switch op {
    case .equal: return !a.overlaps(b)
    case .notEqual: return a.isExact && b.isExact && a.lower == b.lower
    case .less: return a.lower >= b.upper
    case .lessOrEqual: return a.lower > b.upper || (a.lower == b.upper && (!a.lowerClosed || !b.upperClosed))
    case .greater: return b.lower >= a.upper
    case .greaterOrEqual: return b.lower > a.upper || (b.lower == a.upper && (!b.lowerClosed || !a.upperClosed))
    }
  }
}
