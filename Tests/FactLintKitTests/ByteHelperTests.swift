import Testing

@testable import FactLintKit

/// The byte-level helpers that replace Character-by-Character string work in
/// extraction must give the answers the Character-based calls gave.
@Suite struct ByteHelperTests {
  static let words = [
    "", "s", "'s", "boats", "ceasefire", "casualties", "Zelensky's", "Zelensky’s", "café", "naïve",
    "ukrainian", "bus", "crisis", "witnesses", String(repeating: "long", count: 10) + "s",
  ]

  @Test(arguments: ["s", "'s", "’s", "ies", "ian", "é", "ss", "longs"])
  func aUTF8SuffixIsTheSuffixOfTheWord(suffix: StaticString) {
    let text = suffix.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    for word in Self.words {
      #expect(word.hasUTF8Suffix(suffix) == word.hasSuffix(text), "\(word) ends with \(text)")
    }
  }

  /// The bytes of a string end with a suffix as the string does, and with one of several
  /// as soon as with any of them.
  @Test func bytesEndWithASuffixAsTheirStringDoes() {
    let suffixes: [StaticString] = ["ian", "ish", "'s"]
    for word in Self.words {
      word.withUTF8Bytes { bytes in
        #expect(bytes.hasUTF8Suffix("s") == word.hasSuffix("s"), "\(word)")
        #expect(
          bytes.hasUTF8Suffix(amongst: suffixes)
            == (word.hasSuffix("ian") || word.hasSuffix("ish") || word.hasSuffix("'s")), "\(word)")
      }
    }
  }

  /// Arrays made through specialized code hold what `init(repeating:count:)` and
  /// `init(unsafeUninitializedCapacity:)` would: every element set, none past `count`.
  @Test(arguments: [0, 1, 7, 1_000])
  func arraysMadeForEveryDocumentHoldWhatTheirBodySets(count: Int) {
    #expect([Bool](filledWith: true, count: count) == [Bool](repeating: true, count: count))
    let squares = [Int32](count: count, filler: -1) { buffer in
      for k in buffer.indices { buffer[k] = Int32(k * k % 1_000) }
    }
    #expect(squares == (0..<count).map { Int32($0 * $0 % 1_000) })
    let untouched = [UInt8](count: count, filler: 9) { _ in }
    #expect(untouched.count == count && untouched.allSatisfy { $0 == 9 })
  }

  @Test func aBridgedOrSlicedStringAnswersTooAndTheSuffixMayBeLongerThanTheWord() {
    let word = String("xx boats".dropFirst(3))
    #expect(word.hasUTF8Suffix("ts") && !word.hasUTF8Suffix("boatss") && !"".hasUTF8Suffix("s"))
    #expect("".hasUTF8Suffix(""))
  }

  /// A word ends with one of several suffixes exactly when it ends with any one of them.
  @Test func aUTF8SuffixAmongSeveralIsAnyOfThem() {
    let lists: [[StaticString]] = [[], ["s"], ["ian", "ish", "ese", "ean"], ["ğan", "s", "boatss"], [""]]
    for suffixes in lists {
      for word in Self.words + [String("xx boats".dropFirst(3)), ""] {
        let expected = suffixes.contains { suffix in
          word.hasSuffix(suffix.withUTF8Buffer { String(decoding: $0, as: UTF8.self) })
        }
        #expect(word.hasUTF8Suffix(amongst: suffixes) == expected, "\(word) among \(suffixes.count) suffixes")
      }
    }
  }

  @Test func stringsJoinedBySpacesAreWhatJoinedGives() {
    let lists: [[String]] = [
      [], [""], ["a"], ["", "b"], ["a", ""], ["Recep", "Tayyip", "Erdoğan"], ["漢", "字", "🙂"],
      // Joined in two words up to fifteen bytes, at every place a word can start.
      ["Jonas", "Haddad"], ["a", "b", "c", "d", "e", "f", "g", "h"], ["abcdefgh", "ijklmn"], ["abcdefg", "hijklmn"],
      ["a", "bcdefghijklm"], ["abcdefghijklm", "n"], ["abcdefgh", "ijklmno"], ["Ana", "Erdoğan"],
      [String(repeating: "x", count: 15), ""], ["", "", ""],
    ]
    for words in lists {
      #expect(words.joinedBySpaces == words.joined(separator: " "), "\(words)")
      #expect(words[...].dropFirst().joinedBySpaces == words.dropFirst().joined(separator: " "), "\(words)")
    }
    // Every split of fifteen letters and fewer into two words.
    let letters = Array("abcdefghijklmno")
    for length in 2...letters.count {
      for cut in 1..<length {
        let words = [String(letters[..<cut]), String(letters[cut..<length])]
        #expect(words.joinedBySpaces == words.joined(separator: " "), "\(words)")
      }
    }
  }

  @Test func aPossessiveDroppedAsBytesLeavesWhatRemoveLastLeaves() {
    for word in ["ukraine's", "erdoğan's", "x's", "'s", "çağ's", "ı's"] {
      var expected = word
      expected.removeLast(2)
      #expect(word.droppingPossessive() == expected, "\(word)")
      #expect(word.droppingPossessive().utf8.count == word.utf8.count - 2)
    }
  }

  @Test(arguments: [
    "", " ", "Rustem", "Rustem Umerov", "  Rustem   Umerov ", "Recep Tayyip Erdoğan", "a b c ", "Łukasz Żak",
  ])
  func spaceSeparatedWordsSplitAsSplitDoes(text: String) {
    let expected = text.split(separator: " ")
    #expect(text.spaceSeparatedWords == expected)
    #expect(text.spaceSeparatedWordCount == expected.count)
    #expect(text.lastSpaceSeparatedWord == expected.last)
  }

  @Test func theScratchBufferGrowsEmptiesAndDecodes() {
    var scratch = ByteScratch(capacity: 2)
    for byte in "five-hundred".utf8 { scratch.append(byte) }
    #expect(scratch.count == 12 && scratch.string == "five-hundred")
    #expect(scratch.contains(0x2D) && !scratch.contains(0x2E))
    scratch.removeAll()
    #expect(scratch.count == 0 && scratch.string.isEmpty && !scratch.contains(0x66))
    scratch.append(contentsOf: [0xC3, 0xA9])
    scratch.append(0xFF)
    #expect(scratch.string == "é\u{FFFD}")
  }

  /// Output written in pieces past the writer's room reads back whole: bytes, buffers,
  /// strings, literals, a range written before, and control bytes made spaces.
  @Test func theByteWriterGrowsAndReadsBackWhatWasWritten() {
    var out = ByteWriter(capacity: 1)
    var expected: [UInt8] = []
    for k in 0..<40 {
      let text = k % 3 == 0 ? "a:\(k):" : String(repeating: "é", count: k)
      out.append(utf8: text)
      expected += Array(text.utf8)
      out.append(literal: " [r]")
      expected += Array(" [r]".utf8)
      out.append(UInt8(0x30 + k % 10))
      expected.append(UInt8(0x30 + k % 10))
      Array("xyz".utf8).withUnsafeBufferPointer { out.append($0) }
      expected += Array("xyz".utf8)
      out.append(UnsafeBufferPointer(start: nil, count: 0))
    }
    #expect(out.count == expected.count)
    #expect(out.withBytes { Array($0) } == expected)
    // A range written before, appended again past the room, many times over.
    for _ in 0..<6 { out.appendAgain(3..<(out.count / 2)) }
    var again = expected
    for _ in 0..<6 { again += again[3..<(again.count / 2)] }
    #expect(out.withBytes { Array($0) } == again)
    let start = out.count
    out.append(utf8: "tab\there\nline\u{7F}end ü\u{1}")
    out.replaceControlBytes(from: start)
    #expect(out.string == String(decoding: again, as: UTF8.self) + "tab here line end ü ")
    var invalid = ByteWriter()
    invalid.append(0xFF)
    #expect(invalid.string == "\u{FFFD}")
  }

  @Test func bytesAppendedFromAStringAreItsUTF8() {
    var out = ByteWriter()
    out.append(0x41)
    for text in ["", "path/é.txt", ": ", String(repeating: "漢", count: 30), String("xx sliced".dropFirst(3))] {
      out.append(utf8: text)
    }
    #expect(
      out.withBytes { Array($0) } == [0x41]
        + Array(("path/é.txt: " + String(repeating: "漢", count: 30) + "sliced").utf8))
  }

  @Test func theScratchBufferTakesWholeStringsAndLowersLetters() {
    var scratch = ByteScratch(capacity: 2)
    for text in ["", "Erdoğan", "", String(repeating: "long ", count: 20), "漢"] { scratch.append(utf8: text) }
    #expect(scratch.string == "Erdoğan" + String(repeating: "long ", count: 20) + "漢")
    scratch.removeAll()
    let letters = Array("AbCdEfGhIjKlMnOpQrStUvWxYz".utf8)
    letters.withUnsafeBufferPointer { scratch.appendLowercasedLetters($0, 0..<$0.count) }
    #expect(scratch.string == "abcdefghijklmnopqrstuvwxyz")
  }

  @Test func lettersAreLoweredFromAnyRangeUpToTheEndOfTheText() {
    // Eight at a time where eight bytes can be read, one at a time near the end.
    let text = Array("QUICKbrownFOXjumpsOverTHElazyDOG".utf8)
    text.withUnsafeBufferPointer { bytes in
      for start in 0...bytes.count {
        for end in start...bytes.count {
          var scratch = ByteScratch(capacity: 1)
          scratch.append(0x2A)
          scratch.appendLowercasedLetters(bytes, start..<end)
          let expected = "*" + String(decoding: text[start..<end], as: UTF8.self).lowercased()
          #expect(scratch.string == expected, "\(start)..<\(end)")
          #expect(scratch.count == end - start + 1)
        }
      }
    }
  }

  @Test func aRunOfASCIILettersIsMeasuredEightBytesAtATimeAsOneByOne() {
    // Every byte value stands right after runs of every length, at every offset.
    var generator = SplitMix64(seed: 7)
    var text: [UInt8] = []
    for value in 0...255 {
      for _ in 0..<Int(generator.next() % 12) {
        let letter = UInt8(0x41 + generator.next() % 26)
        text.append(generator.next() % 2 == 0 ? letter : letter | 0x20)
      }
      text.append(UInt8(value))
    }
    text.withUnsafeBufferPointer { bytes in
      for i in 0...bytes.count {
        var end = i
        while end < bytes.count, Tokenizer.isASCIILetter(bytes[end]) { end += 1 }
        #expect(Tokenizer.asciiLetterRun(bytes, from: i) == end - i, "at \(i)")
      }
    }
  }

  @Test func theScratchBufferPacksItsFirstSixteenBytesWithZerosPastTheEnd() {
    var scratch = ByteScratch(capacity: 4)
    let text = Array("abcdefghijklmnopqrstu".utf8)
    // A longer word first, so that stale bytes lie past the end of each shorter one.
    scratch.append(contentsOf: text)
    for length in (0...text.count).reversed() {
      scratch.removeAll()
      scratch.append(contentsOf: text[..<length])
      var expected: (UInt64, UInt64) = (0, 0)
      for (k, byte) in text[..<min(length, 16)].enumerated() {
        if k < 8 {
          expected.0 |= UInt64(byte) << UInt64(8 * k)
        } else {
          expected.1 |= UInt64(byte) << UInt64(8 * (k - 8))
        }
      }
      #expect(scratch.packed.low == expected.0 && scratch.packed.high == expected.1, "length \(length)")
    }
  }

  @Test func aStringEqualsAnotherAsEqualityFindsIt() {
    let long = String(repeating: "negotiation", count: 3)
    let pairs: [(String, String)] = [
      ("ago", "ago"), ("ago", "from"), ("ago", "the"), ("", ""), ("", "a"), ("naïve", "naive"), ("naïve", "naïve"),
      (long, String(repeating: "negotiation", count: 3)), (long, long + "s"), ("e\u{301}", "e\u{301}"),
    ]
    for (a, b) in pairs {
      #expect(a.equals(b) == (a == b), "\(a) and \(b)")
      #expect(b.equals(a) == (a == b), "\(b) and \(a)")
    }
    // Spelled with other bytes, a canonically equivalent string is another word.
    #expect("e\u{301}" == "é" && !"e\u{301}".equals("é"))
  }

  @Test func anASCIIByteIsFoundInAWordAsUTF8ContainsFindsIt() {
    let sliced = String("xx U.S.-led".dropFirst(3))
    for word in Self.words + [sliced, "U.S.", "Dr.", "naïve.", String(repeating: "é", count: 40) + "."] {
      for byte: UInt8 in [0x2E, 0x20, 0x73, 0x27] {
        #expect(word.containsUTF8(byte) == word.utf8.contains(byte), "\(word) holds \(byte)")
      }
    }
  }

  @Test func aByteIsFoundOnlyInsideTheRange() {
    Array("of fact, f".utf8).withUnsafeBufferPointer { bytes in
      #expect(bytes.firstIndex(of: 0x66, in: 0..<10) == 1)
      #expect(bytes.firstIndex(of: 0x66, in: 2..<10) == 3)
      #expect(bytes.firstIndex(of: 0x66, in: 4..<9) == nil)
      #expect(bytes.firstIndex(of: 0x66, in: 9..<10) == 9)
      #expect(bytes.firstIndex(of: 0x66, in: 5..<5) == nil)
    }
  }

  @Test(
    arguments: [
      [], Array("a".utf8), Array("prisoners".utf8), Array("representatives".utf8), Array("representatives!".utf8),
      Array("café".utf8), Array("Erdoğan's".utf8), [0x61, 0xFF, 0x62], [0xE2, 0x80], [0xC3], [0xED, 0xA0, 0x80],
      Array(repeating: 0x80, count: 15), Array(repeating: 0x80, count: 40),
      Array(String(repeating: "ğ", count: 9).utf8),
    ] as [[UInt8]])
  func stringsFromBytesAreThoseDecodingMakes(bytes: [UInt8]) {
    let made = bytes.withUnsafeBufferPointer { String(utf8Bytes: $0) }
    let decoded = String(decoding: bytes, as: UTF8.self)
    #expect(made == decoded)
    #expect(Array(made.utf8) == Array(decoded.utf8), "ill-formed bytes are repaired the same way")
  }

  /// The string the scratch buffer makes is the one decoding makes, whatever the buffer
  /// held before: short ASCII strings made from their bits (with the letters past the end
  /// of a longer word left behind), non-ASCII and longer ones by the standard library.
  @Test func aScratchBufferMakesTheStringDecodingMakes() {
    #expect(String.smallASCIILayoutHolds, "short ASCII strings are made from their bits on this platform")
    let words = [
      "", "a", "of", "prisoners", "exchanges", "representatives", "representativess", "Istanbul", "café",
      "Erdoğan", "12345678", "1,000.5", "abcdefghijklmno", "abcdefghijklmnop",
    ]
    var scratch = ByteScratch(capacity: 4)
    for previous in words {
      for word in words {
        scratch.removeAll()
        scratch.append(contentsOf: previous.utf8)
        scratch.removeAll()
        scratch.append(contentsOf: word.utf8)
        let made = scratch.string
        #expect(made == word, "\(word) after \(previous)")
        #expect(Array(made.utf8) == Array(word.utf8))
        #expect(made.hashValue == word.hashValue)
        var longer = made
        longer += "s"
        #expect(longer == word + "s")
      }
    }
  }

  /// Dropping a string's last bytes gives the string of the bytes kept, whether it is cut
  /// in its own two words (ASCII held inline) or made from its bytes.
  @Test func droppingTheLastBytesKeepsTheBytesBefore() {
    let words = (0...15).map { String("prisoners-of-war".prefix($0)) } + ["cafés", "representatives!"]
    for word in words {
      for count in 0...word.utf8.count {
        let kept = word.droppingLastUTF8(count)
        let expected = String(decoding: Array(word.utf8.dropLast(count)), as: UTF8.self)
        #expect(kept == expected, "\(word) less \(count)")
        #expect(Array(kept.utf8) == Array(expected.utf8) && kept.hashValue == expected.hashValue)
      }
    }
  }

  /// ASCII text is lowered as `lowercased()` lowers it, every ASCII byte at every place
  /// of strings held inline and longer; text with a byte outside ASCII is left to it.
  @Test func asciiTextIsLoweredAsLowercasedLowersIt() {
    for length in [1, 7, 8, 9, 15, 16, 17, 40] {
      for byte in UInt8(0)..<0x80 {
        for place in [0, length / 2, length - 1] {
          var bytes = Array(repeating: UInt8(ascii: "Q"), count: length)
          bytes[place] = byte
          let text = String(decoding: bytes, as: UTF8.self)
          let lowered = bytes.withUnsafeBufferPointer { String.lowercasedASCII($0) }
          #expect(lowered == text.lowercased(), "\(byte) at \(place) of \(length)")
          #expect(lowered.map { Array($0.utf8) } == Array(text.lowercased().utf8))
        }
      }
    }
    #expect([UInt8]().withUnsafeBufferPointer { String.lowercasedASCII($0) } == "")
    for text in ["Café", "ÉTAT", "Prisoners Of War ğ", "İ"] {
      #expect(Array(text.utf8).withUnsafeBufferPointer { String.lowercasedASCII($0) } == nil, "\(text)")
    }
  }

  @Test(arguments: ["", "Umerov", "Rustem Umerov", "Recep Tayyip ERDOGAN", "Erdoğan", "ÉMILE Zola", "İstanbul"])
  func aNameIsLoweredAsLowercasedLowersIt(name: String) {
    #expect(name.asciiFastLowercased == name.lowercased())
    #expect(Array(name.asciiFastLowercased.utf8) == Array(name.lowercased().utf8))
  }

  @Test func everyASCIIByteHasItsString() {
    for byte in UInt8(0)..<0x80 {
      #expect(String.ascii(byte) == String(decoding: [byte], as: UTF8.self))
    }
  }

  /// Control bytes are found eight at a time as one by one: every byte value, alone in
  /// texts of every length up to three words, at every offset, among printable bytes
  /// (ASCII and the top-bit bytes of other scalars, which are no control characters).
  @Test func aControlByteIsFoundEightBytesAtATimeAsOneByOne() {
    var generator = SplitMix64(seed: 31)
    for length in 1...24 {
      for position in 0..<length {
        for value in 0...255 {
          var text = (0..<length).map { _ in
            generator.next() % 2 == 0 ? UInt8(0x20 + generator.next() % 95) : UInt8(0x80 + generator.next() % 128)
          }
          text[position] = UInt8(value)
          let expected = value < 0x20 || value == 0x7F
          let found = text.withUnsafeBufferPointer { $0.containsControlByte() }
          #expect(found == expected, "\(value) at \(position) of \(length)")
        }
      }
    }
    #expect([UInt8]().withUnsafeBufferPointer { $0.containsControlByte() } == false)
  }
}

@Suite struct ByteWritingTests {
  @Test func decimalDigitsAreCountedAndWrittenAsDescriptionWritesThem() {
    for value: UInt in [0, 1, 9, 10, 99, 100, 12_345, 1_000_000, UInt.max / 10, UInt.max] {
      #expect(value.decimalDigitCount == String(value).utf8.count, "\(value)")
      let written = [UInt8](unsafeUninitializedCapacity: 24) { out, count in
        count = out.writeDecimal(value, at: out.write("#", at: 0))
      }
      #expect(String(decoding: written, as: UTF8.self) == "#" + String(value))
    }
  }

  /// "N other documents" reads as it did when joined with `+`.
  @Test func documentCountsReadAsJoinedText() {
    for count in [0, 1, 2, 10, 123, -1, -40] {
      let noun = count == 1 ? "document" : "documents"
      #expect(MessageTemplate.documents(count) == String(count) + " other " + noun)
      #expect(MessageTemplate.documents(count, other: false) == String(count) + " " + noun)
    }
  }
}
