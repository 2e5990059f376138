/// Small string edits done on bytes and scalars, without Foundation.
extension String {
  /// The string with every occurrence of `target` replaced by `replacement`, compared
  /// byte for byte and left to right, as a literal search does. Unlike a search by
  /// Characters, "\r" is found inside "\r\n".
  func replacingBytes(of target: String, with replacement: String) -> String {
    let bytes = Array(utf8)
    let needle = Array(target.utf8)
    guard !needle.isEmpty, bytes.count >= needle.count else { return self }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      if bytes[i] == needle[0], i + needle.count <= bytes.count, bytes[i..<i + needle.count].elementsEqual(needle) {
        out.append(contentsOf: replacement.utf8)
        i += needle.count
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The string without the scalars at either end for which `drop` holds.
  func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !drop($0) }), let last = scalars.lastIndex(where: { !drop($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is punctuation: of a general category P* (connector, dash,
  /// open, close, initial, final or other punctuation).
  var isPunctuation: Bool {
    switch properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation:
      true
    default: false
    }
  }
}

extension Int {
  /// The number in decimal, with zeros before it to make `width` digits at least
  /// (as `%0*d` writes a number that is not negative).
  func zeroPadded(to width: Int) -> String {
    let digits = String(self)
    return String(repeating: "0", count: Swift.max(0, width - digits.utf8.count)) + digits
  }
}
