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
///
/// The fields are ``SharedFields``: a large run passes millions of findings from the
/// evaluator through suppression, the baseline and sorting to a reporter.
public struct Diagnostic: Hashable, Sendable {
  private var storage: SharedFields<Fields>

  private struct Fields: Hashable, Sendable {
    var ruleID: String
    var severity: Severity
    var message: String
    var span: Span
    var related: [RelatedLocation]
    var notes: [String]
    var fixIts: [FixIt]
  }

  /// A diagnostic that stands in the place of one moved out of an array (``Array/appendMoving(_:)``).
  static let placeholder = Diagnostic(
    ruleID: "", severity: .note, message: "", span: Span(file: FileID(0), start: 0, end: 0))

  /// Creates a diagnostic.
  public init(
    ruleID: String, severity: Severity, message: String, span: Span,
    related: [RelatedLocation] = [], notes: [String] = [], fixIts: [FixIt] = []
  ) {
    storage = SharedFields(
      Fields(
        ruleID: ruleID, severity: severity, message: message, span: span, related: related, notes: notes,
        fixIts: fixIts))
  }

  /// The id of the rule that produced the finding (or an input/rule-file error code).
  public var ruleID: String {
    get { storage.fields.ruleID }
    set { storage.update { $0.ruleID = newValue } }
  }
  /// How serious the finding is.
  public var severity: Severity {
    get { storage.fields.severity }
    set { storage.update { $0.severity = newValue } }
  }
  /// The main message.
  public var message: String {
    get { storage.fields.message }
    set { storage.update { $0.message = newValue } }
  }
  /// The statement the finding is about.
  public var span: Span {
    get { storage.fields.span }
    set { storage.update { $0.span = newValue } }
  }
  /// Labelled spans elsewhere, most often the conflicting statements in other documents.
  public var related: [RelatedLocation] {
    get { storage.fields.related }
    set { storage.update { $0.related = newValue } }
  }
  /// Free-standing notes without a location (`= note: …`).
  public var notes: [String] {
    get { storage.fields.notes }
    set { storage.update { $0.notes = newValue } }
  }
  /// Suggested changes.
  public var fixIts: [FixIt] {
    get { storage.fields.fixIts }
    set { storage.update { $0.fixIts = newValue } }
  }
}
