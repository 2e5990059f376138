/// A span with a short label, shown as a note beside a diagnostic:
/// typically a conflicting statement in another document.
public struct RelatedLocation: Hashable, Sendable {
  /// Where the related text is.
  public var span: Span
  /// What it says about the diagnostic, lower-case, no trailing period.
  public var message: String

  /// Creates a related location.
  public init(span: Span, message: String) {
    self.span = span
    self.message = message
  }
}

/// One replacement of the bytes of `span` by `replacement`.
public struct TextEdit: Hashable, Sendable {
  /// The bytes to replace.
  public var span: Span
  /// The new text.
  public var replacement: String

  /// Creates an edit.
  public init(span: Span, replacement: String) {
    self.span = span
    self.replacement = replacement
  }
}

/// A suggested change that resolves a diagnostic.
public struct FixIt: Hashable, Sendable {
  /// What the change does, e.g. `replace with "Zelenskyy"`.
  public var message: String
  /// The edits, all in the diagnostic's file.
  public var edits: [TextEdit]
  /// Whether `--fix` may apply the change without a human looking at it.
  public var isSafe: Bool

  /// Creates a fix-it.
  public init(message: String, edits: [TextEdit], isSafe: Bool) {
    self.message = message
    self.edits = edits
    self.isSafe = isSafe
  }
}

/// A finding, as a value: what rule found what, where, and how to fix it.
///
/// Messages are lower-case and carry no trailing period. Every reporter renders
/// the same value; none of them adds information of its own.
public struct Diagnostic: Hashable, Sendable {
  /// The id of the rule that produced the finding (or an input/rule-file error code).
  public var ruleID: String
  /// How serious the finding is.
  public var severity: Severity
  /// The main message.
  public var message: String
  /// The statement the finding is about.
  public var span: Span
  /// Labelled spans elsewhere, most often the conflicting statements in other documents.
  public var related: [RelatedLocation]
  /// Free-standing notes without a location (`= note: …`).
  public var notes: [String]
  /// Suggested changes.
  public var fixIts: [FixIt]

  /// Creates a diagnostic.
  public init(
    ruleID: String, severity: Severity, message: String, span: Span,
    related: [RelatedLocation] = [], notes: [String] = [], fixIts: [FixIt] = []
  ) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.span = span
    self.related = related
    self.notes = notes
    self.fixIts = fixIts
  }
}
