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

  @Test func aWordAtTheEndOfTheTextEndsThere() {
    #expect(Self.words("Istanbul") == ["istanbul"])
    #expect(Self.words("I") == ["i"])
  }
}
