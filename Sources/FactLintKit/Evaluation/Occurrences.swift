/// A statement a finding may point at: where it is, and the note that labels it.
struct Reference: Sendable {
  /// The statement's span (for ordering).
  let span: Span
  /// What a note underlines: the statement through its noun.
  let extent: Span
  /// The words before the quoted statement ("stated as ").
  let lead: Lead
  /// The statement the note quotes ("1,000 prisoners").
  let quoted: String

  /// The note's text ("stated as \"1,000 prisoners\" here"), made when a finding shows
  /// it: most references summed up are never shown, and a text made for each counted
  /// an allocation for the first statement of every class in every document.
  var label: String { Self.label(lead.text, quoting: quoted) }

  /// The words a note puts before the statement it quotes: one byte in each reference,
  /// which a corpus keeps by the hundred thousand.
  enum Lead: UInt8, Sendable {
    case statedAs, called, spelled, bare

    /// The words ("stated as ").
    var text: StaticString {
      switch self {
      case .statedAs: "stated as "
      case .called: "called "
      case .spelled: "spelled "
      case .bare: ""
      }
    }
  }
}

extension Reference {
  /// A note's text that quotes a statement, `lead` and the quoted `text` and "here"
  /// (`label("stated as ", quoting: "1,000 prisoners")` is `stated as "1,000 prisoners" here`),
  /// made at its size in one go: joined with `+`, it was grown and copied twice, for
  /// the first statements of every summed-up class.
  static func label(_ lead: StaticString, quoting text: String) -> String {
    let (open, close): (StaticString, StaticString) = ("\"", "\" here")
    return text.withUTF8Bytes { quoted in
      let length = lead.utf8CodeUnitCount + open.utf8CodeUnitCount + quoted.count + close.utf8CodeUnitCount
      return String(unsafeUninitializedCapacity: length) { out in
        out.write(close, at: out.write(quoted, at: out.write(open, at: out.write(lead, at: 0))))
      }
    }
  }
}

/// The statements of one class (a value, a title, a spelling) across documents,
/// summed up one document at a time: how many documents and statements, and the
/// first statement of each of the first few documents.
///
/// Documents are added in path order, and summaries of consecutive runs of
/// documents merge, so that a corpus is summed up in chunks on several workers.
struct Occurrences: Sendable {
  /// Documents with at least one statement of the class.
  private(set) var documentCount = 0
  /// Statements of the class.
  private(set) var statementCount = 0
  /// The first statement of each of the first few documents, in path order.
  private(set) var firsts: [Reference] = []
  /// The files of every document with a statement of the class, ascending; kept
  /// only when asked, to count the documents of a union of classes.
  private(set) var files: [Int32]?

  /// An empty summary; `keepingFiles` keeps every document's file for unions.
  init(keepingFiles: Bool = false) {
    if keepingFiles { files = [] }
  }

  /// Adds one document's statements of the class, `count` of them, of which
  /// `first` is the first in text order; its note is `lead` and the statement
  /// `quoted` gives (``Reference/label``).
  mutating func add(first: Fact, count: Int, limit: Int, lead: Reference.Lead, quoted: () -> String) {
    documentCount += 1
    statementCount += count
    if firsts.count < limit {
      firsts.append(Reference(span: first.span, extent: first.extent, lead: lead, quoted: quoted()))
    }
    files?.append(Int32(truncatingIfNeeded: first.span.file.index))
  }

  /// Adds the summary of documents that all come after this summary's.
  mutating func merge(_ later: Occurrences, limit: Int) {
    documentCount += later.documentCount
    statementCount += later.statementCount
    if firsts.count < limit { firsts.append(contentsOf: later.firsts.prefix(limit - firsts.count)) }
    if let more = later.files { files?.append(contentsOf: more) }
  }
}

/// The statements a finding is compared with: the first statement of each of the
/// first few documents that hold one, in path order, and how many documents do.
struct ReferenceSet: Sendable {
  /// At most the summaries' limit of references, one per document, in path order.
  let firsts: [Reference]
  /// How many documents hold a reference statement.
  let documentCount: Int
  /// ``firsts`` as related locations, and all of them but the last, when made
  /// (``sharingLocations()``). A finding in a document that holds none of the
  /// references shown shows one of the two (``CheckContext/related(_:excluding:ownHasReference:)``):
  /// most findings do, and they share these arrays instead of making one each.
  private(set) var locations: (all: [RelatedLocation], leading: [RelatedLocation])?
  /// The notes that count the documents such a finding leaves out, by their number: the
  /// one or two locations it shows, and its own document holding a reference or not,
  /// give at most four (``CheckContext/moreNote(_:)``).
  private var moreNotes: [(hidden: Int, notes: [String])] = []

  /// No references.
  static let empty = ReferenceSet(firsts: [], documentCount: 0)

  init(firsts: [Reference], documentCount: Int) {
    self.firsts = firsts
    self.documentCount = documentCount
  }

  /// These references with their locations made once, for a set that findings in many
  /// documents point at.
  func sharingLocations() -> ReferenceSet {
    var copy = self
    let all = firsts.map { RelatedLocation(span: $0.extent, message: $0.label) }
    copy.locations = (all, Array(all.dropLast()))
    for shown in [all.count, all.count - 1] where shown >= 0 {
      for others in [documentCount, documentCount - 1] {
        let hidden = others - shown
        guard hidden > 0, !copy.moreNotes.contains(where: { $0.hidden == hidden }) else { continue }
        copy.moreNotes.append((hidden, CheckContext.moreNote(hidden)))
      }
    }
    return copy
  }

  /// The note that counts `hidden` documents left out, made once for this set when it
  /// shares its locations, and made anew otherwise.
  func moreNote(_ hidden: Int) -> [String] {
    for k in moreNotes.indices where moreNotes[k].hidden == hidden { return moreNotes[k].notes }
    return CheckContext.moreNote(hidden)
  }

  /// The references of one class.
  init(_ occurrences: Occurrences) {
    self.init(firsts: occurrences.firsts, documentCount: occurrences.documentCount)
  }

  /// The references of several classes together. Each class keeps the first few
  /// documents it occurs in, and any of the first few documents of the union is
  /// among the first few of every class it occurs in, so its first statement is
  /// known. The classes must keep their files (``Occurrences/init(keepingFiles:)``).
  init(union members: [Occurrences], limit: Int) {
    if members.count == 1 {
      self.init(members[0])
      return
    }
    var first: [Int: Reference] = [:]
    for member in members {
      for reference in member.firsts {
        let file = reference.span.file.index
        if let known = first[file], known.span <= reference.span { continue }
        first[file] = reference
      }
    }
    let firsts = Array(first.values.sorted { $0.span < $1.span }.prefix(limit))
    // Count the distinct files of the sorted lists.
    var all: [Int32] = []
    for member in members { all.append(contentsOf: member.files ?? []) }
    all.sort()
    var count = 0
    var previous: Int32 = -1
    for file in all where file != previous {
      count += 1
      previous = file
    }
    self.init(firsts: firsts, documentCount: count)
  }
}
