extension String {
  /// Whether this string's UTF-8 bytes end with `suffix`'s.
  ///
  /// `hasSuffix` compares Characters from the end, breaking graphemes on every call;
  /// extraction asks about ASCII endings ("s", "'s", "ies") of nearly every word, where
  /// bytes give the same answer. A string of valid UTF-8 ends with a valid UTF-8
  /// suffix only at a scalar boundary, so no scalar is ever split.
  @inline(__always) func hasUTF8Suffix(_ suffix: StaticString) -> Bool {
    let m = suffix.utf8CodeUnitCount
    let tail = suffix.utf8Start
    let answer = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      guard m <= bytes.count else { return false }
      let offset = bytes.count - m
      for k in 0..<m where bytes[offset + k] != tail[k] { return false }
      return true
    }
    if let answer { return answer }
    let view = utf8
    guard m <= view.count else { return false }
    return view.suffix(m).elementsEqual(UnsafeBufferPointer(start: tail, count: m))
  }
}
