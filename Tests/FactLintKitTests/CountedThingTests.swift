import Testing

@testable import FactLintKit

/// Statements agree within a counted thing: the noun phrase in the singular and
/// whether it is counted per side. The thing is compared by the parts of the phrase,
/// so it must be equal exactly when the text it stands for is.
@Suite struct CountedThingTests {
  static func noun(
    _ lemma: String, modifiers: [String] = [], complement: String? = nil, qualifiers: [String] = [],
    at start: Int = 0
  ) -> CountedNoun {
    CountedNoun(
      head: lemma, lemma: lemma, modifiers: modifiers, complement: complement, qualifiers: qualifiers,
      phrase: lemma, span: Span(file: FileID(0), start: start, end: start + lemma.utf8.count))
  }

  static let things: [CountedThing] = [
    CountedThing(noun("prisoner"), perSide: false),
    CountedThing(noun("prisoner", at: 40), perSide: false),
    CountedThing(noun("prisoner"), perSide: true),
    CountedThing(noun("prisoner", complement: "war"), perSide: false),
    CountedThing(noun("prisoner", qualifiers: ["released"]), perSide: false),
    CountedThing(noun("prisoner", qualifiers: ["released", "freed"]), perSide: false),
    CountedThing(noun("soldier", modifiers: ["ukrainian"]), perSide: false),
    CountedThing(noun("soldier", modifiers: ["wounded", "ukrainian"]), perSide: false),
    CountedThing(noun("soldier", modifiers: ["wounded", "ukrainians"]), perSide: false),
    CountedThing(noun("soldier"), perSide: false),
    CountedThing(noun("body"), perSide: false),
    .everything,
  ]

  @Test func thingsAreEqualExactlyWhenTheirTextsAre() {
    for a in Self.things {
      for b in Self.things {
        #expect((a == b) == (a.text == b.text), "\(a.text) against \(b.text)")
        if a == b { #expect(a.hashValue == b.hashValue, "\(a.text)") }
      }
    }
    // Where a noun is written plays no part, and modifiers compare in the singular.
    #expect(Self.things[0] == Self.things[1])
    #expect(Self.things[7] == Self.things[8])
    #expect(Set(Self.things).count == Self.things.count - 2)
  }

  @Test func aThingIsWrittenAsItsPhraseInTheSingular() {
    #expect(Self.things[0].text == "prisoner|||false")
    #expect(Self.things[2].text == "prisoner|||true")
    #expect(Self.things[3].text == "prisoner|war||false")
    #expect(Self.things[5].text == "prisoner||released freed|false")
    #expect(Self.things[8].text == "wounded ukrainian soldier|||false")
    #expect(CountedThing.everything.text == "")
  }
}
