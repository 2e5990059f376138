import Testing

@testable import FactLintKit

@Suite struct PhraseSearchTests {
  func find(_ phrase: String, in text: String, range: Range<Int>? = nil) -> Range<Int>? {
    let bytes = Array(text.utf8)
    return PhraseSearch.find(Phrase(phrase), in: bytes, range: range ?? 0..<bytes.count)
  }

  @Test func findsWholeWordsInEitherCase() {
    #expect(find("phase", in: "Phase one") == 0..<5)
    #expect(find("phase", in: "the first PHASE") == 10..<15)
    #expect(find("phase", in: "in the first phase") == 13..<18)
    #expect(find("phase", in: "phases, phased, emphase; then phase.") == 30..<35)
    #expect(find("first phase", in: "a first  phase or a First phase") == 20..<31)
    #expect(find("phase", in: "") == nil)
    #expect(find("", in: "phase") == nil)
  }

  @Test func theEarlierCaseWinsAndCandidatesOfBothCasesAreTried() {
    // Lower- and upper-case candidates interleave; the first whole word is found.
    #expect(find("pow", in: "Powers, powder, POWs, Pow pow") == 22..<25)
    #expect(find("pow", in: "powder Powder pow") == 14..<17)
    #expect(find("'s", in: "it's 's") == 5..<7)
  }

  @Test func searchesOnlyTheRangeAndItsBoundsAreWordEnds() {
    let text = "stage one, stage two"
    #expect(find("stage", in: text, range: 1..<20) == 11..<16)
    // A match cut by the end of the range still ends a word there.
    #expect(find("stag", in: text, range: 0..<4) == 0..<4)
    #expect(find("stage", in: text, range: 11..<15) == nil)
    #expect(find("stage", in: text, range: 30..<40) == nil)
    #expect(PhraseSearch.occurrences(Phrase("stage"), in: Array(text.utf8), range: 0..<20) == [0..<5, 11..<16])
  }

  @Test func aCurlyApostropheMatchesAStraightOne() {
    #expect(find("kyiv's", in: "in Kyiv’s view") == 3..<11)
  }
}
