/// The tokens, forms and sentences of a text as the tokenizer finds them, with the
/// state that decides where a sentence ends and what is quoted.
///
/// Every token of a corpus is appended here, so the tokens and their forms grow in
/// memory this sink owns alone: an append is a store and a count, with no check that
/// an array's storage is unique. Readers read them where they are (``read(_:)``).
///
/// Most forms are at most ``inlineFormLength`` bytes, and every such form the tokenizer
/// makes is a string held inline (``String/init(utf8Bytes:)``, ``Vocabulary``): it owns
/// no memory, so only the longer forms, whose places are noted as they are appended,
/// are let go with the sink.
struct TokenSink: ~Copyable {
  private var tokens: UnsafeMutablePointer<Token>
  private var forms: UnsafeMutablePointer<String>
  /// The places of the forms longer than ``inlineFormLength`` bytes.
  private var longForms: [Int] = []
  private var capacity: Int
  /// The number of tokens appended.
  private(set) var count = 0
  /// The number of capitalised words appended: the most words the name runs of the
  /// text can hold, so that they are made at a size that holds them.
  private(set) var capitalizedWords = 0
  /// The mark of the last token appended, if it is punctuation of one ASCII byte; 0 otherwise
  /// (words and numbers have none).
  private(set) var lastMark: UInt8 = 0
  private var sentences: [Sentence] = []
  /// The number of sentences closed, which is the index of the one open: kept beside
  /// the array, whose count every token would otherwise ask for through a call.
  private var sentenceCount = 0
  var spaceBefore = true
  var lineBreakBefore = true
  var inQuote = false
  var pendingSentenceEnd = false
  private var sentenceStartToken = 0

  /// An empty sink with room for `capacity` tokens before it grows.
  init(capacity: Int) {
    self.capacity = Swift.max(capacity, 16)
    tokens = .allocate(capacity: self.capacity)
    forms = .allocate(capacity: self.capacity)
    // A sentence of prose runs to some twenty tokens: room for one in sixteen is made
    // at once, not grown a sentence at a time.
    sentences.reserveCapacity(self.capacity / 16)
  }

  /// The longest form a string holds inline, in bytes.
  static let inlineFormLength = String.inlineCapacity

  deinit {
    for k in longForms { (forms + k).deinitialize(count: 1) }
    forms.deallocate()
    tokens.deallocate()
  }

  /// The token at `k`, which must have been appended.
  @inline(__always) func token(_ k: Int) -> Token { tokens[k] }

  /// The form of the token at `k`, which must have been appended.
  @inline(__always) func form(_ k: Int) -> String { forms[k] }

  /// Ends the sentence open, if it has a token.
  mutating func closeSentence() {
    if count > sentenceStartToken {
      let first = tokens[sentenceStartToken]
      let last = tokens[count - 1]
      sentences.append(Sentence(tokens: sentenceStartToken..<count, start: first.start, end: last.end))
      sentenceCount += 1
    }
    sentenceStartToken = count
    pendingSentenceEnd = false
  }

  /// Appends a token with its normalised form `text`; `mark` is the form's one ASCII
  /// byte for punctuation of one byte, and 0 for anything else. A form of at most
  /// ``inlineFormLength`` bytes must be held inline (as ``String/init(utf8Bytes:)``
  /// makes it): it is not let go.
  @inline(__always) mutating func append(
    _ kind: Token.Kind, _ start: Int, _ end: Int, _ text: consuming String, id: Int32 = -1, capitalized: Bool = false,
    mark: UInt8 = 0
  ) {
    if pendingSentenceEnd {
      // A closing quote or bracket right after the end mark stays in the sentence.
      let closer = (mark == 0x22 || mark == 0x29 || mark == 0x27) && !spaceBefore
      if !closer { closeSentence() }
    }
    if lineBreakBefore {
      closeSentence()
      inQuote = false
    }
    if count == capacity { grow() }
    (tokens + count).initialize(
      to: Token(
        kind: kind, start: start, end: end, spaceBefore: spaceBefore, lineBreakBefore: lineBreakBefore,
        isCapitalized: capitalized, quoted: inQuote, id: id, sentence: sentenceCount))
    if text.utf8.count > Self.inlineFormLength { longForms.append(count) }
    (forms + count).initialize(to: text)
    count += 1
    if capitalized { capitalizedWords += 1 }
    lastMark = mark
    spaceBefore = false
    lineBreakBefore = false
  }

  /// Appends a word listed in the vocabulary, whose form is `words[id]`, of `length`
  /// bytes. A form held inline is copied as its bytes: a string copied as a value makes
  /// a call to count a reference, even one held inline, which has none. So `words` must
  /// hold every form of at most ``inlineFormLength`` bytes inline (as ``Vocabulary``
  /// makes its words), and outlive the sink.
  @inline(__always) mutating func appendListed(
    _ start: Int, _ end: Int, id: Int32, length: Int, in words: [String], capitalized: Bool
  ) {
    guard length <= Self.inlineFormLength else {
      append(.word, start, end, words[Int(id)], id: id, capitalized: capitalized)
      return
    }
    let k = count
    append(.word, start, end, "", id: id, capitalized: capitalized)
    words.withUnsafeBufferPointer { words in
      UnsafeMutableRawPointer(forms + k).copyMemory(
        from: UnsafeRawPointer(words.baseAddress! + Int(id)), byteCount: MemoryLayout<String>.stride)
    }
  }

  /// Lends the tokens and forms, where they were appended, and the sentences to `body`.
  /// The buffers must not outlive the call.
  func read<Result>(
    _ body: (UnsafeBufferPointer<Token>, UnsafeBufferPointer<String>, [Sentence]) -> Result
  ) -> Result {
    body(UnsafeBufferPointer(start: tokens, count: count), UnsafeBufferPointer(start: forms, count: count), sentences)
  }

  /// Doubles the room, moving what is held.
  private mutating func grow() {
    let larger = capacity * 2
    let newTokens = UnsafeMutablePointer<Token>.allocate(capacity: larger)
    Self.move(count, from: tokens, to: newTokens)
    tokens.deallocate()
    tokens = newTokens
    let newForms = UnsafeMutablePointer<String>.allocate(capacity: larger)
    Self.move(count, from: forms, to: newForms)
    forms.deallocate()
    forms = newForms
    capacity = larger
  }

  /// Moves `n` values to uninitialised memory as one copy of their bytes, leaving
  /// `source` uninitialised: a token is plain data, and a string's bytes moved to a new
  /// place are that string.
  private static func move<Value>(
    _ n: Int, from source: UnsafeMutablePointer<Value>, to target: UnsafeMutablePointer<Value>
  ) {
    UnsafeMutableRawPointer(target).copyMemory(from: source, byteCount: n * MemoryLayout<Value>.stride)
  }
}
