/// A phrase from a rule file, compiled once: its text and its lower-case UTF-8 bytes.
public struct Phrase: Hashable, Sendable, ExpressibleByStringLiteral {
  /// The phrase as written.
  public let text: String
  /// The phrase's bytes with ASCII letters lower-cased, as the search compares them.
  let pattern: [UInt8]
  /// The offset in `pattern` of the byte the search looks for (``anchor(of:)``).
  let anchor: Int

  /// Compiles `text`.
  public init(_ text: String) {
    self.text = text
    pattern = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    anchor = Self.anchor(of: pattern)
  }

  /// The offset of the byte of `pattern` that is rarest in English text: a letter by
  /// how often it is written ("e" most, "z" least), a digit or mark rarer than any
  /// letter, a space or a byte outside ASCII never chosen before them. Only bytes
  /// before any apostrophe are taken: a curly apostrophe in the text is three bytes
  /// where the phrase has one, so past one, a byte's place in the text is not fixed
  /// by where the phrase starts.
  static func anchor(of pattern: [UInt8]) -> Int {
    let byFrequency = Array("etaoinshrdlcumwfgypbvkjxqz".utf8)
    func rarity(_ b: UInt8) -> Int {
      if b == 0x20 || b >= 0x80 { return 0 }
      if let rank = byFrequency.firstIndex(of: b) { return rank + 1 }
      return byFrequency.count + 1
    }
    var best = 0
    for k in pattern.indices {
      if pattern[k] == 0x27 { break }
      if rarity(pattern[k]) > rarity(pattern[best]) { best = k }
    }
    return best
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
    let anchor = phrase.anchor
    guard start + anchor < end else { return nil }
    return bytes.withUnsafeBufferPointer { text in
      p.withUnsafeBufferPointer { pattern in find(pattern, anchor: anchor, in: text, from: start, to: end) }
    }
  }

  /// The search itself, over raw buffers: it runs over every sentence a selection
  /// filters on. `memchr` finds the candidates for the phrase's anchor byte (the
  /// rarest of its first bytes, ``Phrase/anchor(of:)``), in each case, a vector at a
  /// time; each found position is kept until the search passes it, and the phrase
  /// is matched from `anchor` bytes before it.
  private static func find(
    _ p: UnsafeBufferPointer<UInt8>, anchor: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Range<Int>? {
    let key = p[anchor]
    // An upper-case letter in the text matches too.
    let keyUpper = key >= 0x61 && key <= 0x7A ? key & ~0x20 : key
    func next(_ byte: UInt8, from i: Int) -> Int { bytes.firstIndex(of: byte, in: i..<end) ?? end }
    var lower = next(key, from: start + anchor)
    var upper = keyUpper == key ? end : next(keyUpper, from: start + anchor)
    while true {
      let j = min(lower, upper)
      guard j < end else { return nil }
      let i = j - anchor
      if !isWordByte(at: i - 1, bytes, limit: end), let matchEnd = match(p, bytes, from: i, limit: end),
        !isWordByte(at: matchEnd, bytes, limit: end)
      {
        return i..<matchEnd
      }
      if j == lower { lower = next(key, from: j + 1) }
      if j == upper { upper = next(keyUpper, from: j + 1) }
    }
  }

  /// The first whole-word occurrence of `phrase` in `range` that `accepted` takes,
  /// searched for one after another, with no list of them made.
  static func first(
    _ phrase: Phrase, in bytes: [UInt8], range: Range<Int>, where accepted: (Range<Int>) -> Bool
  ) -> Range<Int>? {
    var start = range.lowerBound
    while start < range.upperBound, let r = find(phrase, in: bytes, range: start..<range.upperBound) {
      if accepted(r) { return r }
      start = r.upperBound
    }
    return nil
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
