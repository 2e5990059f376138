/// A parsed rule file: noun classes, rules, and switched-off rule ids.
public struct RuleFile: Sendable {
  /// The source of the file.
  public var file: FileID
  /// Noun classes defined with `noun NAME = …`.
  public var nouns: [NounClass]
  /// Rules in file order.
  public var rules: [Rule]
  /// Rule ids switched off with `disable …`, with where each is named.
  public var disabled: [(id: String, span: Span)]
}

/// A named list of noun phrases: `noun prisoner = prisoner, "prisoners of war", POW`.
public struct NounClass: Sendable {
  /// The class name.
  public var name: String
  /// The phrases, lower-case, each word in the singular.
  public var phrases: [[String]]
  /// Where the definition is.
  public var span: Span
}

/// Which documents a rule's relations compare with each other.
public enum RuleScope: Sendable, Equatable {
  /// All documents together (the default).
  case corpus
  /// Each document on its own.
  case document
  /// Documents holding any of the phrases form one group, the others another.
  case groupBy([Phrase])
  /// Documents whose path matches any of the globs form one group, the others another.
  case groupByFile([String])
}

/// One condition a selected fact must meet.
public enum FactFilter: Sendable, Equatable {
  /// The counted noun matches one of the phrases or noun classes.
  case noun([String])
  /// The number is stated per side.
  case perSide
  /// The sentence holds (`has`) or does not hold (`lacks`) one of the phrases.
  case sentence(has: Bool, phrases: [Phrase])
  /// The document holds (`has`) or does not hold (`lacks`) one of the phrases.
  case document(has: Bool, phrases: [Phrase])
  /// The document's path matches one of the glob patterns.
  case file([String])
  /// The statement is (or is not) inside a quotation.
  case quoted(Bool)
  /// The fact is about one of these people (full names or surnames).
  case person([String])
  /// The value is (or is not) widened by a hedge.
  case hedged(Bool)
  /// One of the phrases stands within `words` words of the fact, in its sentence.
  case near(phrases: [Phrase], words: Int)
  /// The value can satisfy the comparison with a constant (seconds for durations).
  case value(Comparison, Double)
  /// The inner filter does not hold.
  indirect case not(FactFilter)
}

/// A named selection of facts: `select swap: count noun prisoner per-side`.
public struct Selection: Sendable {
  /// The name relations refer to.
  public var name: String
  /// The kind of fact selected, or `nil` for numeric facts of any kind.
  public var kind: FactKind?
  /// Conditions every selected fact meets.
  public var filters: [FactFilter]
  /// Where the selection is written.
  public var span: Span
}

/// An arithmetic expression over selections and constants.
public indirect enum Expression: Sendable {
  /// A constant (durations already in seconds).
  case constant(Double, text: String, span: Span)
  /// The value of a fact of a selection.
  case selection(String, span: Span)
  /// A binary operation: `+ - * /`.
  case binary(Character, Expression, Expression)
  /// Negation.
  case negate(Expression)

  /// The source span of the expression.
  public var span: Span {
    switch self {
    case .constant(_, _, let span), .selection(_, let span): return span
    case .binary(_, let a, let b): return a.span.union(b.span)
    case .negate(let a): return a.span
    }
  }

  /// Names of the selections used, in order of first use.
  public var selections: [String] {
    switch self {
    case .constant: return []
    case .selection(let name, _): return [name]
    case .binary(_, let a, let b):
      var names = a.selections
      for n in b.selections where !names.contains(n) { names.append(n) }
      return names
    case .negate(let a): return a.selections
    }
  }
}

/// A comparison operator.
public enum Comparison: String, Sendable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
}

/// What a rule expects of its selections.
public enum Relation: Sendable {
  /// All facts of the selection can be true together, within a tolerance;
  /// with `byNoun`, separately for each counted noun.
  case agree(String, absolute: Double, relative: Double, byNoun: Bool)
  /// A comparison between two expressions holds for every combination of facts.
  case compare(Expression, Comparison, Expression, text: String)
  /// Every document that holds one of the phrases states a fact of the selection.
  case stated(String, phrases: [Phrase])
  /// A person's titles do not contradict each other (or the rule's pins).
  case titlesAgree(String)
  /// Each person's name is spelled one way (the rule's preferred spelling, or the majority's).
  case spelledAlike(String)
  /// A date written with its weekday ("Friday, 16 May 2025") falls on that weekday.
  case weekdaysMatch(String)
}

/// A pinned title: `pin "Hakan Fidan" titled "Turkish Foreign Minister"`.
public struct TitlePin: Sendable {
  /// The person, as written in the rule.
  public var person: String
  /// The title, normalised.
  public var title: Title
  /// Where the pin is written.
  public var span: Span
}

/// A short passage a rule must (or must not) report on.
public struct RuleExample: Sendable {
  /// Whether the rule must report something on the documents.
  public var shouldTrigger: Bool
  /// The documents of the example, as written in the rule file.
  public var documents: [String]
  /// Where the example is.
  public var span: Span
}

/// A relation with where it is written.
public struct Expectation: Sendable {
  /// The relation.
  public var relation: Relation
  /// Where `expect …` is written.
  public var span: Span
}

/// A rule: selections, expectations, how to report, and its own examples.
public struct Rule: Sendable {
  /// The rule id, as in `[swap-size]`.
  public var id: String
  /// Where the id is written.
  public var idSpan: Span
  /// The severity of what it reports.
  public var severity: Severity
  /// The message template, with `{placeholders}`; `nil` uses the relation's default.
  public var message: String?
  /// A longer explanation for `factlint explain`.
  public var explanation: String?
  /// A link to more information.
  public var link: String?
  /// Which documents are compared with each other.
  public var scope: RuleScope
  /// Named selections.
  public var selections: [Selection]
  /// What must hold.
  public var expectations: [Expectation]
  /// Pinned titles for `titles agree`.
  public var pins: [TitlePin]
  /// Preferred spellings for `spelled alike`.
  public var preferred: [String]
  /// Examples that must and must not trigger the rule.
  public var examples: [RuleExample]
  /// Noun classes visible to the rule (from its file).
  public var nouns: [String: NounClass]
  /// Whether the rule comes from the built-in default set.
  public var isBuiltIn: Bool
}
