/// Read-only access to a document's tokens with the helpers every reader uses.
///
/// The tokens and forms are read where the tokenizer appended them
/// (``TokenSink/read(_:)``): a cursor, and every reader holding one, lives only
/// while its document is extracted.
struct TokenCursor {
  let tokens: UnsafeBufferPointer<Token>
  /// The normalised form of each token (see ``Tokenizer/tokenize(_:excluding:)``).
  let forms: UnsafeBufferPointer<String>
  let bytes: UnsafeBufferPointer<UInt8>
  let file: FileID
  /// For each token, the readers that can start a reading there.
  let starts: [ReaderStarts]
  /// For each token, the index of the first ``Anchors`` token at or after it.
  let nextAnchor: [Int32]

  /// A cursor over `tokens` and their `forms` (see
  /// ``Tokenizer/tokenize(_:excluding:)``).
  init(
    tokens: UnsafeBufferPointer<Token>, forms: UnsafeBufferPointer<String>, bytes: UnsafeBufferPointer<UInt8>,
    file: FileID
  ) {
    self.tokens = tokens
    self.forms = forms
    self.bytes = bytes
    self.file = file
    // A listed word's starts were worked out with the vocabulary; a word it does not
    // list starts no reader by its lexicon, only perhaps as a run-together ordinal.
    let listed = Vocabulary.shared.starts
    let starts = listed.withUnsafeBufferPointer { listed in
      [ReaderStarts](count: tokens.count, filler: []) { buffer in
        for k in 0..<tokens.count {
          let id = tokens[k].id
          let start: ReaderStarts
          if id >= 0 {
            start = listed[Int(id)]
          } else if tokens[k].kind == .word {
            start = ReaderStarts.ofUnlisted(forms[k])
          } else if tokens[k].kind == .punct, case let byte = bytes[tokens[k].start], byte < 0x80 {
            start = ReaderStarts.ofASCIIMark[Int(byte)]
          } else {
            start = ReaderStarts.of(tokens[k].kind, forms[k])
          }
          buffer[k] = start
        }
      }
    }
    self.starts = starts
    self.nextAnchor = Anchors.nextAnchor(starts)
  }

  /// The token at `i`, or `nil` past either end.
  @inline(__always) func at(_ i: Int) -> Token? { i >= 0 && i < tokens.count ? tokens[i] : nil }

  /// The normalised form of the token at `i` (which must exist).
  @inline(__always) func form(_ i: Int) -> String { forms[i] }

  /// The normalised form of the token at `i`, or `nil` past either end.
  @inline(__always) func formAt(_ i: Int) -> String? { i >= 0 && i < tokens.count ? forms[i] : nil }

  /// The lower-case text of the word at `i`, or `nil` if it is not a word.
  @inline(__always) func word(_ i: Int) -> String? { words.word(i) }

  /// The tokens and their forms alone, for closures: a closure that captures the cursor
  /// copies it, counting a reference on each of its arrays, and lets the copy go again.
  var words: TokenWords { TokenWords(tokens: tokens, forms: forms) }

  /// The lower-case text of the word at `i` if ``Vocabulary`` lists it, or `nil`. A word
  /// it does not list is a key of none of the lexicon tables it is built from (units,
  /// tens, scales, ordinals, units of time): a reader about to look it up in one of them
  /// asks for a listed word, and most words end there without a lookup.
  @inline(__always) func listedWord(_ i: Int) -> String? {
    guard i >= 0 && i < tokens.count, tokens[i].id >= 0 else { return nil }
    return forms[i]
  }

  /// The value in `table` of the word at `i`: found by the word's vocabulary id, with
  /// no lookup of the word itself; `nil` for any other token.
  @inline(__always) func listed<Value>(_ table: ListedTable<Value>, _ i: Int) -> Value? {
    guard i >= 0 && i < tokens.count else { return nil }
    return table[id: tokens[i].id]
  }

  /// The value in `table` of the word at `i`, as `table`'s word table gives it: a listed
  /// word's by its id, an unlisted one's by its form among the keys the vocabulary does
  /// not list. `nil` for a token that is not a word.
  @inline(__always) func wordValue<Value>(_ table: ListedTable<Value>, _ i: Int) -> Value? {
    guard i >= 0 && i < tokens.count, tokens[i].kind == .word else { return nil }
    return table.value(ofWord: tokens[i].id, form: forms[i])
  }

  /// Whether the word at `i` is in `set` (see ``wordValue(_:_:)``).
  @inline(__always) func isWord(_ i: Int, in set: ListedTable<Bool>) -> Bool { wordValue(set, i) != nil }

  /// Whether the token at `i` is the word `word` (lower-case). A word of another length
  /// is told apart by its length alone: most comparisons fail, and this way they cost
  /// no call into string comparison.
  @inline(__always) func isWord(_ i: Int, _ word: String) -> Bool {
    guard i >= 0 && i < tokens.count, tokens[i].kind == .word else { return false }
    let form = forms[i]
    return form.utf8.count == word.utf8.count && form == word
  }

  /// Whether the token at `i` is the punctuation mark `mark`.
  @inline(__always) func isPunct(_ i: Int, _ mark: String) -> Bool {
    guard i >= 0 && i < tokens.count, tokens[i].kind == .punct else { return false }
    let form = forms[i]
    return form.utf8.count == mark.utf8.count && form == mark
  }

  /// Whether tokens `i` and `i + 1` touch (no space between them).
  @inline(__always) func touching(_ i: Int) -> Bool {
    i + 1 < tokens.count && !tokens[i + 1].spaceBefore && !tokens[i + 1].lineBreakBefore
  }

  /// Whether the token at `i` is in the same sentence as the token at `j`.
  @inline(__always) func sameSentence(_ i: Int, _ j: Int) -> Bool {
    i >= 0 && i < tokens.count && j >= 0 && j < tokens.count && tokens[i].sentence == tokens[j].sentence
  }

  /// Whether the words starting at `i` are `phrase`, all in one sentence.
  func matches(_ phrase: [String], at i: Int) -> Bool {
    for (k, w) in phrase.enumerated() {
      guard isWord(i + k, w), sameSentence(i, i + k) else { return false }
    }
    return true
  }

  /// Whether the tokens starting at `i` have the texts of `phrase` (words lower-case,
  /// marks normalised), all in one sentence. Marks must touch each other. Texts are
  /// compared as ``Swift/String/equals(_:)`` does, length first.
  func matchesTokens<Phrase: RandomAccessCollection<String>>(_ phrase: Phrase, at i: Int) -> Bool
  where Phrase.Index == Int {
    guard i >= 0, i + phrase.count <= tokens.count else { return false }
    for k in 0..<phrase.count {
      guard forms[i + k].equals(phrase[phrase.startIndex + k]), sameSentence(i, i + k) else { return false }
      if k > 0 && tokens[i + k].kind == .punct && tokens[i + k - 1].kind == .punct && !touching(i + k - 1) {
        return false
      }
    }
    return true
  }

  /// The span of tokens `range`.
  func span(_ range: Range<Int>) -> Span {
    Span(file: file, start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
  }

  /// The source text of tokens `range`.
  func text(_ range: Range<Int>) -> String {
    let s = span(range)
    return String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes[s.start..<s.end]))
  }

  /// The source text of tokens `range`, lower-cased as `String.lowercased()` does. ASCII
  /// text is lower-cased as it is copied, with no second string made.
  func lowercasedText(_ range: Range<Int>) -> String {
    let s = span(range)
    let source = UnsafeBufferPointer(rebasing: bytes[s.start..<s.end])
    return String.lowercasedASCII(source) ?? String(utf8Bytes: source).lowercased()
  }
}

/// A document's tokens and their forms, read in place (see ``TokenCursor/words``).
struct TokenWords {
  let tokens: UnsafeBufferPointer<Token>
  let forms: UnsafeBufferPointer<String>

  /// The lower-case text of the word at `i`, or `nil` if it is not a word.
  @inline(__always) func word(_ i: Int) -> String? {
    guard i >= 0 && i < tokens.count, tokens[i].kind == .word else { return nil }
    return forms[i]
  }
}
