import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decodes the bytes of a file into the UTF-8 text factlint works on.
///
/// - A UTF-8 byte order mark is removed (offsets are then relative to the text after it).
/// - UTF-16 with a byte order mark is decoded; such a file is never rewritten by `--fix`.
/// - A NUL byte marks the file as binary: it is skipped.
/// - Each byte that is not part of valid UTF-8 is replaced by the control byte 0x1A,
///   one for one, so that every offset still matches the file on disk. The first
///   such byte is reported with its position.
public enum DocumentDecoder {
  /// The decoded text and what happened on the way.
  public struct Decoded: Sendable {
    /// Valid UTF-8 text, or `nil` when the file was skipped.
    public var bytes: [UInt8]?
    /// Bytes stripped from the front (3 for a UTF-8 BOM).
    public var prefixLength: Int
    /// Whether offsets in ``bytes`` map one-to-one to the file on disk (after the prefix).
    public var isByteFaithful: Bool
    /// Problems found while decoding, with offsets into ``bytes``.
    public var problems: [InputProblem]
  }

  /// The byte that stands in for each invalid byte.
  public static let replacementByte: UInt8 = 0x1A

  /// Decodes `raw`, read from `path`.
  public static func decode(_ raw: [UInt8], path: String) -> Decoded {
    if raw.isEmpty {
      return Decoded(
        bytes: [], prefixLength: 0, isByteFaithful: true,
        problems: [
          InputProblem(path: path, kind: .empty, detail: "file is empty")
        ])
    }
    if raw.count >= 2 && ((raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF)) {
      return decodeUTF16(raw, path: path)
    }
    var prefix = 0
    if raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF { prefix = 3 }
    if raw.withUnsafeBufferPointer({ memchr($0.baseAddress! + prefix, 0, $0.count - prefix) != nil }) {
      return Decoded(
        bytes: nil, prefixLength: prefix, isByteFaithful: true,
        problems: [
          InputProblem(path: path, kind: .binary, detail: "file holds NUL bytes and looks binary; skipped")
        ])
    }
    var bytes = prefix == 0 ? raw : Array(raw[prefix...])
    var problems: [InputProblem] = []
    // Most files are well-formed: checked without writing, they are not copied.
    let invalid = isWellFormedUTF8(bytes) ? [] : repairUTF8(&bytes)
    if let first = invalid.first {
      let plural = invalid.count == 1 ? "byte" : "bytes"
      problems.append(
        InputProblem(
          path: path, kind: .invalidUTF8,
          detail: "invalid UTF-8 (\(invalid.count) \(plural) replaced); the rest of the file is linted",
          offset: first))
    }
    if bytes.isEmpty {
      problems.append(InputProblem(path: path, kind: .empty, detail: "file holds only a byte order mark"))
    }
    return Decoded(bytes: bytes, prefixLength: prefix, isByteFaithful: true, problems: problems)
  }

  private static func decodeUTF16(_ raw: [UInt8], path: String) -> Decoded {
    let data = Data(raw)
    guard let text = String(data: data, encoding: .utf16) else {
      return Decoded(
        bytes: nil, prefixLength: 0, isByteFaithful: false,
        problems: [
          InputProblem(
            path: path, kind: .binary,
            detail: "file starts with a UTF-16 byte order mark but is not valid UTF-16; skipped")
        ])
    }
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    return Decoded(
      bytes: bytes, prefixLength: 2, isByteFaithful: false,
      problems: [
        InputProblem(path: path, kind: .transcoded, detail: "file is UTF-16; decoded to UTF-8 and never rewritten")
      ])
  }

  /// Whether `bytes` are well-formed UTF-8.
  static func isWellFormedUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { firstIllFormedByte($0, from: 0) == nil }
  }

  /// Replaces every byte that is not part of a well-formed UTF-8 sequence
  /// (lone continuation bytes, overlong forms, surrogates, truncated sequences)
  /// by ``replacementByte``, and returns their offsets.
  static func repairUTF8(_ bytes: inout [UInt8]) -> [Int] {
    var invalid: [Int] = []
    bytes.withUnsafeMutableBufferPointer { buffer in
      var i = 0
      while let bad = firstIllFormedByte(UnsafeBufferPointer(buffer), from: i) {
        buffer[bad] = replacementByte
        invalid.append(bad)
        i = bad + 1
      }
    }
    return invalid
  }

  /// The offset of the first byte at or after `start` that begins no well-formed
  /// sequence, walking sequence by sequence; ASCII is ruled in eight bytes at a time.
  private static func firstIllFormedByte(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let base = buffer.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    let n = buffer.count
    var i = start
    while i < n {
      if i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        i += 8
        continue
      }
      if buffer[i] < 0x80 {
        i += 1
        continue
      }
      let length = sequenceLength(buffer, at: i)
      if length == 0 { return i }
      i += length
    }
    return nil
  }

  /// The length of the well-formed sequence starting at `i`, or 0.
  private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let n = buffer.count
    let b0 = buffer[i]
    func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
      i + k < n && buffer[i + k] >= lo && buffer[i + k] <= hi
    }
    switch b0 {
    case 0xC2...0xDF: return cont(1) ? 2 : 0
    case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
    case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
    case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
    case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
    case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
    default: return 0
    }
  }
}
