/// A phrase from a rule file, compiled once: its text and its lower-case UTF-8 bytes.
public struct Phrase: Hashable, Sendable, ExpressibleByStringLiteral {
  /// The phrase as written.
  public let text: String
  /// The phrase's bytes with ASCII letters lower-cased, as the search compares them.
  let pattern: [UInt8]

  /// Compiles `text`.
  public init(_ text: String) {
    self.text = text
    pattern = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
  }

  public init(stringLiteral value: String) { self.init(value) }
}

/// Case-insensitive search for whole-word phrases in UTF-8 bytes.
/// A curly apostrophe in the text matches a straight one in the phrase.
enum PhraseSearch {
  /// The first offset in `range` of `bytes` where `phrase` starts as whole words.
  static func find(_ phrase: Phrase, in bytes: [UInt8], range: Range<Int>) -> Range<Int>? {
    let p = phrase.pattern
    guard !p.isEmpty else { return nil }
    let start = max(0, range.lowerBound)
    let end = min(range.upperBound, bytes.count)
    guard start < end else { return nil }
    return bytes.withUnsafeBufferPointer { text in
      p.withUnsafeBufferPointer { pattern in find(pattern, in: text, from: start, to: end) }
    }
  }

  /// The search itself, over raw buffers: it runs over every sentence a selection
  /// filters on. `memchr` finds the candidates for the first letter, in each case,
  /// a vector at a time; each found position is kept until the search passes it.
  private static func find(
    _ p: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Range<Int>? {
    let first = p[0]
    // An upper-case first letter in the text matches too.
    let firstUpper = first >= 0x61 && first <= 0x7A ? first & ~0x20 : first
    func next(_ byte: UInt8, from i: Int) -> Int { bytes.firstIndex(of: byte, in: i..<end) ?? end }
    var lower = next(first, from: start)
    var upper = firstUpper == first ? end : next(firstUpper, from: start)
    while true {
      let i = min(lower, upper)
      guard i < end else { return nil }
      if !isWordByte(at: i - 1, bytes, limit: end), let matchEnd = match(p, bytes, from: i, limit: end),
        !isWordByte(at: matchEnd, bytes, limit: end)
      {
        return i..<matchEnd
      }
      if i == lower { lower = next(first, from: i + 1) }
      if i == upper { upper = next(firstUpper, from: i + 1) }
    }
  }

  /// Every whole-word occurrence of `phrase` in `range`.
  static func occurrences(_ phrase: Phrase, in bytes: [UInt8], range: Range<Int>) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var start = range.lowerBound
    while start < range.upperBound, let r = find(phrase, in: bytes, range: start..<range.upperBound) {
      found.append(r)
      start = r.upperBound
    }
    return found
  }

  /// The number of words strictly between two byte ranges (0 when they touch or overlap).
  static func wordsBetween(_ a: Range<Int>, _ b: Range<Int>, in bytes: [UInt8]) -> Int {
    let gap =
      a.upperBound <= b.lowerBound ? a.upperBound..<b.lowerBound : b.upperBound..<max(b.upperBound, a.lowerBound)
    return bytes.withUnsafeBufferPointer { text in
      var words = 0
      var inWord = false
      for i in gap {
        let w = isWordByte(at: i, text)
        if w && !inWord { words += 1 }
        inWord = w
      }
      return words
    }
  }

  private static func match(
    _ p: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int
  ) -> Int? {
    var i = start
    var k = 0
    while k < p.count {
      guard i < limit else { return nil }
      let b = bytes[i]
      if p[k] == 0x27 && b == 0xE2 && i + 2 < limit && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 {
        i += 3
        k += 1
        continue
      }
      guard lower(b) == p[k] else { return nil }
      i += 1
      k += 1
    }
    return i
  }

  @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

  @inline(__always) private static func isWordByte(
    at i: Int, _ bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max
  ) -> Bool {
    guard i >= 0, i < bytes.count, i < limit else { return false }
    let b = bytes[i]
    return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
  }
}
