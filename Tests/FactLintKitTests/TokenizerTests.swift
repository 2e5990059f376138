import Testing

@testable import FactLintKit

/// Words are cut and normalised the same whether they are plain ASCII letters, read in
/// one scan, or hold what only the byte-by-byte loop reads: apostrophes, dots of
/// abbreviations, letters outside ASCII, curly apostrophes.
@Suite struct TokenizerTests {
  static func words(_ text: String) -> [String] {
    let (tokens, forms, _) = Array(text.utf8).withUnsafeBufferPointer { Tokenizer.tokenize($0, excluding: []) }
    return zip(tokens, forms).map { token, form in token.kind == Token.Kind.word ? form : "<" + form + ">" }
  }

  @Test(arguments: [
    ("Talks ended", ["talks", "ended"]),
    ("Ukraine's envoy", ["ukraine's", "envoy"]),
    ("Ukraine’s envoy", ["ukraine's", "envoy"]),
    ("the U.S. side", ["the", "u.s.", "side"]),
    ("e.g. this", ["e.g.", "this"]),
    ("talks. Then", ["talks", "<.>", "then"]),
    ("a. b", ["a", "<.>", "b"]),
    ("Erdoğan met", ["erdoğan", "met"]),
    ("naïve", ["naïve"]),
    ("HELLO", ["hello"]),
    ("end", ["end"]),
    ("rock'n'roll", ["rock'n'roll"]),
    ("Mr.Umerov", ["mr", "<.>", "umerov"]),
    ("x—y", ["x", "<->", "y"]),
    ("word's", ["word's"]),
    ("it' s", ["it", "<'>", "s"]),
  ])
  func wordsAreCutAndLoweredAsWritten(text: String, expected: [String]) {
    #expect(Self.words(text) == expected)
  }

  /// A URL after white space is not prose: it runs to the next white space and makes no
  /// token, in either case. Words that start as one does, but are not one, are words.
  @Test(arguments: [
    ("see https://example.org/2025/1000 now", ["see", "now"]),
    ("see HTTP://EXAMPLE.ORG/5 now", ["see", "now"]),
    ("see www.example.org/500 now", ["see", "now"]),
    ("who was with him when http went", ["who", "was", "with", "him", "when", "http", "went"]),
    ("whew, wwf and httpx", ["whew", "<,>", "wwf", "and", "httpx"]),
    ("h w", ["h", "w"]),
  ])
  func urlsMakeNoTokensAndWordsLikeThemDo(text: String, expected: [String]) {
    #expect(Self.words(text) == expected)
  }

  /// The texts of a text's sentences, each its bytes from first to last token.
  static func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    let (_, _, sentences) = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, excluding: []) }
    return sentences.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
  }

  @Test(arguments: [
    ("Talks ended. Then they left.", ["Talks ended.", "Then they left."]),
    ("Mr. Umerov spoke. Then he left!", ["Mr. Umerov spoke.", "Then he left!"]),
    ("The U.S. side agreed. Why? Nobody said.", ["The U.S. side agreed.", "Why?", "Nobody said."]),
    ("He said “yes.” Then left.", ["He said “yes.”", "Then left."]),
    ("He said \"yes.\" Then left.", ["He said \"yes.\"", "Then left."]),
    // "No." is an abbreviation ("No. 5"): its dot ends no sentence.
    ("He said \"no.\" Then left.", ["He said \"no.\" Then left."]),
    ("A. Smith came. B came", ["A. Smith came.", "B came"]),
    // An ellipsis of one character is a mark of its own; the last of three dots ends a sentence.
    ("Wait… then go", ["Wait… then go"]),
    ("Wait... Then go", ["Wait...", "Then go"]),
    ("one\ntwo", ["one", "two"]),
  ])
  func sentencesEndAtMarksBeforeSpaceButNotAfterAbbreviations(text: String, expected: [String]) {
    #expect(Self.sentences(text) == expected)
  }

  @Test func aWordAtTheEndOfTheTextEndsThere() {
    #expect(Self.words("Istanbul") == ["istanbul"])
    #expect(Self.words("I") == ["i"])
  }

  /// Far more tokens than the tokenizer first makes room for (a token per byte or two):
  /// the tokens and forms grow many times over, and each keeps its text and place,
  /// long forms held on the heap among them.
  @Test func tokensKeepTheirFormsAndPlacesAsTheyGrow() {
    let pieces = ["a", ",", "counterrevolutionaries", "!", "b", "?", "1", ";"]
    let expected = (0..<2_000).map { pieces[$0 % pieces.count] }
    let text = expected.joined()
    let bytes = Array(text.utf8)
    let (tokens, forms, sentences) = bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, excluding: []) }
    #expect(forms == expected)
    #expect(tokens.count == expected.count)
    var offset = 0
    for (token, piece) in zip(tokens, expected) {
      #expect(token.start == offset && token.end == offset + piece.utf8.count)
      offset = token.end
    }
    #expect(sentences.count == 1 && sentences.first?.tokens == 0..<expected.count)
  }

  /// The sink counts the capitalised words, which bound the words of the text's name
  /// runs: words only, each once, whatever their script.
  @Test func theSinkCountsTheCapitalisedWords() {
    let text = "Kyiv and Moscow met; \"Erdoğan's\" aide, Ümit, said 1,000 in U.S. talks. A: x-Ray."
    let bytes = Array(text.utf8)
    let (counted, capitalized) = bytes.withUnsafeBufferPointer { buffer in
      let sink = Tokenizer.tokenSink(buffer)
      return (
        sink.capitalizedWords,
        sink.read { tokens, _, _ in tokens.filter { $0.kind == .word && $0.isCapitalized }.count }
      )
    }
    #expect(capitalized == 7)
    #expect(counted == capitalized)
  }

  /// Readers read the tokens where the tokenizer appended them: every token and form,
  /// with the sentences, the last one closed.
  @Test func tokensAreReadWhereTheyWereAppendedWithTheLastSentenceClosed() {
    let text = "Kyiv said 1,000 prisoners. \"Talks went on.\" Then\nnothing more"
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      Tokenizer.tokenSink(buffer).read { tokens, forms, sentences in
        #expect(
          Array(forms) == [
            "kyiv", "said", "1000", "prisoners", ".", "\"", "talks", "went", "on", ".", "\"", "then", "nothing", "more",
          ])
        #expect(tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }.last == "more")
        #expect(sentences.map(\.tokens) == [0..<5, 5..<11, 11..<12, 12..<14])
        #expect(sentences.last.map { text.utf8.count == $0.end } == true)
      }
    }
  }

  /// Forms longer than fifteen bytes own their storage and are let go with the sink;
  /// shorter ones are held inline. Both kinds survive the sink's growth, and the long
  /// ones (ASCII, outside ASCII, listed or not) read back whole.
  @Test func longAndShortFormsSurviveTheSinkGrowing() {
    let long = ["counterrevolutionaries", "ołdakowskiewiczówna", "internationalisation", "sixteenletterzzz"]
    // Words of one letter, more tokens to a byte than the sink is sized for from the
    // text, make it grow while it fills.
    let short = ["a", "fifteenletterzz", "kyiv"] + Array(repeating: "i", count: 30)
    // ASCII letters are lower-cased in a form, others kept as written.
    var written: [String] = []
    var expected: [String] = []
    for round in 0..<10 {
      for word in long + short {
        written.append(round.isMultiple(of: 2) || !word.utf8.allSatisfy { $0 < 0x80 } ? word : word.uppercased())
        expected.append(word)
      }
    }
    let bytes = Array(written.joined(separator: " ").utf8)
    bytes.withUnsafeBufferPointer { buffer in
      Tokenizer.tokenSink(buffer).read { tokens, forms, _ in
        #expect(Array(forms) == expected)
        #expect(tokens.count == expected.count)
        #expect(forms.filter { $0.utf8.count > TokenSink.inlineFormLength }.count == 40)
      }
    }
  }

  /// A word the vocabulary lists takes the vocabulary's string as its form, copied as its
  /// bytes when held inline: every listed word read alone reads back as itself, with its id.
  @Test func listedWordsTakeTheVocabularysForms() {
    let vocabulary = Vocabulary.shared
    var checked = 0
    for (id, word) in vocabulary.words.enumerated() {
      let bytes = Array(word.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        Tokenizer.tokenSink(buffer).read { tokens, forms, _ in
          guard tokens.count == 1, tokens[0].id >= 0 else { return }
          #expect(tokens[0].id == Int32(id))
          #expect(forms[0] == word)
          checked += 1
        }
      }
    }
    #expect(checked > vocabulary.words.count / 2)
  }

  /// The first token of `text`: its form, vocabulary id and whether it is capitalised.
  static func firstToken(_ text: String) -> (form: String, id: Int32, capitalized: Bool)? {
    Array(text.utf8).withUnsafeBufferPointer { buffer in
      Tokenizer.tokenSink(buffer).read { tokens, forms, _ in
        tokens.isEmpty ? nil : (forms[0], tokens[0].id, tokens[0].isCapitalized)
      }
    }
  }

  /// A plain word of up to fifteen letters with sixteen bytes readable from its start is
  /// lowered and looked up in two loaded words; at the end of a text it goes through the
  /// tokenizer's buffer. Both read every length the same, listed or not, in any case.
  @Test func plainWordsReadTheSameMidTextAndAtTheEnd() {
    let listed = Vocabulary.shared.words.filter { word in word.utf8.allSatisfy { ($0 | 0x20) &- 0x61 < 26 } }
    let unlisted = (1...17).map { String(repeating: "q", count: $0) } + ["Zebrafish", "PRISONERSWAPZZZ", "Kx"]
    var compared = 0
    for word in listed + unlisted {
      let capitalised = word.prefix(1).uppercased() + word.dropFirst()
      for written in [word, capitalised, word.uppercased()] {
        let atEnd = Self.firstToken(written)
        let midText = Self.firstToken(written + " and then some more words follow")
        #expect(atEnd?.form == word.lowercased() && midText?.form == atEnd?.form, "\(written)")
        #expect(midText?.id == atEnd?.id && midText?.capitalized == atEnd?.capitalized, "\(written)")
        compared += 1
      }
    }
    #expect(compared > 300)
    #expect((Self.firstToken("The talks ended")?.id ?? -1) >= 0)
  }

  /// A run of digits with sixteen bytes readable from its start, and no separator, point
  /// or space-grouped digits after it, is made from two loaded words; near the end of a
  /// text it is read digit by digit. Both read every kind of number the same.
  @Test(arguments: [
    "2017", "2017.", "23%", "894 million", "9 percent", "9 123 456", "1,000", "3.5", "007", "15\u{00A0}000",
    "15\u{2009}000", "123456789012345", "1234567890123456", "3bn", "19th", "12 345", "1234 567", "5-10", "7,",
  ])
  func numbersReadTheSameMidTextAndAtTheEnd(text: String) {
    let padding = " and then some more words follow"
    let atEnd = Self.words(text)
    let midText = Self.words(text + padding)
    #expect(Array(midText.prefix(atEnd.count)) == atEnd, "\(text)")
    #expect(midText.count == atEnd.count + Self.words(padding).count, "\(text)")
  }

  /// A listed form longer than a string holds inline is appended as a string value, and
  /// let go with the sink; one held inline is copied as its bytes. Both read back whole
  /// after the sink grows.
  @Test func listedFormsOfEveryLengthSurviveTheSinkGrowing() {
    let words = ["sixteenletterzzz", "fifteenletterzz", "a"]
    var sink = TokenSink(capacity: 1)
    for k in 0..<60 {
      let id = k % words.count
      sink.appendListed(k, k + 1, id: Int32(id), length: words[id].utf8.count, in: words, capitalized: false)
    }
    sink.closeSentence()
    sink.read { tokens, forms, _ in
      #expect(Array(forms) == (0..<60).map { words[$0 % words.count] })
      #expect(tokens.map(\.id) == (0..<60).map { Int32($0 % words.count) })
    }
  }
}
