/// Splits UTF-8 text into tokens and sentences in one pass over the bytes.
///
/// Sentences end at `.`, `!` or `?` followed by white space, and at every line
/// break (each line of a report is a paragraph or a heading). A period after a
/// single capital ("U.S.") or a common abbreviation ("Mr.") does not end a sentence.
/// Quotations open and close with `"` or `“ ”` and never run past a line break.
struct Tokenizer {
  /// Words that a period after does not end a sentence with.
  static let abbreviations: WordSet = [
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "sen", "rep", "gov",
    "prof", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "e.g", "i.e",
  ]

  /// Tokenizes `bytes`, skipping the `excluded` byte ranges (sorted) and HTML comments.
  /// `forms[k]` is the normalised form of `tokens[k]`: lower-case ASCII for words,
  /// digits without separators for numbers, the normalised mark for punctuation
  /// (`"` for curly double quotes, `'` for curly single quotes, `-` for dashes).
  /// A listed word's token holds its ``Vocabulary`` id, and its form is the vocabulary's string.
  static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, excluding excluded: [Range<Int>] = [])
    -> (tokens: [Token], forms: [String], sentences: [Sentence])
  {
    // Copied out for callers that keep them; the extractor reads them in place.
    tokenSink(bytes, excluding: excluded).read { tokens, forms, sentences in (Array(tokens), Array(forms), sentences) }
  }

  /// Tokenizes `bytes` as ``tokenize(_:excluding:)`` does, into a sink whose last
  /// sentence is closed: the tokens and forms are read where they were appended
  /// (``TokenSink/read(_:)``), with no copy made.
  static func tokenSink(_ bytes: UnsafeBufferPointer<UInt8>, excluding excluded: [Range<Int>] = []) -> TokenSink {
    var out = TokenSink(capacity: bytes.count / 5)
    let vocabulary = Vocabulary.shared
    var i = 0
    let n = bytes.count

    // One scratch buffer for the text of every token: no allocation per token.
    var scratch = ByteScratch()
    // Whether short words may be made from their bits (``String/smallASCIILayoutHolds``).
    let inline = String.smallASCIILayoutHolds
    var nextExcluded = 0
    var excludedStart = excluded.first?.lowerBound ?? Int.max
    while i < n {
      let b = bytes[i]
      // Excluded ranges (suppression directives) read as white space.
      if i >= excludedStart {
        i = max(i, excluded[nextExcluded].upperBound)
        nextExcluded += 1
        excludedStart = nextExcluded < excluded.count ? excluded[nextExcluded].lowerBound : Int.max
        out.spaceBefore = true
        continue
      }
      // URLs are not prose: "https://…", "http://…", "www.…" (in either case) run to the
      // next white space.
      if (b | 0x20 == 0x68 || b | 0x20 == 0x77) && out.spaceBefore && startsURL(bytes, at: i) {
        while i < n && !isSpace(bytes[i]) { i += 1 }
        out.spaceBefore = true
        continue
      }
      // Words: tested first, as most tokens are words (no branch below takes a letter).
      if (b | 0x20) &- 0x61 < 26 || (b >= 0x80 && isLetterStart(b, bytes, i)) {
        let start = i
        let capitalized = b >= 0x41 && b <= 0x5A || (b >= 0x80 && isUppercaseScalar(bytes, at: i))
        scratch.removeAll()
        // Most words are ASCII letters and nothing else: found in one tight scan and
        // lowered in one copy. One that an apostrophe or a byte outside ASCII follows, or
        // a single letter a dot follows ("U.S."), is read by the loop below, from its start.
        let end = i + asciiLetterRun(bytes, from: i)
        let plain =
          end > i
          && (end == n
            || (bytes[end] != 0x27 && bytes[end] < 0x80 && (bytes[end] != 0x2E || end - i > 1)))
        // A plain word of a few letters, with sixteen bytes readable from its start,
        // is lowered and looked up in two loaded words, and its string made of them.
        if plain && end - i <= String.inlineCapacity && i + 16 <= n && inline {
          let (low, high) = packed(bytes, from: i, count: end - i, lowered: true)
          if let id = vocabulary.id(low: low, high: high, count: end - i) {
            out.appendListed(start, end, id: id, length: end - i, in: vocabulary.words, capitalized: capitalized)
          } else {
            let text = String(smallASCIIBits: String.smallASCIIBits((low, high), count: end - i))
            out.append(.word, start, end, text, capitalized: capitalized)
          }
          i = end
          takeOneSpace(bytes, &i, &out)
          continue
        }
        if plain {
          scratch.appendLowercasedLetters(bytes, i..<end)
          i = end
        }
        while !plain && i < n {
          let c = bytes[i]
          if c >= 0x41 && c <= 0x5A {
            scratch.append(c | 0x20)
            i += 1
          } else if c >= 0x61 && c <= 0x7A {
            scratch.append(c)
            i += 1
          } else if c >= 0x80, isLetterStart(c, bytes, i) {
            let length = scalarLength(c)
            for k in 0..<length where i + k < n { scratch.append(bytes[i + k]) }
            i += length
          } else if c == 0x27 && i + 1 < n && isLetterStart(bytes[i + 1], bytes, i + 1) {
            scratch.append(0x27)
            i += 1
          } else if c == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 && i + 3 < n
            && isLetterStart(bytes[i + 3], bytes, i + 3)
          {
            scratch.append(0x27)  // ’ inside a word is an apostrophe
            i += 3
          } else if c == 0x2E && i + 2 < n && isASCIILetter(bytes[i + 1]) && bytes[i + 2] == 0x2E
            && scratch.count == 1
          {
            // Dotted abbreviation: U.S., U.K., e.g.
            scratch.append(0x2E)
            scratch.append(bytes[i + 1] | 0x20)
            i += 2
            while i + 2 < n && bytes[i] == 0x2E && isASCIILetter(bytes[i + 1]) && bytes[i + 2] == 0x2E {
              scratch.append(0x2E)
              scratch.append(bytes[i + 1] | 0x20)
              i += 2
            }
            scratch.append(0x2E)
            i += 1
            break
          } else {
            break
          }
        }
        if let id = vocabulary.id(of: scratch) {
          out.appendListed(start, i, id: id, length: scratch.count, in: vocabulary.words, capitalized: capitalized)
        } else {
          out.append(.word, start, i, scratch.string, capitalized: capitalized)
        }
        takeOneSpace(bytes, &i, &out)
        continue
      }
      // HTML comments read as white space.
      if b == 0x3C && i + 3 < n && bytes[i + 1] == 0x21 && bytes[i + 2] == 0x2D && bytes[i + 3] == 0x2D {
        var k = i + 4
        while k + 2 < n && !(bytes[k] == 0x2D && bytes[k + 1] == 0x2D && bytes[k + 2] == 0x3E) { k += 1 }
        i = min(n, k + 3)
        out.spaceBefore = true
        continue
      }
      // White space.
      if b == 0x20 || b == 0x09 || b == 0x0C || b == 0x0B {
        out.spaceBefore = true
        i += 1
        continue
      }
      if b == 0x0A || b == 0x0D {
        out.spaceBefore = true
        out.lineBreakBefore = true
        i += 1
        continue
      }
      if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 {  // no-break space
        out.spaceBefore = true
        i += 2
        continue
      }
      if b < 0x20 || b == 0x7F {  // other control bytes (and the invalid-byte stand-in)
        out.spaceBefore = true
        i += 1
        continue
      }
      // A leading decimal point: ".77" after white space.
      if b == 0x2E && out.spaceBefore && isDigit(at: i + 1, bytes) {
        let start = i
        scratch.removeAll()
        scratch.append(0x30)
        appendDecimalPart(bytes, &i, to: &scratch)
        out.append(.number, start, i, scratch.string)
        continue
      }
      // Numbers: digits, with "," before groups of three digits and "." before decimals.
      if isDigit(b) {
        let start = i
        // A run of up to fifteen digits that no separator, decimal point or group of
        // three digits after a space follows is its own form, made from two loaded words.
        if inline && i + 16 <= n {
          var end = i + 1
          while end < i + 16 && isDigit(bytes[end]) { end += 1 }
          // At most fifteen digits: the byte after them is within the sixteen read.
          if end - i <= String.inlineCapacity, case let next = bytes[end], next != 0x2C, next != 0x2E, next != 0xC2,
            next != 0xE2, !(next == 0x20 && end - i <= 3 && isDigit(at: end + 1, bytes))
          {
            let (low, high) = packed(bytes, from: i, count: end - i)
            out.append(.number, start, end, String(smallASCIIBits: String.smallASCIIBits((low, high), count: end - i)))
            i = end
            takeOneSpace(bytes, &i, &out)
            continue
          }
        }
        scratch.removeAll()
        // A figure after "192." in "192.168.1.2" is one link of a chain, not a decimal part.
        let inChain =
          !out.spaceBefore && out.count >= 2 && out.lastMark == 0x2E && out.token(out.count - 2).kind == .number
        while i < n {
          let c = bytes[i]
          if isDigit(c) {
            scratch.append(c)
            i += 1
          } else if c == 0x2C && i + 3 < n + 0 && isDigit(at: i + 1, bytes) && isDigit(at: i + 2, bytes)
            && isDigit(at: i + 3, bytes) && !isDigit(at: i + 4, bytes)
          {
            i += 1
          } else if c == 0x2E && isDigit(at: i + 1, bytes) && !scratch.contains(0x2E)
            && !isDottedChain(bytes, from: i + 1) && !inChain
          {
            scratch.append(c)
            i += 1
          } else {
            break
          }
        }
        // Thousands grouped by spaces: "1 234 567" (two groups or more), or by a
        // no-break or thin space ("15 000").
        if scratch.count <= 3 && !scratch.contains(0x2E) {
          var k = i
          var groups: [[UInt8]] = []
          var narrow = false
          while true {
            var gap = 0
            if k < n && bytes[k] == 0x20 {
              gap = 1
            } else if k + 1 < n && bytes[k] == 0xC2 && bytes[k + 1] == 0xA0 {
              gap = 2
            } else if k + 2 < n && bytes[k] == 0xE2 && bytes[k + 1] == 0x80
              && (bytes[k + 2] == 0x89 || bytes[k + 2] == 0xAF)
            {
              gap = 3
            }
            guard gap > 0, isDigit(at: k + gap, bytes), isDigit(at: k + gap + 1, bytes),
              isDigit(at: k + gap + 2, bytes), !isDigit(at: k + gap + 3, bytes)
            else { break }
            if gap > 1 { narrow = true }
            groups.append(Array(bytes[(k + gap)..<(k + gap + 3)]))
            k += gap + 3
          }
          if groups.count >= 2 || (narrow && groups.count == 1) {
            for group in groups { scratch.append(contentsOf: group) }
            i = k
            // A decimal part after the last group: "1 234 567.89".
            if i + 1 < n && bytes[i] == 0x2E && isDigit(at: i + 1, bytes) && !isDottedChain(bytes, from: i + 1) {
              appendDecimalPart(bytes, &i, to: &scratch)
            }
          }
        }
        out.append(.number, start, i, scratch.string)
        takeOneSpace(bytes, &i, &out)
        continue
      }
      // Punctuation (one scalar).
      let start = i
      let length = b < 0x80 ? 1 : scalarLength(b)
      i = i + length <= n ? i + length : n
      var text: String
      // The mark as one ASCII byte (0 for any other text): compared as a byte below.
      var mark: UInt8 = 0
      if b < 0x80 {
        text = String.ascii(b)
        mark = b
      } else if b == 0xE2 && length == 3 && start + 2 < n && bytes[start + 1] == 0x80 {
        switch bytes[start + 2] {
        case 0x9C, 0x9D, 0x9E: mark = 0x22
        case 0x98, 0x99: mark = 0x27
        case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95: mark = 0x2D
        default: mark = 0
        }
        if mark != 0 {
          text = String.ascii(mark)
        } else {
          text = bytes[start + 2] == 0xA6 ? "..." : String(decoding: bytes[start..<i], as: UTF8.self)
        }
      } else {
        text = String(decoding: bytes[start..<i], as: UTF8.self)
      }
      // Quotation state: the opening mark is outside, the closing mark inside.
      if mark == 0x22 {
        let isOpen: Bool
        if b == 0xE2 {
          isOpen = bytes[start + 2] == 0x9C || bytes[start + 2] == 0x9E
        } else {
          isOpen = !out.inQuote
        }
        out.append(.punct, start, i, text, mark: mark)
        out.inQuote = isOpen
        continue
      }
      let wasSpace = out.spaceBefore
      out.append(.punct, start, i, text, mark: mark)
      if mark == 0x2E || mark == 0x21 || mark == 0x3F {
        var next = i
        // A closing quote or bracket may stand between the mark and the space.
        while next < n {
          if bytes[next] == 0x22 || bytes[next] == 0x29 || bytes[next] == 0x27 {
            next += 1
          } else if bytes[next] == 0xE2 && next + 2 < n && bytes[next + 1] == 0x80
            && (bytes[next + 2] == 0x9D || bytes[next + 2] == 0x99)
          {
            next += 3
          } else {
            break
          }
        }
        let followedBySpace = next >= n || isSpace(bytes[next])
        // A dot glued to an abbreviation ("Mr.", "U.S.") ends no sentence.
        let k = out.count - 2
        if followedBySpace
          && !(mark == 0x2E && !wasSpace && k >= 0 && isAbbreviation(out.token(k), form: out.form(k)))
        {
          out.pendingSentenceEnd = true
        }
      }
      takeOneSpace(bytes, &i, &out)
    }
    out.closeSentence()
    return out
  }

  /// Moves `i` past the space at it, if there is one, as the loop's branch for white
  /// space would. Most words, numbers and marks are followed by one space: the token's
  /// branch takes it, saving a turn of the loop.
  @inline(__always) private static func takeOneSpace(
    _ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ out: inout TokenSink
  ) {
    if i < bytes.count && bytes[i] == 0x20 {
      out.spaceBefore = true
      i += 1
    }
  }

  /// Appends the "." at `i` and the digits after it to `scratch`, and moves `i` past them.
  ///
  /// The buffer is passed, not captured by a local function: a local variable that a
  /// closure captures is checked for exclusive access at run time on every access.
  private static func appendDecimalPart(
    _ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, to scratch: inout ByteScratch
  ) {
    scratch.append(0x2E)
    i += 1
    while i < bytes.count && isDigit(bytes[i]) {
      scratch.append(bytes[i])
      i += 1
    }
  }

  /// Whether `https://`, `http://` or `www.` starts at `i`.
  static func startsURL(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    // Most words that start with "h" or "w" differ from all three at their second letter.
    guard i + 1 < bytes.count, case let second = bytes[i + 1] | 0x20, second == 0x74 || second == 0x77 else {
      return false
    }
    return startsWith(bytes, at: i, "https://") || startsWith(bytes, at: i, "http://")
      || startsWith(bytes, at: i, "www.")
  }

  /// Whether the bytes from `i` spell `prefix` (ASCII letters in either case).
  @inline(__always) private static func startsWith(
    _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ prefix: StaticString
  ) -> Bool {
    let p = prefix.utf8Start
    let m = prefix.utf8CodeUnitCount
    guard i + m <= bytes.count else { return false }
    for k in 0..<m where bytes[i + k] | 0x20 != p[k] | 0x20 { return false }
    return true
  }

  /// Whether the digits from `i` are followed by another "." and digit: "192.168.1.2"
  /// is a chain of integers, not a decimal.
  static func isDottedChain(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Bool {
    var k = i
    while k < bytes.count && isDigit(bytes[k]) { k += 1 }
    return k + 1 < bytes.count && bytes[k] == 0x2E && isDigit(bytes[k + 1])
  }

  private static func isAbbreviation(_ token: Token, form: String) -> Bool {
    guard token.kind == .word else { return false }
    if form.utf8.count == 1 && token.isCapitalized { return true }  // an initial
    if form.hasUTF8Suffix(".") { return true }  // U.S. already holds its dot
    return listedAbbreviations[id: token.id] != nil
  }

  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  @inline(__always) static func isDigit(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    i < bytes.count && isDigit(bytes[i])
  }
  @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
  }
  /// How many ASCII letters the bytes from `i` begin with, tested eight at a time
  /// while eight bytes are left.
  ///
  /// In each byte of a 64-bit word, `(b | 0x20) & 0x7F` plus 0x1F sets the high bit
  /// from "a" up, and plus 0x05 from the byte after "z"; neither addition carries
  /// into the next byte. A byte of 0x80 or above is never a letter.
  @inline(__always) static func asciiLetterRun(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
    let n = bytes.count
    var end = i
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      let highBits: UInt64 = 0x8080_8080_8080_8080
      while end + 8 <= n {
        let word = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self).littleEndian
        let lowered = (word | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        let letters = (lowered &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lowered &+ 0x0505_0505_0505_0505) & ~word & highBits
        if letters != highBits { return end - i + ((~letters & highBits).trailingZeroBitCount >> 3) }
        end += 8
      }
    }
    while end < n, (bytes[end] | 0x20) &- 0x61 < 26 { end += 1 }
    return end - i
  }

  /// The `count` bytes from `i`, at most ``String/inlineCapacity``, packed
  /// little-endian in two words with zero past them (as
  /// ``Vocabulary/id(low:high:count:)`` and ``String/smallASCIIBits(_:count:)`` take
  /// them), ASCII letters `lowered` when asked (`| 0x20`, for letters only): two loads,
  /// so sixteen bytes must be readable from `i`.
  @inline(__always) static func packed(
    _ bytes: UnsafeBufferPointer<UInt8>, from i: Int, count: Int, lowered: Bool = false
  ) -> (low: UInt64, high: UInt64) {
    let raw = UnsafeRawPointer(bytes.baseAddress! + i)
    let fold: UInt64 = lowered ? 0x2020_2020_2020_2020 : 0
    let low = raw.loadUnaligned(as: UInt64.self).littleEndian | fold
    let high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian | fold
    return String.packedPrefix(low, high, count: count)
  }

  @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0xC2
  }
  @inline(__always) static func scalarLength(_ b: UInt8) -> Int {
    b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
  }
  /// Whether the multi-byte scalar at `i` is an upper-case or title-case letter:
  /// "Ł", "Ž", "Ö", "Д", "Ω" start names as "A" does.
  static func isUppercaseScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    let length = scalarLength(bytes[i])
    guard length > 1, i + length <= bytes.count else { return false }
    var value = UInt32(bytes[i]) & (0xFF >> (length + 1))
    for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
  }

  /// Whether the scalar at `i` is a letter: ASCII letters, Latin-1 and Latin
  /// Extended letters, Greek, Cyrillic, and other scripts' scalars that are not
  /// general punctuation, symbols or spaces.
  @inline(__always) static func isLetterStart(_ b: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    if b < 0x80 { return isASCIILetter(b) }
    if b == 0xC2 { return false }  // Latin-1 punctuation and symbols, no-break space
    if b == 0xC3 {
      guard i + 1 < bytes.count else { return false }
      return bytes[i + 1] != 0x97 && bytes[i + 1] != 0xB7  // × ÷
    }
    if b >= 0xC4 && b <= 0xDF { return true }
    if b == 0xE2 || b == 0xE3 && i + 1 < bytes.count && bytes[i + 1] == 0x80 { return false }
    if b == 0xEF && i + 1 < bytes.count && (bytes[i + 1] == 0xBB || bytes[i + 1] == 0xBC || bytes[i + 1] == 0xBD) {
      return false  // BOM, full-width forms
    }
    if b >= 0xF0 { return false }  // emoji and other symbols
    return b >= 0xE0
  }
}
