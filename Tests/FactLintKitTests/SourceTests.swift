import Testing

@testable import FactLintKit

@Suite struct LineTableTests {
  func location(_ text: String, _ offset: Int) -> SourcePosition {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { LineTable($0).location(of: offset, in: $0) }
  }

  @Test func lineFeedCarriageReturnAndLoneCarriageReturnEachEndALine() {
    let text = "a\nb\r\nc\rd"
    #expect(location(text, 0) == SourcePosition(line: 1, column: 1))
    #expect(location(text, 2) == SourcePosition(line: 2, column: 1))
    #expect(location(text, 5) == SourcePosition(line: 3, column: 1))
    #expect(location(text, 7) == SourcePosition(line: 4, column: 1))
  }

  @Test func columnsCountUnicodeScalarsNotBytes() {
    // "é" is 2 bytes, "😀" 4 bytes, a tab 1 byte: each is one column.
    let text = "é😀\tx"
    let offset = Array(text.utf8).count - 1
    #expect(location(text, offset) == SourcePosition(line: 1, column: 4))
  }

  @Test func combiningMarksAndRightToLeftTextAreOneColumnPerScalar() {
    let text = "e\u{301}שלום x"
    let offset = Array(text.utf8).count - 1
    #expect(location(text, offset) == SourcePosition(line: 1, column: 8))
  }

  /// Columns are counted eight bytes at a time; every offset of a long line of
  /// mixed scripts gets the column its scalars give, at every alignment.
  @Test func longLinesCountColumnsAsTheirScalarsDo() {
    // Over 700 bytes: the count runs through several blocks of 31 eight-byte words.
    let text = String(repeating: "ab é😀c שלום\u{301}d", count: 30)
    let scalars = Array(text.unicodeScalars)
    var offset = 0
    for (index, scalar) in scalars.enumerated() {
      #expect(location(text, offset) == SourcePosition(line: 1, column: index + 1), "offset \(offset)")
      offset += String(scalar).utf8.count
    }
    #expect(location(text, offset) == SourcePosition(line: 1, column: scalars.count + 1))
  }

  @Test func offsetsPastTheEndClampToTheLastPosition() {
    #expect(location("ab", 99) == SourcePosition(line: 1, column: 3))
  }

  @Test func lineRangesExcludeTerminators() {
    let bytes = Array("one\r\ntwo\n".utf8)
    let table = LineTable(bytes)
    bytes.withUnsafeBufferPointer { buffer in
      #expect(table.lineRange(0, in: buffer) == 0..<3)
      #expect(table.lineRange(1, in: buffer) == 5..<8)
    }
    #expect(table.lineCount == 2)
  }
}

@Suite struct DocumentDecoderTests {
  @Test func emptyFileIsReportedAndYieldsNoText() {
    let decoded = DocumentDecoder.decode([], path: "e.txt")
    #expect(decoded.bytes == [])
    #expect(decoded.problems.map(\.kind) == [.empty])
  }

  @Test func utf8ByteOrderMarkIsStrippedAndRemembered() {
    let decoded = DocumentDecoder.decode([0xEF, 0xBB, 0xBF] + Array("hi".utf8), path: "b.txt")
    #expect(decoded.bytes == Array("hi".utf8))
    #expect(decoded.prefixLength == 3)
    #expect(decoded.problems.isEmpty)
  }

  @Test func fileHoldingOnlyAByteOrderMarkIsEmpty() {
    let decoded = DocumentDecoder.decode([0xEF, 0xBB, 0xBF], path: "b.txt")
    #expect(decoded.bytes == [])
    #expect(decoded.problems.map(\.kind) == [.empty])
  }

  @Test func utf16WithByteOrderMarkIsDecodedAndMarkedNotFaithful() {
    var raw: [UInt8] = [0xFF, 0xFE]
    for unit in "1,000 prisoners".utf16 { raw += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let decoded = DocumentDecoder.decode(raw, path: "u.txt")
    #expect(decoded.bytes == Array("1,000 prisoners".utf8))
    #expect(decoded.isByteFaithful == false)
    #expect(decoded.problems.map(\.kind) == [.transcoded])
  }

  @Test func nulBytesMarkABinaryFileThatIsSkipped() {
    let decoded = DocumentDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], path: "i.png")
    #expect(decoded.bytes == nil)
    #expect(decoded.problems.map(\.kind) == [.binary])
  }

  @Test(arguments: [
    ([0x61, 0x80, 0x62] as [UInt8], 1),  // lone continuation byte
    ([0x61, 0xC0, 0xAF] as [UInt8], 1),  // overlong "/"
    ([0x61, 0xE2, 0x82] as [UInt8], 1),  // truncated sequence
    ([0x61, 0xED, 0xA0, 0x80] as [UInt8], 1),  // surrogate
  ])
  func invalidUTF8IsReplacedOneForOneAndItsFirstOffsetReported(raw: [UInt8], firstBad: Int) {
    let decoded = DocumentDecoder.decode(raw, path: "x.txt")
    #expect(decoded.bytes?.count == raw.count)
    #expect(decoded.problems.first?.kind == .invalidUTF8)
    #expect(decoded.problems.first?.offset == firstBad)
    #expect(String(validating: decoded.bytes!, as: UTF8.self) != nil)
  }

  /// The check that spares well-formed files a copy agrees with the standard library,
  /// wherever the first ill-formed byte falls against the eight-byte blocks it skips.
  @Test func theWellFormedCheckAgreesWithTheStandardLibrary() {
    let pieces: [[UInt8]] = [
      [0x80], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
      Array("é".utf8), Array("—".utf8), Array("😀".utf8),
    ]
    for piece in pieces {
      for lead in 0...17 {
        for trail in [0, 1, 9] {
          let bytes = [UInt8](repeating: 0x61, count: lead) + piece + [UInt8](repeating: 0x62, count: trail)
          let expected = String(validating: bytes, as: UTF8.self) != nil
          #expect(DocumentDecoder.isWellFormedUTF8(bytes) == expected, "\(bytes)")
          #expect(DocumentDecoder.decode(bytes, path: "x.txt").problems.isEmpty == expected, "\(bytes)")
        }
      }
    }
  }

  @Test func validMultibyteTextIsUntouched() {
    let text = "Zelenskyy — “quoted” 😀"
    let decoded = DocumentDecoder.decode(Array(text.utf8), path: "ok.txt")
    #expect(decoded.bytes == Array(text.utf8))
    #expect(decoded.problems.isEmpty)
  }
}

@Suite struct IntervalTests {
  @Test func overlapRespectsOpenAndClosedBounds() {
    let over22 = Interval(lower: 22, upper: .infinity, lowerClosed: false, upperClosed: false)
    #expect(over22.overlaps(.exactly(23)))
    #expect(!over22.overlaps(.exactly(22)))
    let atLeast22 = Interval(lower: 22, upper: .infinity)
    #expect(atLeast22.overlaps(.exactly(22)))
  }

  @Test func arithmeticFollowsIntervalRules() {
    let half = Interval.exactly(500) * .exactly(2)
    #expect(half == .exactly(1000))
    let range = Interval(lower: 1, upper: 2) - Interval(lower: 0, upper: 1)
    #expect(range.lower == 0 && range.upper == 2)
    let divided = Interval.exactly(10) / Interval(lower: -1, upper: 1)
    #expect(divided.lower == -.infinity)
  }

  @Test func descriptionUsesIntervalNotation() {
    #expect(Interval.exactly(1000).description == "1000")
    #expect(Interval(lower: 0, upper: 7200, upperClosed: false).description == "[0, 7200)")
    #expect(Interval(lower: 22, upper: .infinity, lowerClosed: false).description == "(22, ∞)")
  }
}

/// Output order is by path bytes, then position, then rule.
@Suite struct DiagnosticOrderTests {
  @Test func filesSortByPathBytesWhateverTheirIdsAndFilesSharingAPathInterleave() {
    let sources = SourceManager()
    let b = sources.add(path: "b.txt", bytes: Array("one\ntwo\nthree".utf8), role: .document)
    let a = sources.add(path: "a.txt", bytes: Array("x\ny".utf8), role: .document)
    let again = sources.add(path: "b.txt", bytes: Array("one\ntwo".utf8), role: .document)
    let upper = sources.add(path: "B.txt", bytes: [], role: .document)
    func finding(_ file: FileID, _ offset: Int, _ rule: String) -> Diagnostic {
      Diagnostic(ruleID: rule, severity: .error, message: "m", span: Span(file: file, start: offset, end: offset))
    }
    let sorted = [
      finding(b.id, 8, "z"), finding(again.id, 4, "y"), finding(a.id, 2, "x"), finding(b.id, 0, "w"),
      finding(upper.id, 0, "v"), finding(b.id, 8, "a"),
    ].sortedForOutput(sources: sources)
    #expect(sorted.map(\.ruleID) == ["v", "x", "w", "y", "a", "z"])
  }

  /// Many findings, many of them tied on their place, rule or end, come out each after
  /// the one before it by path, offset (past the file's end, its end), rule, end and
  /// message, and with the same severities as they went in.
  @Test func manyTiedFindingsComeOutInTheDocumentedOrder() {
    let sources = SourceManager()
    let files = ["c.txt", "a.txt", "b.txt", "a.txt", "d/e.txt"].map {
      sources.add(path: $0, bytes: [UInt8](repeating: 0x61, count: 500), role: .document)
    }
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    let severities: [Severity] = [.error, .warning, .note]
    // Few offsets, rules and messages, so that many findings tie on their keys.
    let found = (0..<20_000).map { _ in
      let start = next(520)
      return Diagnostic(
        ruleID: "r\(next(3))", severity: severities[next(3)], message: "m\(next(2))",
        span: Span(file: files[next(files.count)].id, start: start, end: start + next(3)))
    }
    let sorted = found.sortedForOutput(sources: sources)
    #expect(sorted.count == found.count)
    // Sorted in place, the same order, with the findings of each severity counted;
    // the array it was copied from keeps its order.
    var inPlace = found
    let bySeverity = inPlace.sortForOutput(sources: sources)
    #expect(inPlace == sorted)
    #expect(bySeverity == Severity.allCases.map { s in found.filter { $0.severity == s }.count })
    #expect(!inPlace.contains(Diagnostic.placeholder) && !found.contains(Diagnostic.placeholder))
    #expect(
      severities.map { s in sorted.filter { $0.severity == s }.count }
        == severities.map { s in
          found.filter { $0.severity == s }.count
        })
    let ordered = zip(sorted, sorted.dropFirst()).allSatisfy { x, y in
      let (px, py) = (sources[x.span.file].path, sources[y.span.file].path)
      if px != py { return px.utf8Precedes(py) }
      let (sx, sy) = (min(x.span.start, 500), min(y.span.start, 500))
      if sx != sy { return sx < sy }
      if x.ruleID != y.ruleID { return x.ruleID < y.ruleID }
      if x.span.end != y.span.end { return x.span.end < y.span.end }
      return x.message <= y.message
    }
    #expect(ordered)
  }

  /// A few findings in files registered late among many (as a streamed run sorts one
  /// document's findings) are ordered as the same findings among few files are: the
  /// files named are listed by sorting their ids, not through a table of every id.
  @Test func fewFindingsAmongManyFilesSortAsAmongFew() {
    func order(fillers: Int) -> [String] {
      let sources = SourceManager()
      for k in 0..<fillers { _ = sources.add(path: "filler\(k).txt", bytes: [], role: .document) }
      let c = sources.add(path: "c.txt", bytes: Array("abc".utf8), role: .document)
      let a = sources.add(path: "a.txt", bytes: Array("abc".utf8), role: .document)
      let again = sources.add(path: "c.txt", bytes: Array("ab".utf8), role: .document)
      let b = sources.add(path: "b.txt", bytes: Array("abc".utf8), role: .document)
      func finding(_ file: FileID, _ offset: Int, _ rule: String) -> Diagnostic {
        Diagnostic(ruleID: rule, severity: .error, message: "m", span: Span(file: file, start: offset, end: offset))
      }
      return [
        finding(c.id, 2, "c2"), finding(b.id, 1, "b1"), finding(again.id, 9, "c9"), finding(a.id, 0, "a0"),
        finding(c.id, 1, "c1"), finding(b.id, 0, "b0"),
      ].sortedForOutput(sources: sources).map(\.ruleID)
    }
    let few = order(fillers: 0)
    #expect(few == ["a0", "b0", "b1", "c1", "c2", "c9"])
    #expect(order(fillers: 5_000) == few)
  }

  /// Findings moved from one array to the end of another keep their order, the array
  /// they leave is empty, and an array that shares them keeps its own.
  @Test func findingsMovedToTheEndOfAnArrayKeepTheirOrder() {
    let sources = SourceManager()
    let file = sources.add(path: "a.txt", bytes: Array("abcdef".utf8), role: .document)
    func findings(_ rules: [String]) -> [Diagnostic] {
      rules.enumerated().map { k, rule in
        Diagnostic(ruleID: rule, severity: .warning, message: "m\(k)", span: Span(file: file.id, start: k, end: k + 1))
      }
    }
    let first = findings(["a", "b", "c"])
    let second = findings(["d", "e"])
    var target: [Diagnostic] = []
    var source = first
    target.appendMoving(&source)
    #expect(target == first && source.isEmpty)
    source = second
    let shared = source
    target.appendMoving(&source)
    #expect(target == first + second && source.isEmpty)
    #expect(shared == second)
    var empty: [Diagnostic] = []
    target.appendMoving(&empty)
    #expect(target.map(\.ruleID) == ["a", "b", "c", "d", "e"])
    #expect(!target.contains(Diagnostic.placeholder))
  }

  /// Order within a file is by line and column, which byte offsets give: past
  /// multi-byte letters, and at offsets past the end, which share the last position.
  @Test func withinAFileOffsetsOrderAsLinesAndColumnsDo() {
    let sources = SourceManager()
    let file = sources.add(path: "a.txt", bytes: Array("é😀 one\nשלום two".utf8), role: .document)
    func finding(_ offset: Int, _ rule: String) -> Diagnostic {
      Diagnostic(ruleID: rule, severity: .error, message: "m", span: Span(file: file.id, start: offset, end: offset))
    }
    let end = file.bytes.count
    let sorted = [finding(end + 40, "p"), finding(end, "q"), finding(20, "r"), finding(7, "s"), finding(0, "t")]
      .sortedForOutput(sources: sources)
    #expect(sorted.map(\.ruleID) == ["t", "s", "r", "p", "q"])
    let positions = sorted.map { file.location(of: $0.span.start) }
    #expect(positions == positions.sorted())
  }
}

/// The source table is shared by every worker of a run.
@Suite struct SourceManagerConcurrencyTests {
  /// Workers fill, read and empty reserved slots while others add files: every
  /// file keeps its own identifier and text. Under ThreadSanitizer (CI runs the
  /// suite so) this also shows that the table's lock is one the sanitizer sees.
  @Test func workersFillReadAndEmptySlotsWhileOthersAddFiles() {
    let sources = SourceManager()
    let slots = sources.reserve(64)
    Parallel.forEach(count: 256, jobs: 4) { item in
      if item.isMultiple(of: 4) {
        let file = sources.add(path: "added-\(item)", bytes: Array("\(item)".utf8), role: .document)
        #expect(sources[file.id].path == "added-\(item)")
        return
      }
      let id = FileID(slots.lowerBound + item % slots.count)
      let path = "slot-\(id.index)"
      #expect(sources.pin(id) { SourceFile(id: id, path: path, bytes: Array(path.utf8), role: .document) })
      // Pinned, the slot stays filled whoever else pins and unpins it meanwhile.
      #expect(sources[id].path == path)
      sources.unpin(id)
    }
    let added = sources.files.filter { $0.path.hasPrefix("added-") }
    #expect(added.count == 64)
    #expect(
      added.allSatisfy {
        sources[$0.id].path == $0.path && String(decoding: $0.bytes, as: UTF8.self) == $0.path.dropFirst(6)
      })
    #expect(slots.allSatisfy { sources[FileID($0)].path.isEmpty })
  }
}

/// A reserved slot is filled while pinned, by the first pin's file, and emptied by the last unpin.
@Suite struct SourcePinTests {
  @Test func aSlotStaysFilledUntilItsLastPinGoes() {
    let sources = SourceManager()
    let id = FileID(sources.reserve(2).lowerBound)
    var loads = 0
    func load(_ path: String) -> () -> SourceFile? {
      {
        loads += 1
        return SourceFile(id: id, path: path, bytes: Array(path.utf8), role: .document)
      }
    }
    #expect(sources[id].path.isEmpty)
    #expect(sources.pin(id, load: load("first")))
    #expect(sources.pin(id, load: load("second")))
    #expect(loads == 1, "a filled slot is not loaded again")
    #expect(sources[id].path == "first")
    sources.unpin(id)
    #expect(sources[id].path == "first")
    sources.unpin(id)
    #expect(sources[id].path.isEmpty)
    sources.unpin(id)
    #expect(sources[id].path.isEmpty, "an unpinned slot stays empty")
    #expect(!sources.pin(id) { nil })
    #expect(sources[id].path.isEmpty)
    #expect(sources.pin(id, load: load("again")))
    #expect(sources[id].path == "again" && loads == 2)
  }
}

/// Paths sort by their UTF-8 bytes.
@Suite struct ByteOrderTests {
  @Test func utf8OrderIsTheOrderOfTheBytes() {
    let words = [
      "", "a", "a.txt", "a/b.txt", "a/", "A", "é", "e\u{301}", "z", "story-000010", "story-000009", "😀", "ab",
      String(repeating: "long/shared/prefix/", count: 4) + "x", String(repeating: "long/shared/prefix/", count: 4),
    ]
    for a in words {
      for b in words {
        #expect(a.utf8Precedes(b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) < \(b)")
      }
    }
    // Canonically equal strings with different bytes are told apart.
    #expect("e\u{301}".utf8Precedes("é"))
  }
}

@Suite struct LineTableScanTests {
  /// The line starts and columns, found a byte and a code point at a time.
  static func reference(_ text: [UInt8], offset: Int) -> (starts: [Int], position: SourcePosition) {
    var starts = [0]
    var i = 0
    while i < text.count {
      if text[i] == 0x0A {
        starts.append(i + 1)
      } else if text[i] == 0x0D {
        if i + 1 < text.count && text[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    let clamped = min(max(0, offset), text.count)
    let line = starts.lastIndex { $0 <= clamped }!
    let column = text[starts[line]..<clamped].filter { $0 & 0xC0 != 0x80 }.count
    return (starts, SourcePosition(line: line + 1, column: column + 1))
  }

  /// Line breaks of every kind at every offset within and across eight-byte words; and
  /// texts with line feeds alone, which are scanned with `memchr` instead.
  @Test(
    arguments: [
      [[0x61], [0x0A], [0x0D], [0x0D, 0x0A], Array("é".utf8), Array("漢".utf8), [0x20]],
      [[0x61], [0x0A], [0x62, 0x0A], [0x0A, 0x0A], Array("é".utf8), Array("漢".utf8), [0x20]],
    ] as [[[UInt8]]])
  func wordAtATimeScanningFindsWhatAByteAtATimeScanFinds(pieces: [[UInt8]]) {
    var state: UInt64 = 12345
    for length in 0..<200 {
      var text: [UInt8] = []
      while text.count < length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(state >> 33) % (length % 3 == 0 ? 4 : pieces.count)]
      }
      text.withUnsafeBufferPointer { buffer in
        let table = LineTable(buffer)
        #expect(table.isASCII == text.allSatisfy { $0 < 0x80 })
        for offset in [0, text.count / 3, text.count / 2, text.count - 1, text.count, text.count + 5] {
          let expected = Self.reference(text, offset: offset)
          #expect(table.lineStarts == expected.starts, "\(text)")
          #expect(table.location(of: offset, in: buffer) == expected.position, "\(text) at \(offset)")
        }
      }
    }
  }

  /// Code points are counted 32 bytes at a time, a run of ASCII by one test: counts over
  /// every range of prose with a mark outside ASCII now and then, wherever a run of 32
  /// bytes starts, are what a count byte by byte gives.
  @Test func codePointsAreCountedAsByteByByteOverEveryRange() {
    let sentence = Array("The talks — held in İstanbul — lasted under two hours; “no deal”, he said. ".utf8)
    let text = Array((0..<4).map { _ in sentence }.joined())
    text.withUnsafeBufferPointer { buffer in
      for start in 0..<80 {
        for end in stride(from: start, through: text.count, by: 7) {
          let expected = text[start..<end].filter { $0 & 0xC0 != 0x80 }.count
          #expect(LineTable.scalarCount(buffer, start..<end) == expected, "\(start)..<\(end)")
        }
      }
    }
  }

  /// A paragraph may be one line of many kilobytes: its columns are counted from the
  /// checkpoints every few hundred bytes, and must come out as a count from the line's
  /// start does, whichever side of a checkpoint, or of a multi-byte scalar cut by one,
  /// each end falls on.
  @Test func columnsOnLongLinesAreCountedFromCheckpointsAsFromTheLineStart() {
    var state: UInt64 = 987_654_321
    let pieces: [[UInt8]] = [[0x61], [0x20], Array("é".utf8), Array("漢".utf8), Array("🙂".utf8), [0x0A]]
    for length in [511, 512, 513, 1_500, 5_000] {
      var text: [UInt8] = []
      while text.count < length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        // Line breaks are rare, so that most lines run past a checkpoint or several.
        let pick = Int(state >> 33) % 100
        text += pieces[pick == 0 ? 5 : pick % 5]
      }
      text.withUnsafeBufferPointer { buffer in
        let table = LineTable(buffer)
        for offset in stride(from: 0, through: text.count, by: 7) + [510, 511, 512, 513, 1_024, 1_025, text.count] {
          #expect(
            table.location(of: offset, in: buffer) == Self.reference(text, offset: offset).position, "at \(offset)")
        }
      }
    }
  }

  /// A file made without a line table builds one when a line is first asked for,
  /// once, whichever worker asks: its locations are those of a file given its table.
  @Test func aFileWithoutALineTableLocatesAsOneGivenItsTable() {
    let text = Array("Première ligne\r\nsecond line é\rthird 漢字\n\nlast".utf8)
    let given = SourceFile(id: FileID(0), path: "a.txt", bytes: text, role: .document, lines: LineTable(text))
    let lazy = SourceFile(id: FileID(1), path: "b.txt", bytes: text, role: .document)
    let offsets = Array(0...text.count)
    let found = Locked([SourcePosition?](repeating: nil, count: offsets.count))
    Parallel.forEach(count: offsets.count, jobs: 4) { i in
      let position = lazy.location(of: offsets[i])
      found.withLock { $0[i] = position }
    }
    #expect(found.withLock { $0 } == offsets.map { given.location(of: $0) })
    #expect((0..<5).map(lazy.lineRange) == (0..<5).map(given.lineRange))
    #expect(lazy.lines.lineIndex(of: text.count) == 4)
  }
}

@Suite struct SourceLookupTests {
  /// A lookup finds the path and position the report finds, for spans that go back
  /// and forth between files, each file asked of the manager once.
  @Test func aLookupLocatesSpansAsTheReportDoes() {
    let sources = SourceManager()
    let texts = ["first line\nsecond é line\n", "x\ny\nz", "one line, no break", "dossier/très long chemin"]
    let files = texts.enumerated().map { i, text in
      sources.add(path: "dir \(i)/näme-\(i).txt", bytes: Array(text.utf8), role: .document)
    }
    let report = LintReport(sources: sources, diagnostics: [], outcomes: [], documentCount: files.count)
    var lookup = SourceLookup(sources)
    var spans: [Span] = []
    for round in 0..<3 {
      for (i, file) in files.enumerated().reversed() {
        let offset = (round * 7 + i * 3) % (file.bytes.count + 1)
        spans.append(Span(file: file.id, start: offset, end: offset))
      }
    }
    for span in spans {
      let (slot, position) = lookup.position(span)
      var path = ByteWriter()
      lookup.appendPath(slot, to: &path)
      let expected = report.location(span)
      #expect(path.string == expected.path)
      #expect(position == expected.position)
    }
  }

  /// Positions found are kept for the next spans that ask: one span's offset in
  /// another file, at another line and column, is not taken for it.
  @Test func aLookupTellsOneOffsetInManyFilesApart() {
    let sources = SourceManager()
    // File i puts byte 6 on line i % 5 + 1: the same offset, five different positions.
    let files = (0..<130).map { i in
      let text = String(repeating: "\n", count: i % 5) + "words and more words\n"
      return sources.add(path: "f\(i).txt", bytes: Array(text.utf8), role: .document)
    }
    let report = LintReport(sources: sources, diagnostics: [], outcomes: [], documentCount: files.count)
    var lookup = SourceLookup(sources)
    for round in 0..<2 {
      for file in round == 0 ? files : files.reversed() {
        let span = Span(file: file.id, start: 6, end: 7)
        #expect(lookup.position(span).position == report.location(span).position)
      }
    }
  }
}
