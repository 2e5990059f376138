/// A word, number or punctuation mark of a document, with its byte range.
///
/// A token holds no text of its own: its normalised form is in the tokenizer's
/// `forms`, at the same index (``TokenCursor/form(_:)``). Tokens are copied all
/// the time as readers look around; without a string they copy as plain bytes,
/// with no reference count to keep.
struct Token: Sendable {
  enum Kind: UInt8, Sendable {
    /// Letters, with inner apostrophes and dotted abbreviations ("Ukraine's", "U.S.").
    case word
    /// Digits with thousands separators and a decimal part ("1,000", "1.5").
    case number
    /// Any other visible character; curly quotes and dashes are normalised in its form.
    case punct
  }

  var kind: Kind
  /// First byte.
  var start: Int
  /// One past the last byte.
  var end: Int
  /// Whether white space comes directly before the token.
  var spaceBefore: Bool
  /// Whether a line break comes before the token (with only white space between).
  var lineBreakBefore: Bool
  /// Whether the first letter is upper-case.
  var isCapitalized: Bool
  /// Whether the token sits inside a quotation.
  var quoted: Bool
  /// The id of a word's form in ``Vocabulary``, or -1 (it fills the padding after the flags).
  var id: Int32
  /// Index of the sentence the token belongs to.
  var sentence: Int
}

/// A sentence: a range of tokens and the bytes they cover.
struct Sentence: Sendable {
  var tokens: Range<Int>
  var start: Int
  var end: Int
}
