/// Parses rule files (grammar in docs/rules.md) and reports every error it
/// finds with its position, recovering at the next rule item or rule.
struct RuleParser {
  private var tokens: [RuleToken]
  private var position = 0
  private let file: SourceFile
  private(set) var diagnostics: [Diagnostic] = []

  static let topKeywords = ["rule", "noun", "disable"]
  static let itemKeywords = [
    "severity", "message", "explain", "link", "scope", "select", "expect", "pin", "prefer", "example",
  ]
  static let filterKeywords = [
    "noun", "per-side", "sentence", "document", "file", "quoted", "unquoted", "person", "hedged", "exact", "near",
    "value", "not",
  ]
  static let kinds: [String: FactKind?] = [
    "count": .count, "number": .number, "percentage": .percentage, "ordinal": .ordinal, "duration": .duration,
    "date": .date, "weekday": .weekday, "person": .person, "name": .name, "quantity": nil,
  ]
  static let placeholders: Set<String> = [
    "value", "statement", "expected", "count", "documents", "selection", "noun", "person", "title", "spelling",
    "preferred", "relation", "file", "rule",
  ]

  /// Parses `file` as a rule file.
  static func parse(_ file: SourceFile, builtIn: Bool = false) -> (RuleFile, [Diagnostic]) {
    let (tokens, lexErrors) = RuleLexer.lex(file)
    var parser = RuleParser(tokens: tokens, file: file)
    parser.diagnostics = lexErrors
    let result = parser.parseFile(builtIn: builtIn)
    return (result, parser.diagnostics)
  }

  private init(tokens: [RuleToken], file: SourceFile) {
    self.tokens = tokens
    self.file = file
  }

  // MARK: - Token helpers

  private var current: RuleToken { tokens[position] }
  private func peek(_ offset: Int = 1) -> RuleToken { tokens[min(position + offset, tokens.count - 1)] }

  private mutating func advance() -> RuleToken {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  private func isWord(_ value: String) -> Bool { current.kind == .word && current.value == value }
  private func isSymbol(_ value: String) -> Bool { current.kind == .symbol && current.value == value }

  private mutating func error(
    _ message: String, at span: Span, notes: [String] = [], related: [RelatedLocation] = []
  ) {
    diagnostics.append(
      Diagnostic(ruleID: "rule-syntax", severity: .error, message: message, span: span, related: related, notes: notes))
  }

  private func describe(_ token: RuleToken) -> String {
    switch token.kind {
    case .end: return "end of file"
    case .string: return "a string"
    case .number: return "number '\(token.value)'"
    case .word: return "'\(token.value)'"
    case .symbol: return "'\(token.value)'"
    }
  }

  private mutating func expectSymbol(_ symbol: String, context: String) -> Bool {
    if isSymbol(symbol) {
      _ = advance()
      return true
    }
    error("expected '\(symbol)' \(context), found \(describe(current))", at: current.span)
    return false
  }

  private mutating func expectWord(_ what: String) -> RuleToken? {
    if current.kind == .word { return advance() }
    error("expected \(what), found \(describe(current))", at: current.span)
    return nil
  }

  private mutating func expectString(_ what: String) -> RuleToken? {
    if current.kind == .string { return advance() }
    error("expected \(what) (a string in double quotes), found \(describe(current))", at: current.span)
    return nil
  }

  /// Strings separated by commas.
  private mutating func stringList(_ what: String) -> [String] {
    var values: [String] = []
    guard let first = expectString(what) else { return [] }
    values.append(first.value)
    while isSymbol(",") {
      _ = advance()
      guard let next = expectString(what) else { break }
      values.append(next.value)
    }
    return values
  }

  /// Skips to the next token that can start a rule item, `}` or a top-level keyword.
  private mutating func recover(inRule: Bool) {
    while current.kind != .end {
      if inRule && (isSymbol("}") || current.kind == .word && Self.itemKeywords.contains(current.value)) { return }
      if current.kind == .word && Self.topKeywords.contains(current.value) && (peek().kind == .word) { return }
      _ = advance()
    }
  }

  private func suggestion(for word: String, among candidates: [String]) -> [String] {
    guard let best = Suggestions.closest(to: word, among: candidates) else { return [] }
    return ["help: did you mean '\(best)'?"]
  }

  // MARK: - File

  private mutating func parseFile(builtIn: Bool) -> RuleFile {
    var result = RuleFile(file: file.id, nouns: [], rules: [], disabled: [])
    var pendingRules: [Rule] = []
    while current.kind != .end {
      if isWord("noun") {
        if let noun = parseNoun() { result.nouns.append(noun) }
      } else if isWord("disable") {
        _ = advance()
        repeat {
          if isSymbol(",") { _ = advance() }
          guard let id = expectWord("a rule id after 'disable'") else { break }
          result.disabled.append((id.value, id.span))
        } while isSymbol(",")
      } else if isWord("rule") {
        if let rule = parseRule(builtIn: builtIn) { pendingRules.append(rule) }
      } else {
        let token = advance()
        var notes = ["help: a rule file holds 'rule ID { … }', 'noun NAME = …' and 'disable ID'"]
        if token.kind == .word { notes = suggestion(for: token.value, among: Self.topKeywords) + notes }
        error("expected 'rule', 'noun' or 'disable', found \(describe(token))", at: token.span, notes: notes)
        recover(inRule: false)
      }
    }
    var nounTable: [String: NounClass] = [:]
    for noun in result.nouns {
      if nounTable[noun.name] != nil {
        error("noun class '\(noun.name)' is defined twice", at: noun.span)
      }
      nounTable[noun.name] = noun
    }
    for var rule in pendingRules {
      rule.nouns = nounTable
      result.rules.append(rule)
    }
    return result
  }

  private mutating func parseNoun() -> NounClass? {
    let keyword = advance()
    guard let name = expectWord("a noun class name after 'noun'") else {
      recover(inRule: false)
      return nil
    }
    guard expectSymbol("=", context: "after the noun class name") else {
      recover(inRule: false)
      return nil
    }
    var phrases: [[String]] = []
    repeat {
      if isSymbol(",") { _ = advance() }
      if current.kind == .word || current.kind == .string {
        let token = advance()
        phrases.append(NounMatcher.phraseWords(token.value))
      } else {
        error("expected a noun or a quoted phrase, found \(describe(current))", at: current.span)
        recover(inRule: false)
        break
      }
    } while isSymbol(",")
    return NounClass(name: name.value, phrases: phrases, span: keyword.span.union(name.span))
  }

  // MARK: - Rules

  private mutating func parseRule(builtIn: Bool) -> Rule? {
    let keyword = advance()
    guard let id = expectWord("a rule id after 'rule'") else {
      recover(inRule: false)
      return nil
    }
    if !RuleParser.isValidRuleID(id.value) {
      error(
        "rule id '\(id.value)' must be lower-case letters, digits and '-'", at: id.span,
        notes: ["help: write it as '\(RuleParser.suggestedRuleID(id.value))'"])
    }
    guard expectSymbol("{", context: "to open rule '\(id.value)'") else {
      recover(inRule: false)
      return nil
    }
    var rule = Rule(
      id: id.value, idSpan: id.span, severity: .error, message: nil, explanation: nil, link: nil, scope: .corpus,
      selections: [], expectations: [], pins: [], preferred: [], examples: [], nouns: [:], isBuiltIn: builtIn)
    var closed = false
    while current.kind != .end {
      if isSymbol("}") {
        _ = advance()
        closed = true
        break
      }
      if current.kind == .word && Self.topKeywords.contains(current.value) && peek().kind == .word
        && current.value == "rule"
      {
        break
      }
      parseItem(into: &rule)
    }
    if !closed {
      error(
        "rule '\(rule.id)' is not closed", at: keyword.span.union(id.span),
        notes: ["help: add '}' after the rule's last item"])
    }
    if rule.expectations.isEmpty {
      error(
        "rule '\(rule.id)' expects nothing", at: id.span,
        notes: ["help: add a relation such as 'expect NAME agree'"])
    }
    checkReferences(rule)
    return rule
  }

  private mutating func parseItem(into rule: inout Rule) {
    guard current.kind == .word else {
      error(
        "expected a rule item (\(Self.itemKeywords.joined(separator: ", "))), found \(describe(current))",
        at: current.span)
      _ = advance()
      recover(inRule: true)
      return
    }
    let keyword = advance()
    switch keyword.value {
    case "severity":
      guard let value = expectWord("'error', 'warning' or 'note'") else { return recover(inRule: true) }
      if let severity = Severity(name: value.value) {
        rule.severity = severity
      } else {
        error(
          "unknown severity '\(value.value)'", at: value.span,
          notes: suggestion(for: value.value, among: ["error", "warning", "note"])
            + ["a severity is 'error', 'warning' or 'note'"])
      }
    case "message":
      guard let text = expectString("the message") else { return recover(inRule: true) }
      checkPlaceholders(text)
      rule.message = text.value
    case "explain":
      guard let text = expectString("the explanation") else { return recover(inRule: true) }
      rule.explanation = text.value
    case "link":
      guard let text = expectString("a link") else { return recover(inRule: true) }
      rule.link = text.value
    case "scope":
      parseScope(into: &rule)
    case "select":
      if let selection = parseSelection(keyword: keyword) {
        if rule.selections.contains(where: { $0.name == selection.name }) {
          error("selection '\(selection.name)' is defined twice in rule '\(rule.id)'", at: selection.span)
        }
        rule.selections.append(selection)
      }
    case "expect":
      if let relation = parseRelation() {
        rule.expectations.append(
          Expectation(relation: relation, span: keyword.span.union(tokens[max(0, position - 1)].span)))
      } else {
        recover(inRule: true)
      }
    case "pin":
      parsePin(into: &rule, keyword: keyword)
    case "prefer":
      rule.preferred.append(contentsOf: stringList("a preferred spelling"))
    case "example":
      parseExample(into: &rule, keyword: keyword)
    default:
      error(
        "unknown rule item '\(keyword.value)'", at: keyword.span,
        notes: suggestion(for: keyword.value, among: Self.itemKeywords + Self.topKeywords)
          + ["rule items are \(Self.itemKeywords.joined(separator: ", "))"])
      recover(inRule: true)
    }
  }

  private mutating func parseScope(into rule: inout Rule) {
    guard let word = expectWord("'corpus', 'document' or 'group'") else { return recover(inRule: true) }
    switch word.value {
    case "corpus": rule.scope = .corpus
    case "document": rule.scope = .document
    case "group":
      if isWord("by") {
        _ = advance()
      } else {
        error("expected 'by' after 'scope group', found \(describe(current))", at: current.span)
      }
      if isWord("file") {
        _ = advance()
        rule.scope = .groupByFile(stringList("a path pattern"))
      } else {
        rule.scope = .groupBy(stringList("a phrase that marks the group").map { Phrase($0) })
      }
    default:
      error(
        "unknown scope '\(word.value)'", at: word.span,
        notes: suggestion(for: word.value, among: ["corpus", "document", "group"])
          + ["a scope is 'corpus', 'document' or 'group by \"PHRASE\", …'"])
    }
  }

  private mutating func parseSelection(keyword: RuleToken) -> Selection? {
    guard let name = expectWord("a selection name after 'select'") else {
      recover(inRule: true)
      return nil
    }
    guard expectSymbol(":", context: "after the selection name") else {
      recover(inRule: true)
      return nil
    }
    guard let kindToken = expectWord("a fact kind") else {
      recover(inRule: true)
      return nil
    }
    var kind: FactKind?
    if let known = Self.kinds[kindToken.value] {
      kind = known
    } else {
      error(
        "unknown fact kind '\(kindToken.value)'", at: kindToken.span,
        notes: suggestion(for: kindToken.value, among: Array(Self.kinds.keys).sorted())
          + ["kinds are \(Self.kinds.keys.sorted().joined(separator: ", "))"])
    }
    var filters: [FactFilter] = []
    var end = kindToken.span
    while current.kind == .word && Self.filterKeywords.contains(current.value) {
      guard let filter = parseFilter() else { break }
      filters.append(filter)
      end = tokens[max(0, position - 1)].span
    }
    if current.kind == .word && !Self.itemKeywords.contains(current.value) && !Self.topKeywords.contains(current.value)
    {
      error(
        "unknown selection filter '\(current.value)'", at: current.span,
        notes: suggestion(for: current.value, among: Self.filterKeywords)
          + ["filters are \(Self.filterKeywords.joined(separator: ", "))"])
      recover(inRule: true)
    }
    return Selection(name: name.value, kind: kind, filters: filters, span: keyword.span.union(end))
  }

  /// One selection filter, possibly negated with `not`.
  private mutating func parseFilter() -> FactFilter? {
    let filter = advance()
    switch filter.value {
    case "not":
      guard current.kind == .word, Self.filterKeywords.contains(current.value), current.value != "not" else {
        error(
          "expected a filter after 'not', found \(describe(current))", at: current.span,
          notes: ["filters are \(Self.filterKeywords.filter { $0 != "not" }.joined(separator: ", "))"])
        return nil
      }
      return parseFilter().map { .not($0) }
    case "noun":
      var names: [String] = []
      repeat {
        if isSymbol(",") { _ = advance() }
        if current.kind == .word || current.kind == .string {
          names.append(advance().value)
        } else {
          error("expected a noun, a noun class or a quoted phrase, found \(describe(current))", at: current.span)
          break
        }
      } while isSymbol(",")
      return .noun(names)
    case "per-side": return .perSide
    case "quoted": return .quoted(true)
    case "unquoted": return .quoted(false)
    case "hedged": return .hedged(true)
    case "exact": return .hedged(false)
    case "sentence", "document":
      guard let verb = expectWord("'has' or 'lacks'") else { return nil }
      guard verb.value == "has" || verb.value == "lacks" else {
        error(
          "expected 'has' or 'lacks' after '\(filter.value)', found '\(verb.value)'", at: verb.span,
          notes: suggestion(for: verb.value, among: ["has", "lacks"]))
        return nil
      }
      let phrases = stringList("a phrase").map { Phrase($0) }
      return filter.value == "sentence"
        ? .sentence(has: verb.value == "has", phrases: phrases) : .document(has: verb.value == "has", phrases: phrases)
    case "near":
      let phrases = stringList("a phrase").map { Phrase($0) }
      var words = 3
      if isWord("within") {
        _ = advance()
        guard current.kind == .number, let n = Int(current.value), n >= 0, n <= 50 else {
          error("expected a number of words from 0 to 50 after 'within', found \(describe(current))", at: current.span)
          return nil
        }
        _ = advance()
        words = n
        if isWord("words") || isWord("word") { _ = advance() }
      }
      return .near(phrases: phrases, words: words)
    case "value":
      guard current.kind == .symbol, let op = Comparison(rawValue: current.value) else {
        error(
          "expected a comparison after 'value' ('<', '<=', '>', '>=', '==', '!='), found \(describe(current))",
          at: current.span)
        return nil
      }
      _ = advance()
      guard let (number, _, _) = parseQuantityLiteral() else { return nil }
      return .value(op, number)
    case "file": return .file(stringList("a path pattern"))
    case "person": return .person(stringList("a person's name"))
    default: return nil
    }
  }

  // MARK: - Relations

  /// Consumes `NAME VERB` and the word that must follow the verb ("titles agree").
  private mutating func secondWord(_ word: String, after verb: String) -> Bool {
    position += 2
    guard let found = expectWord("'\(word)' after '\(verb)'"), found.value == word else {
      error("expected '\(word)' after '\(verb)'", at: tokens[position - 1].span)
      return false
    }
    return true
  }

  private mutating func parseRelation() -> Relation? {
    // NAME agree | NAME titles agree | NAME spelled alike | NAME stated in documents having …
    if current.kind == .word, peek().kind == .word {
      let name = current
      let verb = peek()
      switch verb.value {
      case "agree", "agrees":
        position += 2
        var absolute = 0.0
        var relative = 0.0
        if isWord("within") {
          _ = advance()
          guard let amount = parseQuantityLiteral() else { return nil }
          if isSymbol("%") {
            _ = advance()
            relative = amount.0 / 100
          } else {
            absolute = amount.0
          }
        }
        var byNoun = false
        if isWord("by") {
          _ = advance()
          guard isWord("noun") else {
            error("expected 'noun' after 'agree … by', found \(describe(current))", at: current.span)
            return nil
          }
          _ = advance()
          byNoun = true
        }
        return .agree(name.value, absolute: absolute, relative: relative, byNoun: byNoun)
      case "titles":
        return secondWord("agree", after: "titles") ? .titlesAgree(name.value) : nil
      case "spelled":
        return secondWord("alike", after: "spelled") ? .spelledAlike(name.value) : nil
      case "weekdays":
        return secondWord("match", after: "weekdays") ? .weekdaysMatch(name.value) : nil
      case "stated":
        position += 2
        for word in ["in", "documents", "having"] {
          guard isWord(word) else {
            error(
              "expected '\(word)' in 'stated in documents having \"PHRASE\"', found \(describe(current))",
              at: current.span)
            return nil
          }
          _ = advance()
        }
        return .stated(name.value, phrases: stringList("a phrase").map { Phrase($0) })
      default:
        if !["+", "-", "*", "/"].contains(verb.value) && !Self.itemKeywords.contains(verb.value) {
          error(
            "unknown relation '\(verb.value)'", at: verb.span,
            notes: suggestion(for: verb.value, among: ["agree", "titles", "spelled", "stated", "weekdays"])
              + [
                "relations are 'agree', 'titles agree', 'spelled alike', 'weekdays match', 'stated in documents having', or a comparison"
              ])
          position += 2
          return nil
        }
      }
    }
    let start = current.span
    guard let left = parseExpression(depth: 0) else { return nil }
    guard current.kind == .symbol, let op = Comparison(rawValue: current.value) else {
      error(
        "expected a comparison ('==', '!=', '<', '<=', '>', '>='), found \(describe(current))", at: current.span,
        notes: ["'expect' takes 'NAME agree', 'NAME titles agree', 'NAME spelled alike', or a comparison"])
      return nil
    }
    _ = advance()
    guard let right = parseExpression(depth: 0) else { return nil }
    let text = file.text(start.start..<right.span.end)
    return .compare(left, op, right, text: text)
  }

  private mutating func parseQuantityLiteral() -> (Double, String, Span)? {
    guard current.kind == .number, let value = Double(current.value) else {
      error("expected a number, found \(describe(current))", at: current.span)
      return nil
    }
    let token = advance()
    if current.kind == .word, let seconds = Lexicon.timeUnits[current.value.lowercased()], current.value.count > 1 {
      let unit = advance()
      return (value * seconds, token.value + " " + unit.value, token.span.union(unit.span))
    }
    if current.kind == .word, let scale = Lexicon.scales[current.value.lowercased()] {
      let unit = advance()
      return (value * scale, token.value + " " + unit.value, token.span.union(unit.span))
    }
    return (value, token.value, token.span)
  }

  private mutating func parseExpression(depth: Int) -> Expression? {
    guard depth < 64 else {
      error("expression is nested too deeply (64 levels at most)", at: current.span)
      return nil
    }
    guard var left = parseTerm(depth: depth) else { return nil }
    while current.kind == .symbol && (current.value == "+" || current.value == "-") {
      let op = advance().value.first!
      guard let right = parseTerm(depth: depth) else { return nil }
      left = .binary(op, left, right)
    }
    return left
  }

  private mutating func parseTerm(depth: Int) -> Expression? {
    guard var left = parseFactor(depth: depth) else { return nil }
    while current.kind == .symbol && (current.value == "*" || current.value == "/") {
      let op = advance().value.first!
      guard let right = parseFactor(depth: depth) else { return nil }
      left = .binary(op, left, right)
    }
    return left
  }

  private mutating func parseFactor(depth: Int) -> Expression? {
    if isSymbol("(") {
      let open = advance()
      guard let inner = parseExpression(depth: depth + 1) else { return nil }
      guard isSymbol(")") else {
        error(
          "expected ')' to close the '(', found \(describe(current))", at: current.span,
          related: [RelatedLocation(span: open.span, message: "'(' opened here")])
        return nil
      }
      _ = advance()
      return inner
    }
    if isSymbol("-") {
      _ = advance()
      guard let inner = parseFactor(depth: depth + 1) else { return nil }
      return .negate(inner)
    }
    if current.kind == .number {
      guard let (value, text, span) = parseQuantityLiteral() else { return nil }
      return .constant(value, text: text, span: span)
    }
    if current.kind == .word && !Self.itemKeywords.contains(current.value) {
      let token = advance()
      return .selection(token.value, span: token.span)
    }
    error("expected a number, a selection name or '(', found \(describe(current))", at: current.span)
    return nil
  }

  // MARK: - Pins and examples

  private mutating func parsePin(into rule: inout Rule, keyword: RuleToken) {
    guard let person = expectString("the person's name") else { return recover(inRule: true) }
    guard isWord("titled") else {
      error("expected 'titled' after the person in 'pin', found \(describe(current))", at: current.span)
      return recover(inRule: true)
    }
    _ = advance()
    guard let titleToken = expectString("the title") else { return recover(inRule: true) }
    let words = TitleWords.split(titleToken.value)
    guard let title = TitleNormalizer.normalize(words: words, text: titleToken.value, span: titleToken.span) else {
      error(
        "'\(titleToken.value)' is not a title factlint knows", at: titleToken.span,
        notes: ["a title names an office such as 'President', 'Foreign Minister' or 'head of delegation'"])
      return
    }
    rule.pins.append(TitlePin(person: person.value, title: title, span: keyword.span.union(titleToken.span)))
  }

  private mutating func parseExample(into rule: inout Rule, keyword: RuleToken) {
    guard let kind = expectWord("'fails' or 'passes'") else { return recover(inRule: true) }
    guard kind.value == "fails" || kind.value == "passes" else {
      error(
        "expected 'fails' or 'passes' after 'example', found '\(kind.value)'", at: kind.span,
        notes: suggestion(for: kind.value, among: ["fails", "passes"]))
      return recover(inRule: true)
    }
    guard expectSymbol("{", context: "to open the example") else { return recover(inRule: true) }
    var documents: [String] = []
    while current.kind != .end && !isSymbol("}") {
      guard isWord("doc") else {
        error("expected 'doc \"TEXT\"' or '}' in the example, found \(describe(current))", at: current.span)
        recover(inRule: true)
        return
      }
      _ = advance()
      guard let text = expectString("the document text") else { return recover(inRule: true) }
      documents.append(text.value)
    }
    let close = current.span
    _ = expectSymbol("}", context: "to close the example")
    if documents.isEmpty {
      error("example has no documents", at: keyword.span, notes: ["help: add 'doc \"TEXT\"' lines"])
    }
    rule.examples.append(
      RuleExample(shouldTrigger: kind.value == "fails", documents: documents, span: keyword.span.union(close)))
  }

  // MARK: - Checks

  private mutating func checkPlaceholders(_ token: RuleToken) {
    let bytes = Array(token.value.utf8)
    var i = 0
    while i < bytes.count {
      if bytes[i] == 0x7B, let close = bytes[i...].firstIndex(of: 0x7D) {
        let name = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
        if !Self.placeholders.contains(name) {
          error(
            "unknown placeholder '{\(name)}' in message", at: token.span,
            notes: suggestion(for: name, among: Self.placeholders.sorted())
              + ["placeholders are \(Self.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", "))"])
        }
        i = close + 1
      } else {
        i += 1
      }
    }
  }

  private mutating func checkReferences(_ rule: Rule) {
    let names = Dictionary(rule.selections.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    func check(_ name: String, at span: Span, kinds wanted: Set<FactKind>?, relation: String) {
      guard let selection = names[name] else {
        error(
          "unknown selection '\(name)' in rule '\(rule.id)'", at: span,
          notes: suggestion(for: name, among: Array(names.keys).sorted())
            + ["help: define it with 'select \(name): KIND …'"])
        return
      }
      if let allowed = wanted {
        let kind = selection.kind
        if kind == nil || !allowed.contains(kind!) {
          error(
            "'\(relation)' needs a selection of \(allowed.map(\.rawValue).sorted().joined(separator: " or ")) facts, but '\(name)' selects \(kind?.rawValue ?? "quantity") facts",
            at: span)
        }
      }
    }
    let numeric: Set<FactKind> = [.count, .number, .percentage, .ordinal, .duration, .date]
    for expectation in rule.expectations {
      switch expectation.relation {
      case .agree(let name, _, _, _), .stated(let name, _):
        check(name, at: expectation.span, kinds: nil, relation: "agree")
        if let kind = names[name]?.kind, !numeric.contains(kind), case .agree = expectation.relation {
          error(
            "'agree' compares values, but '\(name)' selects \(kind.rawValue) facts", at: expectation.span,
            notes: ["help: use 'titles agree' for people and 'spelled alike' for names"])
        }
      case .titlesAgree(let name):
        check(name, at: expectation.span, kinds: [.person], relation: "titles agree")
      case .spelledAlike(let name):
        check(name, at: expectation.span, kinds: [.name, .person], relation: "spelled alike")
      case .weekdaysMatch(let name):
        check(name, at: expectation.span, kinds: [.date], relation: "weekdays match")
      case .compare(let left, _, let right, _):
        for (name, span) in references(left) + references(right) {
          check(name, at: span, kinds: nil, relation: "comparison")
        }
      }
    }
  }

  private func references(_ e: Expression) -> [(String, Span)] {
    switch e {
    case .constant: return []
    case .selection(let name, let span): return [(name, span)]
    case .binary(_, let a, let b): return references(a) + references(b)
    case .negate(let a): return references(a)
    }
  }

  static func isValidRuleID(_ id: String) -> Bool {
    !id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
  }

  static func suggestedRuleID(_ id: String) -> String {
    String(
      id.lowercased().map { c -> Character in
        c.isLetter || c.isNumber ? c : "-"
      })
  }
}

/// Splits a title written in a rule into the lower-case words the normaliser takes.
enum TitleWords {
  static func split(_ text: String) -> [String] {
    text.replacingBytes(of: "’", with: "'").lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
      .map(String.init)
  }
}
