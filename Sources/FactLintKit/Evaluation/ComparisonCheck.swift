/// `expect LEFT OP RIGHT`: a comparison that must hold for every combination of
/// the selections' facts, decided on intervals. A comparison is reported only
/// when it cannot be true for any values the statements allow.
///
/// Each selection's distinct values are summed up as documents are added, in the
/// order they first occur; once all are, the combinations are tried (at most
/// 10,000 per rule and group), and each document's statements of a failing
/// combination are reported from its own facts.
struct ComparisonCheck: Sendable {
  /// The message of a finding when the rule gives none.
  private static let message = MessageTemplate.Compiled("\"{statement}\" breaks '{relation}' ({value})")

  static let combinationLimit = 10_000

  let left: Expression
  let op: Comparison
  let right: Expression
  let text: String
  /// Where the rule states the expectation.
  let pinSpan: Span
  /// The selections the comparison names, in order, and their indices in the rule.
  private let names: [String]
  private let selections: [Int?]
  /// Each selection's distinct values, in the order they first occur.
  private var options: [[Option]]
  private var optionIndex: [[Interval: Int]]
  /// Set once every document is added: the combinations that cannot hold.
  private var failures: [Failure] = []

  /// A distinct value of a selection, and the statements of it.
  private struct Option: Sendable {
    var value: Interval
    var occurrences = Occurrences(keepingFiles: true)
  }

  /// A combination of values for which the comparison cannot hold.
  private struct Failure: Sendable {
    /// The option of each selection.
    var index: [Int]
    var bindings: String
    var expected: Interval
    var references: ReferenceSet
  }

  init(_ left: Expression, _ op: Comparison, _ right: Expression, text: String, pinSpan: Span, plan: RulePlan) {
    self.left = left
    self.op = op
    self.right = right
    self.text = text
    self.pinSpan = pinSpan
    var names = left.selections
    for n in right.selections where !names.contains(n) { names.append(n) }
    self.names = names
    selections = names.map(plan.selectionIndex)
    options = names.map { _ in [] }
    optionIndex = names.map { _ in [:] }
  }

  // MARK: - Summing up

  mutating func add(_ document: DocumentSelection, context: CheckContext) {
    for k in names.indices {
      for (value, first, count) in Self.values(document[selections[k]]) {
        let o = option(k, value)
        options[k][o].occurrences.add(first: first, count: count, limit: context.referenceLimit, lead: .bare) {
          CheckContext.statement(first, in: document.file)
        }
      }
    }
  }

  mutating func merge(_ later: ComparisonCheck, context: CheckContext) {
    for k in names.indices {
      for other in later.options[k] {
        let o = option(k, other.value)
        options[k][o].occurrences.merge(other.occurrences, limit: context.referenceLimit)
      }
    }
  }

  private mutating func option(_ k: Int, _ value: Interval) -> Int {
    if let o = optionIndex[k][value] { return o }
    optionIndex[k][value] = options[k].count
    options[k].append(Option(value: value))
    return options[k].count - 1
  }

  mutating func finish(context: CheckContext) {
    // Nothing to compare: the relation is vacuous.
    guard !names.isEmpty, !options.contains(where: \.isEmpty) else { return }
    var index = [Int](repeating: 0, count: names.count)
    var tried = 0
    while tried < Self.combinationLimit {
      tried += 1
      var env: [String: Interval] = [:]
      for (k, name) in names.enumerated() { env[name] = options[k][index[k]].value }
      let a = evaluate(left, env)
      let b = evaluate(right, env)
      if Self.cannotHold(a, op, b) {
        var bindings: [String] = []
        for (k, name) in names.enumerated() { bindings.append("\(name) = \(options[k][index[k]].value)") }
        let related = names.indices.dropFirst().map { options[$0][index[$0]].occurrences }
        let references =
          related.isEmpty ? .empty : ReferenceSet(union: related, limit: context.referenceLimit)
        failures.append(
          Failure(index: index, bindings: bindings.joined(separator: ", "), expected: b, references: references))
      }
      // Next combination.
      var k = names.count - 1
      while k >= 0 {
        index[k] += 1
        if index[k] < options[k].count { break }
        index[k] = 0
        k -= 1
      }
      if k < 0 { break }
    }
  }

  // MARK: - Reporting

  func report(_ document: DocumentSelection, context: CheckContext) -> [Diagnostic] {
    guard !failures.isEmpty else { return [] }
    let file = document.file
    let primary = document[selections[0]]
    var out: [Diagnostic] = []
    var reported = Set<Span>()
    for failure in failures {
      let value = options[0][failure.index[0]].value
      let ownHasReference = names.indices.dropFirst().contains { k in
        let wanted = options[k][failure.index[k]].value
        return document[selections[k]].contains { $0.value == wanted }
      }
      let count = failure.references.documentCount - (ownHasReference ? 1 : 0)
      for fact in primary where fact.value == value && reported.insert(fact.extent).inserted {
        var related: [RelatedLocation]
        var hidden = 0
        if names.count == 1 {
          related = [RelatedLocation(span: pinSpan, message: "expected by the rule here")]
        } else {
          (related, hidden) = context.related(failure.references, excluding: file.id, ownHasReference: ownHasReference)
        }
        out.append(
          context.diagnostic(
            at: fact.extent, in: file,
            fallback: Self.message,
            values: { key in
              switch key {
              case "statement": CheckContext.statement(fact, in: file)
              case "relation": text
              case "value": failure.bindings
              case "expected": failure.expected.description
              case "selection": names[0]
              case "noun": fact.noun?.phrase ?? names[0]
              case "count": String(count)
              case "documents": MessageTemplate.documents(count)
              default: nil
              }
            },
            related: related, extraNotes: CheckContext.moreNote(hidden)))
      }
    }
    return out
  }

  // MARK: - Values

  /// The distinct values of `facts`, in the order they first occur, with the first
  /// statement of each and how many state it.
  private static func values(_ facts: SelectedFacts) -> [(Interval, Fact, Int)] {
    var order: [(Interval, Fact, Int)] = []
    var index: [Interval: Int] = [:]
    for fact in facts {
      guard let v = fact.value else { continue }
      if let k = index[v] {
        order[k].2 += 1
      } else {
        index[v] = order.count
        order.append((v, fact, 1))
      }
    }
    return order
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
