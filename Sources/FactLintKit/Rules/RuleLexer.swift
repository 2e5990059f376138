/// Splits a rule file into tokens. `#` starts a comment that runs to the end of the line.
struct RuleLexer {
  /// Tokens and the errors met (an unterminated string, a stray character).
  static func lex(_ file: SourceFile) -> (tokens: [RuleToken], errors: [Diagnostic]) {
    var tokens: [RuleToken] = []
    var errors: [Diagnostic] = []
    let bytes = file.bytes
    let n = bytes.count
    var i = 0
    func span(_ a: Int, _ b: Int) -> Span { Span(file: file.id, start: a, end: b) }
    while i < n {
      let b = bytes[i]
      if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
        i += 1
        continue
      }
      if b == 0x23 {  // comment
        while i < n && bytes[i] != 0x0A && bytes[i] != 0x0D { i += 1 }
        continue
      }
      let start = i
      if b == 0x22 {  // string
        i += 1
        var value: [UInt8] = []
        var closed = false
        while i < n {
          let c = bytes[i]
          if c == 0x22 {
            closed = true
            i += 1
            break
          }
          if c == 0x0A || c == 0x0D { break }
          if c == 0x5C && i + 1 < n {
            let e = bytes[i + 1]
            switch e {
            case 0x6E: value.append(0x0A)
            case 0x74: value.append(0x09)
            case 0x22, 0x5C, 0x7B, 0x7D: value.append(e)
            default:
              errors.append(
                Diagnostic(
                  ruleID: "rule-syntax", severity: .error,
                  message: "unknown escape '\\\(String(decoding: [e], as: UTF8.self))' in string",
                  span: span(i, i + 2), notes: ["help: write \\\\ for a backslash"]))
              value.append(e)
            }
            i += 2
            continue
          }
          value.append(c)
          i += 1
        }
        if !closed {
          errors.append(
            Diagnostic(
              ruleID: "rule-syntax", severity: .error, message: "unterminated string",
              span: span(start, start + 1),
              notes: ["help: close the string with '\"' before the end of the line"]))
        }
        tokens.append(RuleToken(kind: .string, value: String(decoding: value, as: UTF8.self), span: span(start, i)))
        continue
      }
      if isDigit(b) {
        while i < n
          && (isDigit(bytes[i]) || bytes[i] == 0x2C && i + 1 < n && isDigit(bytes[i + 1])
            || bytes[i] == 0x2E && i + 1 < n && isDigit(bytes[i + 1]))
        {
          i += 1
        }
        let digits = bytes[start..<i].filter { $0 != 0x2C }
        tokens.append(RuleToken(kind: .number, value: String(decoding: digits, as: UTF8.self), span: span(start, i)))
        continue
      }
      if isWordByte(b) && b != 0x2D {
        while i < n && isWordByte(bytes[i]) { i += 1 }
        tokens.append(
          RuleToken(kind: .word, value: String(decoding: bytes[start..<i], as: UTF8.self), span: span(start, i)))
        continue
      }
      if i + 1 < n, let two = twoCharSymbol(b, bytes[i + 1]) {
        i += 2
        tokens.append(RuleToken(kind: .symbol, value: two, span: span(start, i)))
        continue
      }
      if "{}(),:=+-*/%<>".utf8.contains(b) {
        i += 1
        tokens.append(RuleToken(kind: .symbol, value: String(decoding: [b], as: UTF8.self), span: span(start, i)))
        continue
      }
      // Anything else: one scalar.
      let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
      i = min(n, i + length)
      errors.append(
        Diagnostic(
          ruleID: "rule-syntax", severity: .error,
          message: "unexpected character '\(file.text(start..<i))'", span: span(start, i)))
    }
    tokens.append(RuleToken(kind: .end, value: "", span: span(n, n)))
    return (tokens, errors)
  }

  private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  private static func isWordByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || isDigit(b) || b == 0x2D || b == 0x5F || b == 0x2E
      || b >= 0x80
  }

  private static func twoCharSymbol(_ a: UInt8, _ b: UInt8) -> String? {
    switch (a, b) {
    case (0x3C, 0x3D): return "<="
    case (0x3E, 0x3D): return ">="
    case (0x3D, 0x3D): return "=="
    case (0x21, 0x3D): return "!="
    default: return nil
    }
  }
}
