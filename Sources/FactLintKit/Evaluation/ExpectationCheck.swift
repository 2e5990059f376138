/// The check of one expectation, in the two steps every check takes: documents
/// are summed up (``add(_:context:)``, in path order, and ``merge(_:context:)`` of
/// consecutive runs), the summary is settled (``finish(context:)``), and then each
/// document's findings are decided from the summary and the document alone
/// (``report(_:context:)``). Nothing but the summary outlives a document.
enum ExpectationCheck: Sendable {
  case agreement(AgreementCheck)
  case comparison(ComparisonCheck)
  case stated(StatedCheck)
  case titles(TitleCheck)
  case spelling(SpellingCheck)
  case weekdays(WeekdayCheck)

  /// An empty check of `expectation`.
  init(_ expectation: Expectation, plan: RulePlan) {
    switch expectation.relation {
    case .agree(let name, let absolute, let relative, let byNoun):
      self = .agreement(
        AgreementCheck(
          name: name, selection: plan.selectionIndex(name), absolute: absolute, relative: relative, byNoun: byNoun))
    case .compare(let left, let op, let right, let text):
      self = .comparison(ComparisonCheck(left, op, right, text: text, pinSpan: expectation.span, plan: plan))
    case .stated(let name, let phrases):
      self = .stated(StatedCheck(name: name, selection: plan.selectionIndex(name), phrases: phrases))
    case .titlesAgree(let name):
      self = .titles(TitleCheck(selection: plan.selectionIndex(name)))
    case .spelledAlike(let name):
      self = .spelling(SpellingCheck(selection: plan.selectionIndex(name)))
    case .weekdaysMatch(let name):
      self = .weekdays(WeekdayCheck(selection: plan.selectionIndex(name)))
    }
  }

  /// Sums up one more document, which comes after every document added so far.
  /// The check is moved out of `self` and back: changed where it is, with no reference
  /// counted on its tables (a copy counted one on each, and letting go of `self` another).
  /// Every case is named: a case binding the whole check kept a copy of `self`, and
  /// each change then copied the check's tables.
  mutating func add(_ document: DocumentSelection, context: CheckContext) {
    switch consume self {
    case .agreement(var check):
      check.add(document, context: context)
      self = .agreement(check)
    case .comparison(var check):
      check.add(document, context: context)
      self = .comparison(check)
    case .stated(var check):
      check.add(document, context: context)
      self = .stated(check)
    case .titles(var check):
      check.add(document, context: context)
      self = .titles(check)
    case .spelling(var check):
      check.add(document, context: context)
      self = .spelling(check)
    case .weekdays(let check): self = .weekdays(check)
    }
  }

  /// Adds the summary of documents that all come after this one's. The check is moved
  /// out of `self` and back, as in ``add(_:context:)``.
  mutating func merge(_ later: ExpectationCheck, context: CheckContext) {
    switch consume self {
    case .agreement(var check):
      if case .agreement(let other) = later { check.merge(other, context: context) }
      self = .agreement(check)
    case .comparison(var check):
      if case .comparison(let other) = later { check.merge(other, context: context) }
      self = .comparison(check)
    case .stated(var check):
      if case .stated(let other) = later { check.merge(other, context: context) }
      self = .stated(check)
    case .titles(var check):
      if case .titles(let other) = later { check.merge(other, context: context) }
      self = .titles(check)
    case .spelling(var check):
      if case .spelling(let other) = later { check.merge(other, context: context) }
      self = .spelling(check)
    case .weekdays(let check): self = .weekdays(check)
    }
  }

  /// Settles the references once every document is added. The check is moved out of
  /// `self` and back, as in ``add(_:context:)``.
  mutating func finish(context: CheckContext) {
    switch consume self {
    case .agreement(var check):
      check.finish(context: context)
      self = .agreement(check)
    case .comparison(var check):
      check.finish(context: context)
      self = .comparison(check)
    case .spelling(var check):
      check.finish(context: context)
      self = .spelling(check)
    // Titles rank an office's forms when a document that mentions it is reported.
    case .titles(let check): self = .titles(check)
    case .stated(let check): self = .stated(check)
    case .weekdays(let check): self = .weekdays(check)
    }
  }

  /// The findings of a document that is a group of its own: this check, fresh,
  /// summed up and settled from that document alone.
  func reportAlone(_ document: DocumentSelection, context: CheckContext) -> [Diagnostic] {
    if case .agreement(let check) = self { return check.reportAlone(document, context: context) }
    var check = self
    check.add(document, context: context)
    check.finish(context: context)
    return check.report(document, context: context)
  }

  /// The findings of one document.
  func report(_ document: DocumentSelection, context: CheckContext) -> [Diagnostic] {
    switch self {
    case .agreement(let check): return check.report(document, context: context)
    case .comparison(let check): return check.report(document, context: context)
    case .stated(let check): return check.report(document, context: context)
    case .titles(let check): return check.report(document, context: context)
    case .spelling(let check): return check.report(document, context: context)
    case .weekdays(let check): return check.report(document, context: context)
    }
  }
}
