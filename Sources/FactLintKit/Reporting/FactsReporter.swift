/// Renders extracted facts: a readable table, a JSON array, JSON Lines, or counts.
public struct FactsReporter: Sendable {
  /// `table`, `json`, `jsonl` or `stats`.
  public var format: String

  /// Creates the reporter.
  public init(format: String) { self.format = format }

  /// The output for the facts of `corpus`.
  public func render(_ corpus: Corpus) -> String {
    // Read in place: a flattened copy would double the memory of a large corpus.
    let facts = corpus.documents.lazy.flatMap(\.facts)
    switch format {
    case "json": return JSON.array(facts.map { json($0, corpus) }) + "\n"
    case "jsonl": return facts.map { json($0, corpus) + "\n" }.joined()
    case "stats": return stats(facts, documents: corpus.documents.count)
    default: return table(facts, corpus)
    }
  }

  /// A fact file (``FactFile``): for each document read, its `document` line, then
  /// one line for each of its linked facts, as in the `jsonl` format.
  public func renderFactFile(_ loaded: LintPipeline.Loaded) -> String {
    let corpus = loaded.corpus
    var extractedByFile: [FileID: DocumentFacts] = [:]
    for document in loaded.extracted { extractedByFile[document.file] = document }
    var linkedByFile: [FileID: [Fact]] = [:]
    for document in corpus.documents { linkedByFile[document.file] = document.facts }
    var problemsByFile: [FileID: [Diagnostic]] = [:]
    for d in loaded.diagnostics { problemsByFile[d.span.file, default: []].append(d) }
    var out = ""
    for file in corpus.sources.files where file.role == .document {
      out += FactFile.documentLine(
        extractedByFile[file.id], file: file, problems: problemsByFile[file.id] ?? [],
        walkProblem: loaded.walkProblemFiles.contains(file.id))
      out += "\n"
      for fact in linkedByFile[file.id] ?? [] { out += json(fact, corpus) + "\n" }
    }
    return out
  }

  /// The number of documents and facts, then facts by kind: `facts 1234 (count 56, date 7, …)`.
  private func stats(_ facts: some Sequence<Fact>, documents: Int) -> String {
    var byKind: [FactKind: Int] = [:]
    var total = 0
    for fact in facts {
      byKind[fact.kind, default: 0] += 1
      total += 1
    }
    let kinds = byKind.keys.sorted().map { "\($0.rawValue) \(byKind[$0]!)" }.joined(separator: ", ")
    return "documents \(documents)\nfacts \(total) (\(kinds))\n"
  }

  private func table(_ facts: some Sequence<Fact>, _ corpus: Corpus) -> String {
    var out = ""
    for fact in facts {
      let file = corpus.sources[fact.span.file]
      let loc = file.location(of: fact.span.start)
      var line =
        "\(file.path):\(loc.line):\(loc.column)  \(fact.kind.rawValue)  \"\(CheckContext.oneLine(fact.text))\""
      if let value = fact.value { line += "  value=\(describe(value, unit: fact.unit))" }
      if let hedge = fact.hedge { line += "  hedge=\(hedge)" }
      if let noun = fact.noun {
        line += "  noun=\(noun.lemma)" + (noun.phrase != noun.lemma ? " (\(noun.phrase))" : "")
      }
      if fact.perSide { line += "  per-side=\(fact.perSideMarker ?? "yes")" }
      if !fact.qualifiers.isEmpty { line += "  \(fact.qualifiers.joined(separator: ","))" }
      if let person = fact.person { line += "  person=\(person)" }
      if let title = fact.title { line += "  title=\"\(CheckContext.oneLine(title.text))\" (\(title.normalized))" }
      if fact.quoted { line += "  quoted" }
      out += line + "\n"
    }
    return out
  }

  /// A value with its unit made readable: seconds as `2h`, day numbers as dates.
  func describe(_ value: Interval, unit: String?) -> String {
    switch unit {
    case "day":
      if value.isExact { return CalendarMath.isoDate(Int(value.lower)) }
      let lo = value.lower.isFinite ? CalendarMath.isoDate(Int(value.lower)) : "-∞"
      let hi = value.upper.isFinite ? CalendarMath.isoDate(Int(value.upper)) : "∞"
      return "[\(lo), \(hi))"
    case "s": return value.description + "s"
    case "%": return value.description + "%"
    case "weekday": return Lexicon.weekdayNames[max(1, min(7, Int(value.lower)))]
    default: return value.description
    }
  }

  private func json(_ fact: Fact, _ corpus: Corpus) -> String {
    let file = corpus.sources[fact.span.file]
    let start = file.location(of: fact.span.start)
    let end = file.location(of: fact.span.end)
    var pairs: [(String, String)] = [
      ("kind", JSON.string(fact.kind.rawValue)),
      ("file", JSON.string(file.path)),
      ("line", String(start.line)),
      ("column", String(start.column)),
      ("end_line", String(end.line)),
      ("end_column", String(end.column)),
      ("offset", String(fact.span.start)),
      ("length", String(fact.span.length)),
      ("text", JSON.string(fact.text)),
    ]
    if let v = fact.value {
      pairs.append(
        (
          "value",
          JSON.object([
            ("lower", JSON.number(v.lower)), ("upper", JSON.number(v.upper)),
            ("lower_closed", String(v.lowerClosed)), ("upper_closed", String(v.upperClosed)),
          ])
        ))
    } else {
      pairs.append(("value", "null"))
    }
    pairs.append(("unit", JSON.optional(fact.unit)))
    pairs.append(("hedge", JSON.optional(fact.hedge)))
    if let n = fact.noun {
      pairs.append(
        (
          "noun",
          JSON.object([
            ("head", JSON.string(n.head)), ("lemma", JSON.string(n.lemma)), ("phrase", JSON.string(n.phrase)),
            ("modifiers", JSON.array(n.modifiers.map(JSON.string))), ("complement", JSON.optional(n.complement)),
            ("qualifiers", JSON.array(n.qualifiers.map(JSON.string))),
          ])
        ))
    } else {
      pairs.append(("noun", "null"))
    }
    pairs.append(("per_side", String(fact.perSide)))
    pairs.append(("per_side_marker", JSON.optional(fact.perSideMarker)))
    pairs.append(("qualifiers", JSON.array(fact.qualifiers.map(JSON.string))))
    pairs.append(("person", JSON.optional(fact.person)))
    if let t = fact.title {
      pairs.append(
        (
          "title",
          JSON.object([
            ("text", JSON.string(t.text)), ("normalized", JSON.string(t.normalized)), ("former", String(t.isFormer)),
            ("rank", JSON.optional(t.rank)), ("office", JSON.string(t.office)),
            ("jurisdiction", JSON.optional(t.jurisdiction)),
          ])
        ))
    } else {
      pairs.append(("title", "null"))
    }
    pairs.append(("quoted", String(fact.quoted)))
    let sentence = file.location(of: fact.sentence.start)
    pairs.append(("sentence_line", String(sentence.line)))
    return JSON.object(pairs)
  }
}
