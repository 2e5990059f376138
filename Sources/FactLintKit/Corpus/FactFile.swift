import FoundationEssentials

/// Fact files: what extraction read from each document, written by
/// `factlint facts --format jsonl` and read back by `factlint check --facts`,
/// so that extraction can run on shards of a corpus (on other machines) and one
/// check can run over the merged results.
///
/// Each document is one `document` line that holds everything a check needs:
/// the path, the decoded text (for snippets and phrase filters), the facts as
/// read before people are linked across the corpus, the capitalised name runs
/// linking needs, and the input problems met while reading. The document's
/// linked facts follow it as `fact` lines, for people and other tools; a check
/// reads only the `document` lines and links people again over the whole corpus,
/// so the merged check equals a check of the whole corpus in one run.
public enum FactFile {
  /// The version written on every document line.
  public static let version = 1

  /// A document read back from a fact file.
  public struct Document: Sendable {
    public var path: String
    /// The decoded text, or `nil` when the file was skipped (binary, empty).
    public var text: [UInt8]?
    public var prefixLength: Int
    /// Facts and name runs with spans in file 0, to be moved to the document's id.
    var extracted: DocumentFacts
    /// Input problems met while reading the document.
    var problems: [InputProblem]
    /// Whether the file was met while walking directories (a symbolic link loop).
    var walkProblem = false

    /// The document's facts as read, in `file`, with its suppressions scanned again.
    func facts(in file: SourceFile) -> DocumentFacts {
      func move(_ s: Span) -> Span { Span(file: file.id, start: s.start, end: s.end) }
      var out = extracted
      out.file = file.id
      out.sentences = out.sentences.map(move)
      for i in out.facts.indices {
        var f = out.facts[i]
        f.span = move(f.span)
        f.sentence = move(f.sentence)
        f.numberSpan = f.numberSpan.map(move)
        f.perSideSpan = f.perSideSpan.map(move)
        if var noun = f.noun {
          noun.span = move(noun.span)
          f.noun = noun
        }
        if var title = f.title {
          title.span = move(title.span)
          f.title = title
        }
        out.facts[i] = f
      }
      out.nameRuns = out.nameRuns.mapSpans(move)
      out.suppressions = file.bytes.withUnsafeBufferPointer { SuppressionScanner.scan($0, file: file.id) }
      return out
    }
  }

  /// A fact file that cannot be read, with the line at fault.
  public struct ReadError: Error, Sendable {
    public var line: Int
    public var message: String
  }

  // MARK: - Writing

  /// The `document` line of `extracted` (facts as read, before linking).
  static func documentLine(
    _ extracted: DocumentFacts?, file: SourceFile, problems: [Diagnostic], walkProblem: Bool
  ) -> String {
    var pairs: [(String, String)] = [
      ("document", JSON.string(file.path)), ("version", String(version)),
      ("skipped", String(extracted == nil)), ("walk", String(walkProblem)), ("prefix", String(file.prefixLength)),
      ("text", extracted == nil ? "null" : JSON.string(String(decoding: file.bytes, as: UTF8.self))),
    ]
    pairs.append(
      (
        "problems",
        JSON.array(
          problems.map {
            JSON.array([JSON.string($0.ruleID), JSON.string($0.message), String($0.span.start), String($0.span.end)])
          })
      ))
    if let extracted {
      pairs.append(("sentences", JSON.array(extracted.sentences.map(span))))
      pairs.append(("facts", JSON.array(extracted.facts.map(fact))))
      pairs.append(
        (
          "name_runs",
          JSON.array(
            extracted.nameRuns.map { run in
              JSON.array([
                JSON.array(run.words.map(JSON.string)), JSON.array(run.spans.map(span)), String(run.quoted),
                span(run.sentence),
              ])
            })
        ))
    }
    return JSON.object(pairs)
  }

  private static func span(_ s: Span) -> String { "[\(s.start),\(s.end)]" }
  private static func span(_ s: Span?) -> String { s.map(span) ?? "null" }

  /// A double that reads back exactly; infinities as strings.
  private static func number(_ v: Double) -> String {
    if v.isNaN { return "\"nan\"" }
    if v.isInfinite { return v > 0 ? "\"inf\"" : "\"-inf\"" }
    return "\(v)"
  }

  private static func fact(_ f: Fact) -> String {
    var pairs: [(String, String)] = [
      ("k", JSON.string(f.kind.rawValue)), ("s", span(f.span)), ("t", JSON.string(f.text)),
      ("sn", span(f.sentence)), ("q", String(f.quoted)),
    ]
    if let n = f.numberSpan { pairs.append(("ns", span(n))) }
    if let v = f.statedValue { pairs.append(("sv", number(v))) }
    if let v = f.value {
      pairs.append(
        (
          "v",
          JSON.array([number(v.lower), number(v.upper), String(v.lowerClosed), String(v.upperClosed)])
        ))
    }
    if let u = f.unit { pairs.append(("u", JSON.string(u))) }
    if let h = f.hedge { pairs.append(("h", JSON.string(h))) }
    if let n = f.noun {
      pairs.append(
        (
          "n",
          JSON.array([
            JSON.string(n.head), JSON.string(n.lemma), JSON.array(n.modifiers.map(JSON.string)),
            JSON.optional(n.complement), JSON.array(n.qualifiers.map(JSON.string)), JSON.string(n.phrase),
            span(n.span),
          ])
        ))
    }
    if f.perSide {
      pairs.append(("ps", JSON.array([JSON.optional(f.perSideMarker), span(f.perSideSpan)])))
    }
    if !f.qualifiers.isEmpty { pairs.append(("ql", JSON.array(f.qualifiers.map(JSON.string)))) }
    if let p = f.person { pairs.append(("p", JSON.string(p))) }
    if let t = f.title {
      pairs.append(
        (
          "ti",
          JSON.array([
            JSON.string(t.text), String(t.isFormer), JSON.optional(t.rank), JSON.string(t.office),
            JSON.optional(t.jurisdiction), span(t.span),
          ])
        ))
    }
    return JSON.object(pairs)
  }

  // MARK: - Reading

  /// The document lines of a fact file, read in parallel; other lines are skipped.
  public static func read(_ data: Data) throws(ReadError) -> [Document] {
    let bytes = [UInt8](data)
    let marker = Array(#"{"document":"#.utf8)
    var lines: [(Int, Range<Int>)] = []
    var lineNumber = 0
    var start = 0
    while start <= bytes.count {
      lineNumber += 1
      var end = start
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      // Only document lines matter; fact lines start with their kind.
      if end - start >= marker.count && bytes[start..<start + marker.count].elementsEqual(marker) {
        lines.append((lineNumber, start..<end))
      }
      start = end + 1
    }
    let found = lines
    let results = Parallel.map(count: found.count) { k -> Result<Document, ReadError> in
      let (number, range) = found[k]
      do throws(ReadError) {
        let value: JSONValue
        do throws(JSONValue.ParseError) {
          value = try bytes.withUnsafeBufferPointer { buffer throws(JSONValue.ParseError) in
            try JSONValue.parse(UnsafeBufferPointer(rebasing: buffer[range]))
          }
        } catch {
          throw ReadError(line: number, message: "not valid JSON (byte \(error.offset + 1) of the line)")
        }
        return .success(try document(value, line: number))
      } catch {
        return .failure(error)
      }
    }
    var documents: [Document] = []
    for result in results {
      switch result {
      case .success(let document): documents.append(document)
      case .failure(let error): throw error
      }
    }
    return documents
  }

  private static func document(_ o: JSONValue, line: Int) throws(ReadError) -> Document {
    func fail(_ what: String) -> ReadError { ReadError(line: line, message: what) }
    guard let path = o["document"]?.string else { throw fail("'document' must be a path") }
    guard o["version"]?.int == version else {
      throw fail("written by another version of factlint (fact file version \(version) expected)")
    }
    let prefix = o["prefix"]?.int ?? 0
    var problems: [InputProblem] = []
    for item in o["problems"]?.array ?? [] {
      guard let p = item.array, p.count == 4, let rule = p[0].string, let kind = InputProblem.Kind(rawValue: rule),
        let message = p[1].string, let start = p[2].int, let end = p[3].int
      else { throw fail("malformed problem") }
      // Written from a diagnostic: a located problem covers one byte, an unlocated one none.
      problems.append(InputProblem(path: path, kind: kind, detail: message, offset: end > start ? start : nil))
    }
    let placeholder = FileID(0)
    var extracted = DocumentFacts(file: placeholder, facts: [], nameRuns: NameRuns(), sentences: [])
    let walk = o["walk"]?.bool ?? false
    guard let text = o["text"]?.string else {
      return Document(
        path: path, text: nil, prefixLength: prefix, extracted: extracted, problems: problems, walkProblem: walk)
    }
    let bytes = Array(text.utf8)
    func readSpan(_ value: JSONValue?) throws(ReadError) -> Span {
      guard let pair = value?.array, pair.count == 2, let start = pair[0].int, let end = pair[1].int, start >= 0,
        start <= end, end <= bytes.count
      else { throw fail("malformed span") }
      return Span(file: placeholder, start: start, end: end)
    }
    func readNumber(_ value: JSONValue?) throws(ReadError) -> Double {
      if let d = value?.double { return d }
      switch value?.string {
      case "inf": return .infinity
      case "-inf": return -.infinity
      case "nan": return .nan
      default: throw fail("malformed number")
      }
    }
    func strings(_ value: JSONValue?) -> [String]? { value?.array?.compactMap(\.string) }
    for s in o["sentences"]?.array ?? [] { extracted.sentences.append(try readSpan(s)) }
    for f in o["facts"]?.array ?? [] {
      guard let kindName = f["k"]?.string, let kind = FactKind(rawValue: kindName), let factText = f["t"]?.string
      else { throw fail("malformed fact") }
      var fact = Fact(
        kind: kind, span: try readSpan(f["s"]), text: factText, sentence: try readSpan(f["sn"]),
        quoted: f["q"]?.bool ?? false)
      if f["ns"] != nil { fact.numberSpan = try readSpan(f["ns"]) }
      if f["sv"] != nil { fact.statedValue = try readNumber(f["sv"]) }
      if let v = f["v"]?.array, v.count == 4 {
        fact.value = Interval(
          lower: try readNumber(v[0]), upper: try readNumber(v[1]), lowerClosed: v[2].bool ?? true,
          upperClosed: v[3].bool ?? true)
      }
      fact.unit = f["u"]?.string
      fact.hedge = f["h"]?.string
      if let n = f["n"]?.array, n.count == 7, let head = n[0].string, let lemma = n[1].string,
        let modifiers = strings(n[2]), let qualifiers = strings(n[4]), let phrase = n[5].string
      {
        fact.noun = CountedNoun(
          head: head, lemma: lemma, modifiers: modifiers, complement: n[3].string, qualifiers: qualifiers,
          phrase: phrase, span: try readSpan(n[6]))
      }
      if let ps = f["ps"]?.array, ps.count == 2 {
        fact.perSide = true
        fact.perSideMarker = ps[0].string
        if !ps[1].isNull { fact.perSideSpan = try readSpan(ps[1]) }
      }
      fact.qualifiers = strings(f["ql"]) ?? []
      fact.person = f["p"]?.string
      if let t = f["ti"]?.array, t.count == 6, let titleText = t[0].string, let former = t[1].bool,
        let office = t[3].string
      {
        fact.title = Title(
          text: titleText, isFormer: former, rank: t[2].string, office: office, jurisdiction: t[4].string,
          span: try readSpan(t[5]))
      }
      extracted.facts.append(fact)
    }
    for r in o["name_runs"]?.array ?? [] {
      guard let run = r.array, run.count == 4, let words = strings(run[0]), let spans = run[1].array,
        let quoted = run[2].bool, words.count == spans.count, !words.isEmpty
      else { throw fail("malformed name run") }
      var runSpans: [Span] = []
      for s in spans { runSpans.append(try readSpan(s)) }
      extracted.nameRuns.append(words: words, spans: runSpans, quoted: quoted, sentence: try readSpan(run[3]))
    }
    return Document(
      path: path, text: bytes, prefixLength: prefix, extracted: extracted, problems: problems, walkProblem: walk)
  }
}
