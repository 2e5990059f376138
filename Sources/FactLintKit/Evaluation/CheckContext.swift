/// What every check of one rule shares: the rule, the limits on what a finding
/// shows, and the helpers that word statements, references and diagnostics.
///
/// A class: checks and message templates pass it around for every finding, and
/// copying a struct that holds the rule retained each of the rule's fields.
final class CheckContext: Sendable {
  /// The rule being checked.
  let rule: Rule
  /// The most reference statements shown beside one finding.
  let maxRelated: Int
  /// The most statements of one document reported one by one by a check (0: no limit).
  let maxPerDocument: Int

  /// The rule's message, its placeholders found once for all its findings.
  private let message: MessageTemplate.Compiled?

  init(rule: Rule, maxRelated: Int, maxPerDocument: Int) {
    self.rule = rule
    self.maxRelated = maxRelated
    self.maxPerDocument = maxPerDocument
    message = rule.message.map(MessageTemplate.Compiled.init)
  }

  /// How many reference statements a summary keeps: one more than it shows, since
  /// a finding never shows its own document.
  var referenceLimit: Int { maxRelated + 1 }

  /// The statement as written, through its noun and per-side marker, on one line.
  static func statement(_ fact: Fact, in file: SourceFile) -> String {
    oneLine(file.text(fact.extent))
  }

  /// `text` with every run of white space made one space.
  static func oneLine(_ text: String) -> String {
    // Most statements are ASCII with single spaces: they are returned as they are,
    // once their bytes are read where they are stored.
    if text.withUTF8Bytes(isSingleSpacedASCII) { return text }
    var out = ""
    var lastSpace = false
    for ch in text {
      if ch.isWhitespace {
        if !lastSpace { out.append(" ") }
        lastSpace = true
      } else {
        out.append(ch)
        lastSpace = false
      }
    }
    return out
  }

  /// Whether `bytes` are ASCII with no control byte and no two spaces in a row.
  /// Read eight bytes at a time, as one 64-bit word: a statement is tested for every
  /// finding that quotes it.
  static func isSingleSpacedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let high: UInt64 = 0x8080_8080_8080_8080
    let ones: UInt64 = 0x0101_0101_0101_0101
    var previousSpace = false
    var k = 0
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while k + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self).littleEndian
        // A byte of 0x80 or more, or one below 0x20 (the word is ASCII when this is tested).
        if word & high != 0 || (word &- ones &* 0x20) & ~word & high != 0 { return false }
        // The spaces, each as the top bit of its byte: the bytes that the space pattern zeroes.
        let x = word ^ (ones &* 0x20)
        let spaces = ~(((x & ~high) &+ ~high) | x) & high
        if spaces & (spaces << 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return false }
        previousSpace = spaces >> 63 != 0
        k += 8
      }
    }
    while k < bytes.count {
      let byte = bytes[k]
      if byte >= 0x80 || byte < 0x20 || (byte == 0x20 && previousSpace) { return false }
      previousSpace = byte == 0x20
      k += 1
    }
    return true
  }

  /// The severity-bearing diagnostic with the rule's message (or `fallback`), at
  /// `span` of `file`. `values` gives the value of each placeholder the check fills
  /// (`nil` for others).
  func diagnostic(
    at span: Span, in file: SourceFile, fallback: @autoclosure () -> MessageTemplate.Compiled,
    values: (String) -> String?,
    related: [RelatedLocation], extraNotes: [String] = [], fixIts: [FixIt] = []
  ) -> Diagnostic {
    // A message names a few of about ten values: only those are made, when the
    // template asks for them, and the fallback only for a rule with no message.
    func fill(_ name: String) -> String? {
      if let found = values(name) { return found }
      switch name {
      case "rule": return rule.id
      case "file": return file.path
      default: return nil
      }
    }
    let message = (self.message ?? fallback()).render(fill)
    return Diagnostic(
      ruleID: rule.id, severity: rule.severity, message: message, span: span, related: related, notes: extraNotes,
      fixIts: fixIts)
  }

  /// Up to ``maxRelated`` reference statements, one per document, other documents
  /// first, as related locations, and how many documents were left out. `ownHasReference`
  /// says whether the finding's own document, `file`, holds a reference statement.
  func related(_ references: ReferenceSet, excluding file: FileID, ownHasReference: Bool) -> ([RelatedLocation], Int) {
    let firsts = references.firsts
    let others = references.documentCount - (ownHasReference ? 1 : 0)
    if others == 0, let own = firsts.first {
      return ([RelatedLocation(span: own.extent, message: own.label)], 0)
    }
    // When the finding's document is none of the first references, it shows them as
    // every such finding does, from the locations the reference set made once, if it did.
    let leading = min(firsts.count, maxRelated)
    if let locations = references.locations, firsts.count <= maxRelated + 1,
      !firsts[..<leading].contains(where: { $0.extent.file == file })
    {
      let shown = firsts.count > maxRelated ? locations.leading : locations.all
      return (shown, others - shown.count)
    }
    var shown: [RelatedLocation] = []
    for reference in firsts where reference.extent.file != file {
      if shown.count == maxRelated { break }
      shown.append(RelatedLocation(span: reference.extent, message: reference.label))
    }
    return (shown, others - shown.count)
  }

  /// The note that counts the agreeing documents not shown.
  static func moreNote(_ hidden: Int) -> [String] {
    // Joined, not interpolated: interpolation costs several times as much, for every finding.
    hidden > 0
      ? ["and " + String(hidden) + (hidden == 1 ? " more document" : " more documents") + " agree with them"] : []
  }
}
