/// What extraction found in one document.
public struct DocumentFacts: Sendable {
  /// The document.
  public var file: FileID
  /// Facts read from the document alone, in text order.
  public var facts: [Fact] {
    didSet { orderedKinds = nil }
  }
  /// Capitalised word runs, for linking names across the corpus.
  var nameRuns: NameRuns
  /// The byte range of every sentence.
  public var sentences: [Span]
  /// Inline suppression directives.
  public var suppressions: [Suppression] = []
  /// The kind of each fact, noted when the facts were put in the order checks read
  /// them (``orderForChecks()``) and forgotten when they change.
  private var orderedKinds: [FactKind]? = nil

  /// What extraction found in the document `file`, its facts in text order.
  init(file: FileID, facts: [Fact], nameRuns: NameRuns, sentences: [Span], suppressions: [Suppression] = []) {
    self.file = file
    self.facts = facts
    self.nameRuns = nameRuns
    self.sentences = sentences
    self.suppressions = suppressions
  }
}

extension DocumentFacts {
  /// Puts the facts in the order checks read them, the order linking leaves them
  /// in: by span, then by kind. The sort is stable, so facts equal in both keep
  /// their order, and ordering facts again after more are added gives the order
  /// one sort of them all would.
  ///
  /// The kinds of the facts are noted as they are ordered, while their cells are in
  /// the cache: the checks ask for them later, of every document, once the cells are not.
  mutating func orderForChecks() {
    facts.sort { ($0.span, $0.kind) < ($1.span, $1.kind) }
    orderedKinds = Self.kinds(of: facts)
  }

  /// Appends `more` and puts all the facts in the order checks read them, as
  /// ``orderForChecks()`` after the append would. When the facts held are in that
  /// order already, `more` is ordered alone and merged in from the back, each fact
  /// moved once, where sorting them all went over runs of them again and again.
  /// `more` is handed over, so that ordering it copies nothing.
  mutating func appendOrderedForChecks(_ more: consuming [Fact]) {
    guard !more.isEmpty else { return orderForChecks() }
    let held = facts.count
    let inOrder = facts.withUnsafeBufferPointer { all in
      all.indices.dropFirst().allSatisfy { !Self.precedes(all.baseAddress! + $0, all.baseAddress! + $0 - 1) }
    }
    if inOrder { more.sort { ($0.span, $0.kind) < ($1.span, $1.kind) } }
    // Reserving the exact size moves the facts into a buffer that fits, without copying
    // them (appending alone would leave up to half of a doubled buffer empty).
    let added = more.count
    facts.reserveCapacity(held + added)
    facts.append(contentsOf: more)
    guard inOrder else { return orderForChecks() }
    facts.withUnsafeMutableBufferPointer { all in
      Self.mergeBack(all.baseAddress!, held: held, added: added)
    }
    orderedKinds = Self.kinds(of: facts)
  }

  /// Merges the ordered facts at `base[held...]`, `added` of them, into the ordered
  /// facts before them, from the back: each fact is moved, not copied, so no reference
  /// is counted. On a tie the fact held comes first, as in a stable sort of them all.
  private static func mergeBack(_ base: UnsafeMutablePointer<Fact>, held: Int, added: Int) {
    withUnsafeTemporaryAllocation(of: Fact.self, capacity: added) { spare in
      let more = spare.baseAddress!
      more.moveInitialize(from: base + held, count: added)
      var (i, j, k) = (held, added, held + added)
      while j > 0 && i > 0 {
        k -= 1
        if precedes(more + j - 1, base + i - 1) {
          (base + k).moveInitialize(from: base + i - 1, count: 1)
          i -= 1
        } else {
          (base + k).moveInitialize(from: more + j - 1, count: 1)
          j -= 1
        }
      }
      // What is left of the held facts is in place; what is left of the others goes first.
      base.moveInitialize(from: more, count: j)
    }
  }

  /// Whether the fact at `a` comes before the one at `b` in the order checks read
  /// them; both are read where they are.
  @inline(__always) private static func precedes(_ a: UnsafePointer<Fact>, _ b: UnsafePointer<Fact>) -> Bool {
    (a.pointee.span, a.pointee.kind) < (b.pointee.span, b.pointee.kind)
  }

  /// The kind of each fact, in the order of ``facts``: selections and the sieve scan
  /// these bytes and open only the facts they take.
  var kinds: [FactKind] { orderedKinds ?? Self.kinds(of: facts) }

  private static func kinds(of facts: [Fact]) -> [FactKind] {
    facts.withUnsafeBufferPointer { facts in facts.indices.map { facts[$0].kind } }
  }
}

/// Extracts facts from one document's bytes. Stateless and thread-safe.
public enum Extractor {
  /// Extracts the facts of `file`.
  public static func extract(_ file: SourceFile) -> DocumentFacts {
    extract(file, dated: nil)
  }

  /// Extracts the facts of `file`; relative dates count from the date line of the
  /// document or, if it has none, from day number `dated` (days since 1970-01-01).
  public static func extract(_ file: SourceFile, dated: Int?) -> DocumentFacts {
    extract(file, dated: dated, kinds: .all)
  }

  /// Extracts the facts of `file` of the `kinds` asked for, with every person and
  /// name. The text is read as for all kinds, so the facts made are those a full
  /// extraction makes of these kinds; the others are passed over, never built.
  static func extract(_ file: SourceFile, dated: Int? = nil, kinds: FactKindSet) -> DocumentFacts {
    file.bytes.withUnsafeBufferPointer { extract(bytes: $0, file: file.id, dated: dated, kinds: kinds) }
  }

  /// Extracts the facts of UTF-8 `bytes` belonging to `file`.
  public static func extract(bytes: UnsafeBufferPointer<UInt8>, file: FileID, dated: Int? = nil) -> DocumentFacts {
    extract(bytes: bytes, file: file, dated: dated, kinds: .all)
  }

  /// Extracts the facts of the `kinds` asked for (people and names always) from
  /// UTF-8 `bytes` belonging to `file`.
  static func extract(
    bytes: UnsafeBufferPointer<UInt8>, file: FileID, dated: Int? = nil, kinds: FactKindSet
  ) -> DocumentFacts {
    let suppressions = SuppressionScanner.scan(bytes, file: file)
    let excluded = SuppressionScanner.excludedRanges(suppressions, bytes: bytes)
    // The readers read the tokens where the tokenizer left them, while the sink lives.
    let sink = Tokenizer.tokenSink(bytes, excluding: excluded)
    let capitalized = sink.capitalizedWords
    return sink.read { tokens, forms, sentences in
      let cursor = TokenCursor(tokens: tokens, forms: forms, bytes: bytes, file: file)
      let quantities = QuantityReader(cursor: cursor, kinds: kinds)
      let people = PersonReader(c: cursor)
      var facts: [Fact] = []
      // Prose dense in facts states one in about ten tokens: room for that many is made
      // at once, not grown fact by fact (a fact is one reference: the room costs little).
      facts.reserveCapacity(tokens.count / 10)
      var runs = NameRuns()
      // Every word of a name run is capitalised, and a run holds one word or more:
      // room for all of them is made at once, not grown a run at a time.
      runs.reserveCapacity(runs: capitalized, words: capitalized)
      for sentence in sentences {
        quantities.read(sentence, into: &facts)
        people.read(sentence, people: &facts, runs: &runs)
      }
      facts.sort { $0.span < $1.span }
      if let day = DocumentDate.find(facts, cursor: cursor) ?? dated { DocumentDate.resolve(&facts, from: day) }
      return DocumentFacts(
        file: file, facts: facts, nameRuns: runs,
        sentences: sentences.map { Span(file: file, start: $0.start, end: $0.end) }, suppressions: suppressions)
    }
  }
}
