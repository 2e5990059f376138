/// A token of a rule file.
struct RuleToken: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// A word: keyword, name or rule id (letters, digits, `-`, `_`, `.`).
    case word
    /// A double-quoted string; ``value`` holds it unescaped.
    case string
    /// A number; ``value`` holds its digits.
    case number
    /// `{ } ( ) , : = + - * / % < > <= >= == !=`.
    case symbol
    /// End of file.
    case end
  }
  var kind: Kind
  var value: String
  var span: Span
}
