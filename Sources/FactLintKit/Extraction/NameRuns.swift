/// A run of capitalised words that may be a name, kept for linking across the corpus:
/// a view into the ``NameRuns`` of its document.
struct NameRun {
  /// The name's words as written (possessive removed).
  let words: ArraySlice<String>
  /// The span of each word.
  let spans: ArraySlice<Span>
  /// Whether the run sits inside a quotation.
  let quoted: Bool
  /// The sentence.
  let sentence: Span

  /// The words joined by single spaces.
  var name: String { words.joinedBySpaces }
}

/// The name runs of one document, their words and spans held in two arrays for the
/// whole document.
///
/// A document has dozens of runs of one to four words. Held as two arrays each, they
/// cost two allocations to make and a walk through both to let go, per run; held here,
/// a document's runs cost a few allocations, and letting them go releases three arrays.
struct NameRuns: Sendable, RandomAccessCollection {
  private var words: [String] = []
  private var spans: [Span] = []
  private var runs: [Entry] = []

  private struct Entry: Sendable {
    /// The run's words and spans: positions in `words` and `spans`.
    var parts: Range<Int32>
    var quoted: Bool
    var sentence: Span
  }

  /// No runs.
  init() {}

  /// The words of all the runs.
  var wordCount: Int { words.count }

  /// Makes room for `runs` runs of `words` words in all, to be added without growing.
  mutating func reserveCapacity(runs: Int, words: Int) {
    self.runs.reserveCapacity(runs)
    self.words.reserveCapacity(words)
    spans.reserveCapacity(words)
  }

  var startIndex: Int { 0 }
  var endIndex: Int { runs.count }

  subscript(position: Int) -> NameRun {
    let entry = runs[position]
    let parts = Int(entry.parts.lowerBound)..<Int(entry.parts.upperBound)
    return NameRun(words: words[parts], spans: spans[parts], quoted: entry.quoted, sentence: entry.sentence)
  }

  /// Adds a run of `words`, one span each (as many as words, at least one).
  mutating func append(words: [String], spans: [Span], quoted: Bool, sentence: Span) {
    precondition(words.count == spans.count, "a name run has one span per word")
    for k in words.indices { appendWord(words[k], span: spans[k]) }
    closeRun(quoted: quoted, sentence: sentence)
  }

  /// Adds one word to the run being built; ``closeRun(quoted:sentence:)`` ends it.
  mutating func appendWord(_ word: String, span: Span) {
    words.append(word)
    spans.append(span)
  }

  /// Ends the run made of the words added since the last run ended.
  mutating func closeRun(quoted: Bool, sentence: Span) {
    let first = runs.last.map { $0.parts.upperBound } ?? 0
    precondition(Int(first) < words.count, "a name run has at least one word")
    runs.append(Entry(parts: first..<Int32(words.count), quoted: quoted, sentence: sentence))
  }

  /// The runs with every span, the words' and the sentences', changed by `transform`.
  func mapSpans(_ transform: (Span) throws -> Span) rethrows -> NameRuns {
    var out = self
    out.spans = try spans.map(transform)
    for k in out.runs.indices { out.runs[k].sentence = try transform(out.runs[k].sentence) }
    return out
  }
}
