extension String {
  /// Whether this string's UTF-8 bytes end with `suffix`'s.
  ///
  /// `hasSuffix` compares Characters from the end, breaking graphemes on every call;
  /// extraction asks about ASCII endings ("s", "'s", "ies") of nearly every word, where
  /// bytes give the same answer. A string of valid UTF-8 ends with a valid UTF-8
  /// suffix only at a scalar boundary, so no scalar is ever split.
  @inline(__always) func hasUTF8Suffix(_ suffix: StaticString) -> Bool {
    if let answer = utf8.withContiguousStorageIfAvailable({ $0.hasUTF8Suffix(suffix) }) { return answer }
    let m = suffix.utf8CodeUnitCount
    let view = utf8
    guard m <= view.count else { return false }
    return view.suffix(m).elementsEqual(UnsafeBufferPointer(start: suffix.utf8Start, count: m))
  }

  /// Whether this string's UTF-8 bytes end with those of one of `suffixes`: the bytes
  /// are read once for all of them, where one ``hasUTF8Suffix(_:)`` each read them
  /// again, copying a string held inline out each time.
  func hasUTF8Suffix(amongst suffixes: [StaticString]) -> Bool {
    let answer = utf8.withContiguousStorageIfAvailable { $0.hasUTF8Suffix(amongst: suffixes) }
    return answer ?? suffixes.contains { hasUTF8Suffix($0) }
  }

  /// This string without the possessive "'s" it ends with (the caller has checked it
  /// with ``hasUTF8Suffix(_:)``): its last two UTF-8 bytes dropped. `removeLast(2)`
  /// gives the same string, walking Characters back from the end to find where.
  @inline(__always) func droppingPossessive() -> String { droppingLastUTF8(2) }

  /// This string without its last `count` UTF-8 bytes, which must end a scalar: made
  /// from the bytes that remain, read in place.
  ///
  /// A string of ASCII held inline is cut in its own two words.
  @inline(__always) func droppingLastUTF8(_ count: Int) -> String {
    if String.smallASCIILayoutHolds, let inline = inlineASCIIBytes, count <= inline.count {
      let kept = inline.count - count
      return String(
        smallASCIIBits: String.smallASCIIBits(String.packedPrefix(inline.low, inline.high, count: kept), count: kept))
    }
    var copy = self
    return copy.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0.dropLast(count)), as: UTF8.self) }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether these bytes end with `suffix`'s UTF-8 bytes.
  @inline(__always) func hasUTF8Suffix(_ suffix: StaticString) -> Bool {
    let m = suffix.utf8CodeUnitCount
    guard m <= count else { return false }
    let tail = suffix.utf8Start
    let offset = count - m
    var k = 0
    while k < m && self[offset + k] == tail[k] { k += 1 }
    return k == m
  }

  /// Whether these bytes end with those of one of `suffixes`.
  @inline(__always) func hasUTF8Suffix(amongst suffixes: [StaticString]) -> Bool {
    for s in suffixes.indices where hasUTF8Suffix(suffixes[s]) { return true }
    return false
  }
}

extension String {
  /// Whether this string is `word`, told apart by length first: most words compared
  /// with a literal differ in length, and then cost no call into string comparison.
  /// Unlike `==`, strings of different UTF-8 lengths are never equal, even when they
  /// are canonically equivalent ("é" and "e\u{301}"); for the ASCII words extraction
  /// compares with, the two agree.
  /// (``TokenCursor/isWord(_:_:)`` makes the same test on a token, written out: called
  /// through this method it measured 0.2% more instructions.)
  @inline(__always) func equals(_ word: String) -> Bool {
    utf8.count == word.utf8.count && self == word
  }
}
