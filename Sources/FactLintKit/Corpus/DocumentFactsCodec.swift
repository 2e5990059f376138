/// A compact binary form of one document's facts, for a streamed check that
/// writes them to a scratch file after extracting them once and reads them back in
/// its later passes (``DocumentRecords``).
///
/// Everything a ``DocumentFacts`` holds is written: its facts with every field,
/// each after its length in bytes (a reader that wants some kinds of fact steps
/// over the rest), its name runs, sentences and suppressions. Spans are written
/// without their file, as byte offsets, and take the file given to
/// ``decode(_:file:kinds:source:)``: every span extraction makes lies in the
/// document it reads. Texts the document spells where they stand are written as
/// marks, read back from the document's bytes. A fact's unit and hedge are written
/// as their codes in ``FactSymbols``, so an encoding is read back by the process
/// that wrote it, never kept. Decoding gives facts equal to those encoded (tests
/// hold it to that for generated reports and the seeds).
enum DocumentFactsCodec {
  /// Appends the encoding of `document` to `out`. Texts that `source`, the
  /// document's bytes, spells where they stand are written as marks, and read back
  /// from the same bytes given to ``decode(_:file:kinds:source:)``.
  static func encode(_ document: DocumentFacts, source: UnsafeBufferPointer<UInt8>? = nil, into out: inout ByteEncoder)
  {
    let facts = document.facts
    out.unsigned(facts.count)
    // Each fact's length comes before it, so that a pass that wants only some kinds
    // steps over the others without reading them. A fact is written in place after a
    // byte kept for its length, which most fit in; a longer one moves over for more.
    for f in facts.indices {
      let start = out.bytes.count
      out.byte(0)
      facts[f].encode(into: &out, source: source)
      let length = out.bytes.count - start - 1
      if length < 0x80 {
        out.bytes[start] = UInt8(length)
      } else {
        var prefix = ByteEncoder()
        prefix.unsigned(length)
        out.bytes.replaceSubrange(start..<(start + 1), with: prefix.bytes)
      }
    }
    out.unsigned(document.sentences.count)
    var previous = 0
    for sentence in document.sentences {
      out.signed(sentence.start - previous)
      out.unsigned(sentence.end - sentence.start)
      previous = sentence.start
    }
    out.unsigned(document.nameRuns.count)
    out.unsigned(document.nameRuns.wordCount)
    for run in document.nameRuns {
      out.unsigned(run.words.count)
      for k in run.words.indices {
        let span = run.spans[k]
        span.encodeOffsets(into: &out)
        out.string(run.words[k], spelledAt: span.start..<span.end, in: source)
      }
      out.byte(run.quoted ? 1 : 0)
      run.sentence.encodeOffsets(into: &out)
    }
    out.unsigned(document.suppressions.count)
    for suppression in document.suppressions {
      out.strings(suppression.rules)
      out.string(suppression.reason)
      out.byte(suppression.wholeFile ? 1 : 0)
      suppression.span.encodeOffsets(into: &out)
      out.unsigned(suppression.ruleSpans.count)
      for s in suppression.ruleSpans { s.encodeOffsets(into: &out) }
    }
  }

  /// The document encoded at the decoder's place, its spans in `file`, with its
  /// facts of `kinds` only; `source` must be the bytes given to
  /// ``encode(_:source:into:)``. `nil` when the bytes are not an encoding.
  static func decode(
    _ input: inout ByteDecoder, file: FileID, kinds: FactKindSet = .all, source: UnsafeBufferPointer<UInt8>? = nil
  ) -> DocumentFacts? {
    let factCount = input.count()
    var facts: [Fact] = []
    facts.reserveCapacity(kinds == .all ? factCount : Self.count(factCount, of: kinds, in: input))
    for _ in 0..<factCount {
      let length = input.count()
      guard kinds.contains(position: Int(input.peek())) else {
        input.skip(length)
        continue
      }
      let end = input.offset + length
      guard let fact = Fact(decoding: &input, file: file, source: source), input.offset == end else { return nil }
      facts.append(fact)
    }
    let sentenceCount = input.count()
    var sentences: [Span] = []
    sentences.reserveCapacity(sentenceCount)
    var previous = 0
    for _ in 0..<sentenceCount {
      let start = previous &+ input.signed()
      sentences.append(Span(file: file, start: start, end: start &+ input.unsigned()))
      previous = start
    }
    var runs = NameRuns()
    let runCount = input.count()
    runs.reserveCapacity(runs: runCount, words: input.count())
    for _ in 0..<runCount {
      let words = input.count()
      guard words > 0 else { return nil }
      for _ in 0..<words {
        let span = Span(decodingOffsets: &input, file: file)
        runs.appendWord(input.string(spelledAt: span.start..<span.end, in: source), span: span)
      }
      let quoted = input.byte() != 0
      runs.closeRun(quoted: quoted, sentence: Span(decodingOffsets: &input, file: file))
    }
    var suppressions: [Suppression] = []
    for _ in 0..<input.count() {
      let rules = input.strings()
      let reason = input.string()
      let wholeFile = input.byte() != 0
      let at = Span(decodingOffsets: &input, file: file)
      let ruleSpans = (0..<input.count()).map { _ in Span(decodingOffsets: &input, file: file) }
      suppressions.append(
        Suppression(rules: rules, reason: reason, wholeFile: wholeFile, span: at, ruleSpans: ruleSpans))
    }
    guard !input.failed else { return nil }
    return DocumentFacts(
      file: file, facts: facts, nameRuns: runs, sentences: sentences, suppressions: suppressions)
  }
}

extension DocumentFactsCodec {
  /// How many of the `factCount` facts encoded from the decoder's place are of
  /// `kinds`: each is stepped over by its length, the decoder left where it is.
  fileprivate static func count(_ factCount: Int, of kinds: FactKindSet, in input: ByteDecoder) -> Int {
    var input = input
    var count = 0
    for _ in 0..<factCount {
      let length = input.count()
      if kinds.contains(position: Int(input.peek())) { count += 1 }
      input.skip(length)
    }
    return input.failed ? 0 : count
  }
}

extension Span {
  /// Appends the span's start and length, without its file.
  func encodeOffsets(into out: inout ByteEncoder) {
    out.unsigned(start)
    out.unsigned(length)
  }

  /// The span ``encodeOffsets(into:)`` wrote at the decoder's place, in `file`.
  init(decodingOffsets input: inout ByteDecoder, file: FileID) {
    let start = input.unsigned()
    self.init(file: file, start: start, end: start &+ input.unsigned())
  }
}

extension CountedNoun {
  /// Appends the noun's binary form, its span without its file; its phrase is a
  /// mark when `source` spells it at its span.
  func encode(into out: inout ByteEncoder, source: UnsafeBufferPointer<UInt8>?) {
    span.encodeOffsets(into: &out)
    out.string(head)
    out.string(lemma)
    out.strings(modifiers)
    if let complement {
      out.byte(1)
      out.string(complement)
    } else {
      out.byte(0)
    }
    out.strings(qualifiers)
    out.string(phrase, spelledAt: span.start..<span.end, in: source, lowercased: true)
  }

  /// The noun ``encode(into:source:)`` wrote at the decoder's place, its span in `file`.
  init(decoding input: inout ByteDecoder, file: FileID, source: UnsafeBufferPointer<UInt8>?) {
    let span = Span(decodingOffsets: &input, file: file)
    let head = input.string()
    let lemma = input.string()
    let modifiers = input.strings()
    let complement: String? = input.byte() == 0 ? nil : input.string()
    let qualifiers = input.strings()
    let phrase = input.string(spelledAt: span.start..<span.end, in: source, lowercased: true)
    self.init(
      head: head, lemma: lemma, modifiers: modifiers, complement: complement, qualifiers: qualifiers,
      phrase: phrase, span: span)
  }
}

extension Title {
  /// Appends the title's binary form, its span without its file; its text is a mark
  /// when `source` spells it at its span.
  func encode(into out: inout ByteEncoder, source: UnsafeBufferPointer<UInt8>?) {
    span.encodeOffsets(into: &out)
    out.string(text, spelledAt: span.start..<span.end, in: source)
    out.byte((isFormer ? 1 : 0) | (rank == nil ? 0 : 2) | (jurisdiction == nil ? 0 : 4))
    if let rank { out.string(rank) }
    out.string(office)
    if let jurisdiction { out.string(jurisdiction) }
  }

  /// The title ``encode(into:source:)`` wrote at the decoder's place, its span in `file`.
  init(decoding input: inout ByteDecoder, file: FileID, source: UnsafeBufferPointer<UInt8>?) {
    let span = Span(decodingOffsets: &input, file: file)
    let text = input.string(spelledAt: span.start..<span.end, in: source)
    let flags = input.byte()
    let rank: String? = flags & 2 == 0 ? nil : input.string()
    let office = input.string()
    let jurisdiction: String? = flags & 4 == 0 ? nil : input.string()
    self.init(
      text: text, isFormer: flags & 1 != 0, rank: rank, office: office, jurisdiction: jurisdiction, span: span)
  }
}
