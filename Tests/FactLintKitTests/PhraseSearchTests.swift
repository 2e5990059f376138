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
    // The first occurrence taken: the later one when the earlier is turned down, none when both are.
    let bytes = Array(text.utf8)
    #expect(PhraseSearch.first(Phrase("stage"), in: bytes, range: 0..<20) { _ in true } == 0..<5)
    #expect(PhraseSearch.first(Phrase("stage"), in: bytes, range: 0..<20) { $0.lowerBound > 0 } == 11..<16)
    #expect(PhraseSearch.first(Phrase("stage"), in: bytes, range: 0..<20) { $0.lowerBound > 11 } == nil)
  }

  @Test func aCurlyApostropheMatchesAStraightOne() {
    #expect(find("kyiv's", in: "in Kyiv’s view") == 3..<11)
    #expect(find("it's big", in: "it’s bigger, it’s big") == 15..<25)
  }

  /// The search looks first for the phrase's rarest byte before any apostrophe, and
  /// matches the phrase from where it must then start.
  @Test func theSearchLooksForTheRarestByteAndMatchesFromThePhrasesStart() {
    #expect(Phrase("second meeting").anchor == 13)  // "g"
    #expect(Phrase("dog").anchor == 2)
    #expect(Phrase("kyiv's jet").anchor == 0)  // "k": "j" is past the apostrophe
    #expect(Phrase("u.s. envoy").anchor == 1)  // a mark is rarer than any letter
    #expect(Phrase("a b").anchor == 2)  // never a space before a letter
    #expect(find("second meeting", in: "a Second Meetings; second meetingroom, then SECOND MEETING.") == 44..<58)
    #expect(find("second meeting", in: "the second meeting") == 4..<18)
    // The anchor lies past the start: candidates before the range's start plus the
    // anchor's offset cannot start a match in the range.
    #expect(find("dog", in: "g dog", range: 0..<5) == 2..<5)
    #expect(find("dog", in: "dog dog", range: 1..<7) == 4..<7)
    #expect(find("dog", in: "dog", range: 0..<2) == nil)
    #expect(find("dog", in: "hotdog dogs dog") == 12..<15)
  }
}
