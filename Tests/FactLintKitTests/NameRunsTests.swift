import Testing

@testable import FactLintKit

/// A document's name runs, held in arrays for the whole document, read back as the
/// runs they were added as.
@Suite struct NameRunsTests {
  static func span(_ start: Int, _ end: Int, file: Int = 0) -> Span { Span(file: FileID(file), start: start, end: end) }

  @Test func eachRunReadsBackItsWordsSpansAndName() {
    var runs = NameRuns()
    runs.append(
      words: ["Vladimir", "Medinsky"], spans: [Self.span(0, 8), Self.span(9, 17)], quoted: false,
      sentence: Self.span(0, 40))
    for (word, start) in [("Rustem", 50), ("Umerov", 57)] { runs.appendWord(word, span: Self.span(start, start + 6)) }
    runs.closeRun(quoted: true, sentence: Self.span(45, 80))
    runs.append(words: ["Fidan"], spans: [Self.span(90, 95)], quoted: false, sentence: Self.span(85, 99))

    #expect(runs.count == 3)
    #expect(runs.map { Array($0.words) } == [["Vladimir", "Medinsky"], ["Rustem", "Umerov"], ["Fidan"]])
    #expect(runs.map(\.name) == ["Vladimir Medinsky", "Rustem Umerov", "Fidan"])
    #expect(runs.map { $0.spans.map(\.start) } == [[0, 9], [50, 57], [90]])
    #expect(runs.map(\.quoted) == [false, true, false])
    #expect(runs.map(\.sentence.start) == [0, 45, 85])
    // A run's words and spans are read at the same positions.
    for run in runs { #expect(run.words.indices == run.spans.indices) }
  }

  /// A name is its words' bytes joined by spaces, whatever their scripts and lengths
  /// (a word of sixteen bytes or more is held apart from the string that names it).
  @Test func aNameJoinsItsWordsBytesWithSpaces() {
    var runs = NameRuns()
    let names = [["Recep", "Tayyip", "Erdoğan"], ["Володимир", "Зеленський"], ["Maximilianstraßenbauer", "X"]]
    for (n, words) in names.enumerated() {
      runs.append(
        words: words, spans: words.indices.map { Self.span(100 * n + $0, 100 * n + $0 + 1) }, quoted: false,
        sentence: Self.span(100 * n, 100 * n + 90))
    }
    #expect(runs.map(\.name) == names.map { $0.joined(separator: " ") })
  }

  @Test func mappingSpansMovesTheWordsAndTheSentences() {
    var runs = NameRuns()
    runs.append(
      words: ["Hakan", "Fidan"], spans: [Self.span(3, 8), Self.span(9, 14)], quoted: false,
      sentence: Self.span(0, 20))
    let moved = runs.mapSpans { Span(file: FileID(7), start: $0.start + 100, end: $0.end + 100) }
    #expect(moved[0].spans.map(\.start) == [103, 109])
    #expect(moved[0].spans.allSatisfy { $0.file == FileID(7) })
    #expect(moved[0].sentence == Self.span(100, 120, file: 7))
    #expect(moved[0].name == "Hakan Fidan")
    // The original is left as it was.
    #expect(runs[0].spans.map(\.start) == [3, 9])
  }

  @Test func noRunsReadAsAnEmptyCollection() {
    let runs = NameRuns()
    #expect(runs.isEmpty)
    #expect(runs.map(\.name).isEmpty)
  }
}
