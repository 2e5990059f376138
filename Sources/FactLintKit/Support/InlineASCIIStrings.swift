/// Strings of a few ASCII bytes made, read and lowered in their own two words.
///
/// A string of at most fifteen UTF-8 bytes is held inline: its bytes, little-endian in
/// the string's two words, and its flags and count in the top byte. Extraction makes
/// such a string for nearly every word and number and reads it to hash, cut and lower:
/// done on the two words, each costs a few instructions, with no call into the standard
/// library, no copy of the bytes to the stack and no validating pass. The layout is the
/// standard library's on 64-bit platforms, and it is checked once against strings the
/// library makes (``String/smallASCIILayoutHolds``) before any of this is used.
extension String {
  /// The two words of the string of `count` ASCII bytes, at most ``inlineCapacity``,
  /// packed little-endian in `packed` with zero past the end, as the standard library
  /// lays out a small ASCII string: the bytes, and in the top byte its flags and count.
  /// Stored where a string is, they are that string, made with no call, copy or
  /// validating pass (``init(smallASCIIBits:)``).
  ///
  /// Only when ``smallASCIILayoutHolds`` is `true` may they be used as a string.
  @inline(__always) static func smallASCIIBits(
    _ packed: (low: UInt64, high: UInt64), count: Int
  ) -> (low: UInt64, high: UInt64) {
    (packed.low, packed.high | (0xE0 | UInt64(count)) << 56)
  }

  /// `bytes`, at most ``inlineCapacity``, packed little-endian in two words with zero
  /// past the end (as ``smallASCIIBits(_:count:)`` takes them), or `nil` when one of them
  /// is outside ASCII.
  @inline(__always) static func packedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (low: UInt64, high: UInt64)? {
    var packed: (low: UInt64, high: UInt64) = (0, 0)
    if let source = bytes.baseAddress {
      withUnsafeMutableBytes(of: &packed) { $0.baseAddress!.copyMemory(from: source, byteCount: bytes.count) }
    }
    return (packed.low | packed.high) & 0x8080_8080_8080_8080 == 0 ? packed : nil
  }

  /// The first `count` bytes (at most sixteen) of the little-endian words `low` and
  /// `high`, zero past them.
  @inline(__always) static func packedPrefix(_ low: UInt64, _ high: UInt64, count: Int) -> (low: UInt64, high: UInt64) {
    // The masks are shifted by 8 to 56 bits: the shifts that mask their amount (`&>>`)
    // are single instructions, where `>>` tests for shifts past the width.
    if count >= 16 { return (low, high) }
    if count >= 8 { return (low, count == 8 ? 0 : high & (~0 &>> UInt64(128 - 8 * count))) }
    return (count == 0 ? 0 : low & (~0 &>> UInt64(64 - 8 * count)), 0)
  }

  /// This string's bytes, packed little-endian with zero past the end (as
  /// ``smallASCIIBits(_:count:)`` takes them), and their count, when it is a string of
  /// ASCII held inline; `nil` otherwise. They are read from the string's own two words:
  /// no copy, call or reference counted.
  ///
  /// Only when ``smallASCIILayoutHolds`` is `true` may this be read: callers on hot
  /// paths keep that answer beside them, as a global's is checked on every read.
  @inline(__always) var inlineASCIIBytes: (low: UInt64, high: UInt64, count: Int)? {
    let bits = unsafeBitCast(self, to: (UInt64, UInt64).self)
    guard bits.1 >> 60 == 0xE else { return nil }
    return (bits.0, bits.1 & 0x00FF_FFFF_FFFF_FFFF, Int(truncatingIfNeeded: (bits.1 >> 56) & 0xF))
  }

  /// `words` joined by single spaces in two words, when every word is ASCII held inline
  /// and the whole is at most ``inlineCapacity`` bytes (which the caller has counted);
  /// `nil` when a word is not. Each word's bytes are shifted to where it starts.
  static func joinedInline(_ words: some Collection<String>) -> String? {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var n = 0
    var isFirst = true
    for word in words {
      guard let bytes = word.inlineASCIIBytes else { return nil }
      if !isFirst {
        let space = shifted(0x20, 0, by: n)
        (low, high) = (low | space.low, high | space.high)
        n += 1
      }
      isFirst = false
      let word = shifted(bytes.low, bytes.high, by: n)
      (low, high) = (low | word.low, high | word.high)
      n += bytes.count
    }
    return String(smallASCIIBits: smallASCIIBits((low, high), count: n))
  }

  /// The sixteen bytes of `low` and `high` (little-endian) moved `count` bytes up, those
  /// past the sixteenth dropped. The shifts mask their amount (`&<<`, `&>>`): each
  /// case keeps it below 64.
  @inline(__always) static func shifted(_ low: UInt64, _ high: UInt64, by count: Int) -> (low: UInt64, high: UInt64) {
    if count == 0 { return (low, high) }
    if count >= 8 { return (0, low &<< UInt64(8 * count - 64)) }
    let bits = UInt64(8 * count)
    return (low &<< bits, high &<< bits | low &>> (64 - bits))
  }

  /// The string of `bytes` with ASCII capitals lowered, as `lowercased()` makes it of
  /// ASCII text; `nil` when a byte is outside ASCII. A string of a few bytes is lowered
  /// eight bytes at a time in its own two words (``lowered(_:)``), with no copy, call
  /// or validating pass; a longer one is lowered as it is copied into its storage.
  static func lowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    if bytes.count <= inlineCapacity && smallASCIILayoutHolds {
      guard let packed = packedASCII(bytes) else { return nil }
      return String(smallASCIIBits: smallASCIIBits((lowered(packed.low), lowered(packed.high)), count: bytes.count))
    }
    for k in bytes.indices where bytes[k] >= 0x80 { return nil }
    return String(unsafeUninitializedCapacity: bytes.count) { out in
      for k in bytes.indices {
        let byte = bytes[k]
        out[k] = byte &- 0x41 < 26 ? byte | 0x20 : byte
      }
      return bytes.count
    }
  }

  /// This string as `lowercased()` gives it, made faster for ASCII text
  /// (``lowercasedASCII(_:)``): a name of a few letters is lowered in its own two words.
  var asciiFastLowercased: String {
    withUTF8Bytes { Self.lowercasedASCII($0) } ?? lowercased()
  }

  /// The eight bytes of `word`, each below 0x80, with the capitals "A" to "Z" lowered:
  /// a byte's top bit is set by adding 0x3F when it is "A" or above, and by adding 0x25
  /// when it is past "Z"; no sum carries into the next byte.
  @inline(__always) static func lowered(_ word: UInt64) -> UInt64 {
    let fromA = word &+ 0x3F3F_3F3F_3F3F_3F3F
    let pastZ = word &+ 0x2525_2525_2525_2525
    return word | ((fromA & ~pastZ & 0x8080_8080_8080_8080) >> 2)
  }

  /// The string whose two words are `bits` (``smallASCIIBits(_:count:)``). They are
  /// stored over an empty string, which is let go by no one: the string is owned as
  /// made, with no reference to count.
  @inline(__always) init(smallASCIIBits bits: (low: UInt64, high: UInt64)) {
    self = ""
    withUnsafeMutableBytes(of: &self) { raw in
      raw.storeBytes(of: bits.low, as: UInt64.self)
      raw.storeBytes(of: bits.high, toByteOffset: 8, as: UInt64.self)
    }
  }

  /// Whether ``smallASCIIBits(_:count:)`` gives the bits of the string the standard
  /// library makes of the same bytes. It is checked once, on strings of every length
  /// held inline: a standard library that lays small strings out otherwise makes every
  /// caller take the general path.
  static let smallASCIILayoutHolds: Bool = {
    guard MemoryLayout<String>.size == 16, UInt64(1).littleEndian == 1 else { return false }
    let letters = Array("abcdefghijklmnop".utf8)
    for count in 0...inlineCapacity {
      var low: UInt64 = 0
      var high: UInt64 = 0
      for k in 0..<count {
        if k < 8 {
          low |= UInt64(letters[k]) << (8 * UInt64(k))
        } else {
          high |= UInt64(letters[k]) << (8 * UInt64(k - 8))
        }
      }
      let expected = String(decoding: letters[0..<count], as: UTF8.self)
      guard unsafeBitCast(expected, to: (UInt64, UInt64).self) == smallASCIIBits((low, high), count: count) else {
        return false
      }
    }
    return true
  }()
}
