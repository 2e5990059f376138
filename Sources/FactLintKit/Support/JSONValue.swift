/// A parsed JSON value, read straight from UTF-8 bytes (Foundation's parser is
/// several times slower on the large fact files that shards produce).
enum JSONValue: Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// A parse failure at a byte offset.
  struct ParseError: Error {
    var offset: Int
  }

  /// Parses one JSON value that fills `bytes` (white space around it allowed).
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(ParseError) -> JSONValue {
    var parser = Parser(bytes: bytes)
    let value = try parser.value(depth: 0)
    parser.skipSpace()
    guard parser.i == bytes.count else { throw ParseError(offset: parser.i) }
    return value
  }

  subscript(key: String) -> JSONValue? {
    if case .object(let o) = self { return o[key] }
    return nil
  }

  var string: String? { if case .string(let s) = self { s } else { nil } }
  var double: Double? { if case .number(let d) = self { d } else { nil } }
  var int: Int? { double.flatMap { $0 == $0.rounded() && Swift.abs($0) < 1e15 ? Int($0) : nil } }
  var bool: Bool? { if case .bool(let b) = self { b } else { nil } }
  var array: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
  var isNull: Bool { self == .null }

  private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    mutating func skipSpace() {
      while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    mutating func value(depth: Int) throws(ParseError) -> JSONValue {
      skipSpace()
      guard i < bytes.count, depth < 64 else { throw ParseError(offset: i) }
      switch bytes[i] {
      case 0x7B: return try object(depth: depth)
      case 0x5B: return try array(depth: depth)
      case 0x22: return .string(try string())
      case 0x74: return try literal("true", .bool(true))
      case 0x66: return try literal("false", .bool(false))
      case 0x6E: return try literal("null", .null)
      default: return .number(try number())
      }
    }

    mutating func literal(_ word: StaticString, _ value: JSONValue) throws(ParseError) -> JSONValue {
      let n = word.utf8CodeUnitCount
      guard i + n <= bytes.count else { throw ParseError(offset: i) }
      for k in 0..<n where bytes[i + k] != word.utf8Start[k] { throw ParseError(offset: i) }
      i += n
      return value
    }

    mutating func object(depth: Int) throws(ParseError) -> JSONValue {
      i += 1
      var out: [String: JSONValue] = [:]
      skipSpace()
      if i < bytes.count, bytes[i] == 0x7D {
        i += 1
        return .object(out)
      }
      while true {
        skipSpace()
        guard i < bytes.count, bytes[i] == 0x22 else { throw ParseError(offset: i) }
        let key = try string()
        skipSpace()
        guard i < bytes.count, bytes[i] == 0x3A else { throw ParseError(offset: i) }
        i += 1
        out[key] = try value(depth: depth + 1)
        skipSpace()
        guard i < bytes.count else { throw ParseError(offset: i) }
        if bytes[i] == 0x2C {
          i += 1
          continue
        }
        guard bytes[i] == 0x7D else { throw ParseError(offset: i) }
        i += 1
        return .object(out)
      }
    }

    mutating func array(depth: Int) throws(ParseError) -> JSONValue {
      i += 1
      var out: [JSONValue] = []
      skipSpace()
      if i < bytes.count, bytes[i] == 0x5D {
        i += 1
        return .array(out)
      }
      while true {
        out.append(try value(depth: depth + 1))
        skipSpace()
        guard i < bytes.count else { throw ParseError(offset: i) }
        if bytes[i] == 0x2C {
          i += 1
          continue
        }
        guard bytes[i] == 0x5D else { throw ParseError(offset: i) }
        i += 1
        return .array(out)
      }
    }

    mutating func string() throws(ParseError) -> String {
      i += 1
      let start = i
      // Fast path: no escapes.
      while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C { i += 1 }
      guard i < bytes.count else { throw ParseError(offset: i) }
      if bytes[i] == 0x22 {
        defer { i += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
      }
      var out = Array(bytes[start..<i])
      while i < bytes.count {
        let b = bytes[i]
        if b == 0x22 {
          i += 1
          return String(decoding: out, as: UTF8.self)
        }
        if b != 0x5C {
          out.append(b)
          i += 1
          continue
        }
        guard i + 1 < bytes.count else { throw ParseError(offset: i) }
        let e = bytes[i + 1]
        i += 2
        switch e {
        case 0x22, 0x5C, 0x2F: out.append(e)
        case 0x6E: out.append(0x0A)
        case 0x72: out.append(0x0D)
        case 0x74: out.append(0x09)
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x75:
          var scalar = try hex4()
          if scalar >= 0xD800 && scalar < 0xDC00, i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
            i += 2
            let low = try hex4()
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low &- 0xDC00)
          }
          out.append(contentsOf: Array(String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8))
        default: throw ParseError(offset: i - 1)
        }
      }
      throw ParseError(offset: i)
    }

    mutating func hex4() throws(ParseError) -> UInt32 {
      guard i + 4 <= bytes.count else { throw ParseError(offset: i) }
      var v: UInt32 = 0
      for _ in 0..<4 {
        let b = bytes[i]
        let d: UInt32
        switch b {
        case 0x30...0x39: d = UInt32(b - 0x30)
        case 0x61...0x66: d = UInt32(b - 0x61 + 10)
        case 0x41...0x46: d = UInt32(b - 0x41 + 10)
        default: throw ParseError(offset: i)
        }
        v = v * 16 + d
        i += 1
      }
      return v
    }

    mutating func number() throws(ParseError) -> Double {
      let start = i
      while i < bytes.count {
        let b = bytes[i]
        guard (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2B || b == 0x2E || b == 0x65 || b == 0x45 else { break }
        i += 1
      }
      guard i > start,
        let d = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
      else { throw ParseError(offset: start) }
      return d
    }
  }
}
