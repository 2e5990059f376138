/// `expect NAME stated in documents having PHRASES`: a document that mentions the
/// phrases states the selection too.
///
/// The documents that state the selection are summed up as they are added; each
/// document that states nothing and mentions a phrase is reported at its first
/// mention, with notes at the statements of other documents.
struct StatedCheck: Sendable {
  /// The message of a finding when the rule gives none.
  private static let message = MessageTemplate.Compiled(
    "this document mentions \"{statement}\" but never states the {selection}")

  let name: String
  let selection: Int?
  let phrases: [Phrase]
  /// The documents that state the selection.
  private var stating = Occurrences()

  init(name: String, selection: Int?, phrases: [Phrase]) {
    self.name = name
    self.selection = selection
    self.phrases = phrases
  }

  mutating func add(_ document: DocumentSelection, context: CheckContext) {
    let facts = document[selection]
    guard let first = facts.first else { return }
    stating.add(first: first, count: facts.count, limit: context.referenceLimit, lead: .statedAs) {
      CheckContext.statement(first, in: document.file)
    }
  }

  mutating func merge(_ later: StatedCheck, context: CheckContext) {
    stating.merge(later.stating, limit: context.referenceLimit)
  }

  func report(_ document: DocumentSelection, context: CheckContext) -> [Diagnostic] {
    guard document[selection].isEmpty else { return [] }
    let file = document.file
    var first: Range<Int>?
    for phrase in phrases {
      if let r = PhraseSearch.find(phrase, in: file.bytes, range: 0..<file.bytes.count),
        first == nil || r.lowerBound < first!.lowerBound
      {
        first = r
      }
    }
    guard let mention = first else { return [] }
    let span = Span(file: file.id, start: mention.lowerBound, end: mention.upperBound)
    let (related, hidden) = context.related(ReferenceSet(stating), excluding: file.id, ownHasReference: false)
    return [
      context.diagnostic(
        at: span, in: file, fallback: Self.message,
        values: { key in
          switch key {
          case "statement": file.text(span)
          case "selection": name
          case "count": String(stating.documentCount)
          default: nil
          }
        },
        related: related, extraNotes: CheckContext.moreNote(hidden))
    ]
  }
}
