extension String {
  /// The runs of this string between ASCII spaces, empty runs left out: the words of a
  /// name or phrase as extraction joined them. The same as `split(separator: " ")`,
  /// found on the UTF-8 bytes rather than by breaking Characters.
  var spaceSeparatedWords: [Substring] {
    var words: [Substring] = []
    let view = utf8
    var start = view.startIndex
    var index = start
    while index != view.endIndex {
      if view[index] == 0x20 {
        if start != index { words.append(self[start..<index]) }
        start = view.index(after: index)
      }
      index = view.index(after: index)
    }
    if start != index { words.append(self[start..<index]) }
    return words
  }

  /// How many ``spaceSeparatedWords`` there are, counted without making them, over the
  /// bytes where the string stores them.
  var spaceSeparatedWordCount: Int {
    withUTF8Bytes { bytes in
      var count = 0
      var inWord = false
      for byte in bytes {
        if byte == 0x20 {
          inWord = false
        } else if !inWord {
          inWord = true
          count += 1
        }
      }
      return count
    }
  }

  /// The last of ``spaceSeparatedWords`` (a person's surname), or `nil` when there is none.
  /// Its bounds are found on the bytes where the string stores them: stepping through
  /// the UTF-8 view's indices cost some hundreds of instructions for a name.
  var lastSpaceSeparatedWord: Substring? {
    let bounds = withUTF8Bytes { bytes -> Range<Int>? in
      var end = bytes.count
      while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
      guard end > 0 else { return nil }
      var start = end
      while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
      return start..<end
    }
    guard let bounds else { return nil }
    let view = utf8
    let start = view.index(view.startIndex, offsetBy: bounds.lowerBound)
    let end = view.index(view.startIndex, offsetBy: bounds.upperBound)
    return self[start..<end]
  }
}

extension Collection where Element == String {
  /// The strings joined by single spaces: `joined(separator: " ")`, with one string given
  /// back as it is and several copied as bytes into a string made at its size (joining
  /// cost several times as much, for the few words of a name or a title). Words of ASCII
  /// held inline that join to at most ``String/inlineCapacity`` bytes, as most names
  /// do, are joined in two words (``String/joinedInline(_:)``), with no allocation.
  var joinedBySpaces: String {
    guard count > 1 else { return first ?? "" }
    var length = count - 1
    for word in self { length += word.utf8.count }
    if length <= String.inlineCapacity && String.smallASCIILayoutHolds, let joined = String.joinedInline(self) {
      return joined
    }
    return String(unsafeUninitializedCapacity: length) { out in
      var n = 0
      var isFirst = true
      for word in self {
        if !isFirst {
          out[n] = 0x20
          n += 1
        }
        isFirst = false
        var word = word
        n = word.withUTF8 { bytes in
          _ = UnsafeMutableBufferPointer(rebasing: out[n..<(n + bytes.count)]).initialize(from: bytes)
          return n + bytes.count
        }
      }
      return n
    }
  }
}
