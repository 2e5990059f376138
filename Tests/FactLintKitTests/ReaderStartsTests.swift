import Foundation
import Testing

@testable import FactLintKit

/// ``QuantityReader`` tries a reader only where ``ReaderStarts`` says it can start;
/// these tests try every reader at every token and hold the table to it.
@Suite struct ReaderStartsTests {
  /// Generated reports and every input of the conformance cases: figures, number
  /// words, dates, durations and money in many forms.
  static let texts: [String] = {
    let generator = NewsGenerator(seed: 3)
    var texts = (0..<12).flatMap { generator.story($0).map(\.text) }
    for name in ["duckling-en.tsv", "recognizers-en.tsv"] {
      let table = (try? String(contentsOfFile: TestSupport.path("Tests/Conformance/" + name), encoding: .utf8)) ?? ""
      texts += table.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t").first ?? "") }
    }
    return texts
  }()

  /// Calls `body` with a cursor over the tokens of `text`.
  static func withCursor<T>(_ text: String, _ body: (TokenCursor) -> T) -> T {
    Array(text.utf8).withUnsafeBufferPointer { buffer in
      Tokenizer.tokenSink(buffer).read { tokens, forms, _ in
        body(TokenCursor(tokens: tokens, forms: forms, bytes: buffer, file: FileID(0)))
      }
    }
  }

  @Test func everyReaderThatReadsAtATokenIsAmongItsStarts() {
    #expect(Self.texts.count > 500)
    var read = 0
    var missed: [String] = []
    for text in Self.texts {
      Self.withCursor(text) { c in
        let tokens = c.tokens
        let numbers = NumberReader(c: c)
        let durations = DurationReader(c: c, numbers: numbers)
        let dates = DateReader(c: c)
        let relativeDates = RelativeDateReader(c: c, numbers: numbers)
        for i in tokens.indices {
          let starts = c.starts[i]
          let readers: [(ReaderStarts, Bool)] = [
            (.number, numbers.read(at: i) != nil), (.duration, durations.read(at: i) != nil),
            (.date, dates.read(at: i) != nil), (.relativeDate, relativeDates.read(at: i) != nil),
          ]
          for (reader, succeeded) in readers where succeeded {
            read += 1
            if !starts.contains(reader) { missed.append("\(reader) reads at \"\(c.form(i))\" in \"\(text)\"") }
          }
        }
      }
    }
    #expect(missed.isEmpty, "\(missed.prefix(5))")
    #expect(read > 1000, "the readers must read for the test to mean anything")
  }

  @Test func plainWordsAndMarksStartNoReader() {
    let starts = Self.withCursor("The envoys met, and then left quietly.", \.starts)
    // "The" may start a date ("the 5th of May"); nothing else may start anything.
    #expect(starts.first == [.date, .relativeDate])
    #expect(starts.dropFirst().allSatisfy { $0.isEmpty }, "\(starts.map(\.rawValue))")
    // A word of ten letters or more may be an ordinal written as one word ("twentyfifth").
    #expect(Self.withCursor("delegation", \.starts).first == [.number, .duration])
    #expect(Self.withCursor("twentyfifth", \.starts).first == [.anchor, .number, .duration])
  }
}

@Suite struct TokenizerFormTests {
  @Test func eachTokenHasItsNormalisedFormAtItsIndex() {
    let text = "“Hello,” said the U.S. envoy — it’s 1,000 or 1 234 567.5 boats.\nNext"
    let (tokens, forms, sentences) = Array(text.utf8).withUnsafeBufferPointer {
      Tokenizer.tokenize($0, excluding: [])
    }
    #expect(
      forms == [
        "\"", "hello", ",", "\"", "said", "the", "u.s.", "envoy", "-", "it's", "1000", "or", "1234567.5", "boats",
        ".", "next",
      ])
    #expect(tokens.count == forms.count)
    #expect(
      tokens.map(\.kind) == [.punct, .word, .punct, .punct] + Array(repeating: .word, count: 4) + [
        .punct, .word, .number, .word, .number, .word, .punct, .word,
      ])
    #expect(tokens[1].isCapitalized && !tokens[4].isCapitalized && tokens[1].quoted && !tokens[4].quoted)
    #expect(sentences.map(\.tokens) == [0..<15, 15..<16])
  }

  /// The lower-cased text a cursor copies from the bytes is what `lowercased()` gives,
  /// ASCII or not, over every run of tokens.
  @Test(arguments: [
    "About 1,000 Prisoners of WAR", "the Air-Defence SYSTEMS", "Ökonomie und İSTANBUL Talks", "ΑΘΗΝΑ 3 Days",
    "x",
  ])
  func lowercasedTextIsTheTextLowerCased(text: String) {
    ReaderStartsTests.withCursor(text) { c in
      for lower in c.tokens.indices {
        for upper in (lower + 1)...c.tokens.count {
          #expect(c.lowercasedText(lower..<upper) == c.text(lower..<upper).lowercased(), "\(lower)..<\(upper)")
        }
      }
    }
  }
}
