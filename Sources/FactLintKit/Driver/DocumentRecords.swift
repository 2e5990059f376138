/// What the first pass of a streamed check read of each document, kept in a
/// ``ScratchFile`` for the later passes: the decoded text with the problems met
/// decoding it, and the facts extracted from it and sifted for the rules. The later
/// passes read these records, in long runs, instead of opening every document again
/// and extracting its facts again.
///
/// Documents are appended in order, a run of consecutive ones at a time, by one
/// thread; once all are appended, any worker reads any run. A write that fails (a
/// full disk) empties the file and leaves no record readable: the passes then read
/// the documents again.
struct DocumentRecords: Sendable {
  private let scratch: ScratchFile
  /// Where each document's record ends.
  private var ends: [Int] = []
  /// Whether a write failed: no record is read then.
  private(set) var failed = false

  /// An empty file in `directory`; `nil` when no scratch file can be made there.
  init?(directory: String) {
    guard let scratch = ScratchFile(directory: directory) else { return nil }
    self.scratch = scratch
  }

  /// The records of a run of consecutive documents, made on a worker.
  struct Run: Sendable {
    fileprivate var encoder = ByteEncoder()
    fileprivate var ends: [Int] = []

    /// An empty run.
    init() {}

    /// Adds the next document: as `decoded` (`nil`: it could not be read), with
    /// `facts` when it has text, and what the rules `selected` of those facts.
    mutating func add(
      _ decoded: DocumentDecoder.Decoded?, facts: DocumentFacts?, selected: CorpusSummary.Selected? = nil
    ) {
      if let decoded {
        var flags: UInt8 = 1
        if decoded.bytes != nil { flags |= 2 }
        if decoded.isByteFaithful { flags |= 4 }
        if decoded.bytes != nil && facts != nil { flags |= 8 }
        if decoded.bytes != nil && facts != nil && selected != nil { flags |= 16 }
        encoder.byte(flags)
        encoder.unsigned(decoded.prefixLength)
        encoder.unsigned(decoded.problems.count)
        for problem in decoded.problems {
          encoder.string(problem.path)
          encoder.string(problem.kind.rawValue)
          encoder.string(problem.detail)
          encoder.signed(problem.offset ?? -1)
        }
        if let bytes = decoded.bytes {
          encoder.unsigned(bytes.count)
          encoder.bytes.append(contentsOf: bytes)
          // Facts' texts are marks where the text itself spells them.
          if let facts {
            bytes.withUnsafeBufferPointer { DocumentFactsCodec.encode(facts, source: $0, into: &encoder) }
            selected?.encode(positionsIn: facts.facts, into: &encoder)
          }
        }
      } else {
        encoder.byte(0)
      }
      ends.append(encoder.bytes.count)
    }
  }

  /// Appends the records of the documents that follow those appended so far.
  mutating func append(_ run: Run) {
    let start = ends.last ?? 0
    if !failed && !scratch.write(run.encoder.bytes, at: start) {
      // A full disk is given back to the rest of the machine at once.
      failed = true
      scratch.discard()
    }
    for end in run.ends { ends.append(start + end) }
  }

  /// The records of documents `range`, read at once; `nil` when they cannot be read.
  func load(_ range: Range<Int>) -> Loaded? {
    guard !failed, !range.isEmpty, range.upperBound <= ends.count else { return nil }
    let start = range.lowerBound == 0 ? 0 : ends[range.lowerBound - 1]
    let end = ends[range.upperBound - 1]
    guard let bytes = scratch.read(count: end - start, at: start) else { return nil }
    var bounds = range.map { d in (d == 0 ? 0 : ends[d - 1]) - start }
    bounds.append(end - start)
    return Loaded(bytes: bytes, first: range.lowerBound, bounds: bounds)
  }

  /// A document as the first pass read it.
  struct Document {
    /// The document decoded; `nil` when it could not be read.
    var decoded: DocumentDecoder.Decoded?
    /// Its facts, sifted and in the order checks read them, but not linked; `nil`
    /// when it has no text.
    var facts: DocumentFacts?
    /// What the rules selected of ``facts`` when the first pass summed the document
    /// up (``CorpusSummary/Selected/init(decoding:facts:file:)`` reads it), when
    /// every kind of fact was read back.
    var selections: ArraySlice<UInt8>? = nil
  }

  /// The records of a run of documents, read back.
  struct Loaded {
    fileprivate let bytes: [UInt8]
    fileprivate let first: Int
    /// Where each record starts in ``bytes``, and where the last ends.
    fileprivate let bounds: [Int]

    /// Document `d` as the first pass read it, its spans in `file`, with its facts
    /// of `kinds` (none when `withFacts` is false); `nil` when `d` is not in the run
    /// or its record is damaged.
    func document(_ d: Int, file: FileID, withFacts: Bool = true, kinds: FactKindSet = .all) -> Document? {
      let k = d - first
      guard k >= 0, k + 1 < bounds.count else { return nil }
      return bytes.withUnsafeBytes { raw in
        var input = ByteDecoder(UnsafeRawBufferPointer(rebasing: raw[bounds[k]..<bounds[k + 1]]))
        let flags = input.byte()
        guard flags & 1 != 0 else { return input.failed ? nil : Document(decoded: nil, facts: nil) }
        let prefixLength = input.unsigned()
        var problems: [InputProblem] = []
        for _ in 0..<input.count() {
          let path = input.string()
          guard let kind = InputProblem.Kind(rawValue: input.string()) else { return nil }
          let detail = input.string()
          let offset = input.signed()
          problems.append(InputProblem(path: path, kind: kind, detail: detail, offset: offset < 0 ? nil : offset))
        }
        var text: [UInt8]?
        var facts: DocumentFacts?
        var selections: ArraySlice<UInt8>?
        if flags & 2 != 0 {
          let bytes = input.bytes(count: input.count())
          text = bytes
          if withFacts && flags & 8 != 0 {
            let decoded = bytes.withUnsafeBufferPointer {
              DocumentFactsCodec.decode(&input, file: file, kinds: kinds, source: $0)
            }
            guard let decoded else { return nil }
            facts = decoded
            // The selections point among all the facts: they are of no use with some.
            if flags & 16 != 0 && kinds == .all && !input.failed {
              selections = self.bytes[(bounds[k] + input.offset)..<bounds[k + 1]]
            }
          }
        }
        guard !input.failed else { return nil }
        let decoded = DocumentDecoder.Decoded(
          bytes: text, prefixLength: prefixLength, isByteFaithful: flags & 4 != 0, problems: problems)
        return Document(decoded: decoded, facts: facts, selections: selections)
      }
    }
  }
}
