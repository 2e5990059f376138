/// Terminal display width of Unicode scalars, and safe rendering of source text.
///
/// Wide East Asian characters and emoji take two cells, combining marks and
/// zero-width characters none. Tabs become four spaces; control characters and
/// bidirectional overrides (which could reorder the rest of the line) become
/// visible replacement characters.
enum DisplayWidth {
  /// The width in terminal cells of `scalar` as rendered by ``safe(_:)``.
  static func width(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v == 0x09 { return 4 }
    if v < 0x20 || v == 0x7F { return 1 }
    if isZeroWidth(v) { return 0 }
    if isBidiControl(v) { return 1 }
    if isWide(v) { return 2 }
    return 1
  }

  /// The text of `scalar` made safe for a terminal.
  static func safe(_ scalar: Unicode.Scalar) -> String {
    let v = scalar.value
    if v == 0x09 { return "    " }
    if v < 0x20 || v == 0x7F || isBidiControl(v) { return "\u{FFFD}" }
    return String(Character(scalar))
  }

  private static func isZeroWidth(_ v: UInt32) -> Bool {
    (0x0300...0x036F).contains(v) || (0x0483...0x0489).contains(v) || (0x0591...0x05BD).contains(v)
      || (0x0610...0x061A).contains(v) || (0x064B...0x065F).contains(v) || (0x1AB0...0x1AFF).contains(v)
      || (0x1DC0...0x1DFF).contains(v) || (0x200B...0x200D).contains(v) || (0x20D0...0x20FF).contains(v)
      || (0xFE00...0xFE0F).contains(v) || (0xFE20...0xFE2F).contains(v) || v == 0xFEFF
      || (0xE0100...0xE01EF).contains(v)
  }

  private static func isBidiControl(_ v: UInt32) -> Bool {
    (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
  }

  private static func isWide(_ v: UInt32) -> Bool {
    (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
      || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
      || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x1F680...0x1F6FF).contains(v) || (0x20000...0x3FFFD).contains(v)
  }
}
