/// `path:line:col: severity: message [rule-id]`, one line per diagnostic, then
/// `path:line:col: note: …` for each related location, note and fix-it.
///
/// This is the format of GCC's diagnostics, matched by VS Code's `$gcc` problem
/// matcher and vim's default errorformat. Columns are 1-based Unicode scalars.
public struct GNUReporter: StreamingReporter {
  public static let name = "gnu"
  /// Diagnostics rendered together by one worker.
  public var chunkSize = 512

  /// Creates the reporter.
  public init() {}

  public func render(_ report: LintReport) -> String {
    var out = ""
    write(report) { out += $0 }
    return out
  }

  public func head(_ report: LintReport) -> String { "" }

  public func body(_ report: LintReport) -> String { Self.render(report.diagnostics[...], of: report) }

  public var separator: String { "" }

  public func tail(_ report: LintReport, empty: Bool) -> String { "" }

  /// Writes the lines in chunks of ``chunkSize`` diagnostics, rendered side by side
  /// (``StreamingReporter/write(_:chunkSize:to:)``).
  public func write(_ report: LintReport, to write: (String) -> Void) {
    self.write(report, chunkSize: chunkSize, to: write)
  }

  /// The lines of `diagnostics`, built as bytes: interpolating each line into a
  /// `String` cost more than finding its positions.
  private static func render(_ diagnostics: ArraySlice<Diagnostic>, of report: LintReport) -> String {
    var out = ByteWriter(capacity: diagnostics.count * 512)
    var lookup = SourceLookup(report.sources)
    // Each diagnostic is read in place: a copy would count a reference on each of its
    // texts, some of which (the rule's identifier) every finding of its rule shares.
    diagnostics.withUnsafeBufferPointer { diagnostics in
      for k in diagnostics.indices { append(diagnostics[k], lookup: &lookup, to: &out) }
    }
    return out.string
  }

  /// Appends the lines of `d`: its own, then one per related location, note and fix.
  private static func append(_ d: borrowing Diagnostic, lookup: inout SourceLookup, to out: inout ByteWriter) {
    // The location starts the line of each note and fix too: where it is in `out` is kept.
    let prefixStart = out.count
    appendLocation(d.span, &lookup, to: &out)
    let prefix = prefixStart..<out.count
    out.append(utf8: d.severity.name)
    out.append(literal: ": ")
    appendOneLine(d.message, to: &out)
    out.append(literal: " [")
    out.append(utf8: d.ruleID)
    out.append(literal: "]\n")
    d.related.withUnsafeBufferPointer { related in
      for r in related.indices {
        appendLocation(related[r].span, &lookup, to: &out)
        out.append(literal: "note: ")
        appendOneLine(related[r].message, to: &out)
        out.append(0x0A)
      }
    }
    d.notes.withUnsafeBufferPointer { notes in
      for n in notes.indices {
        out.appendAgain(prefix)
        out.append(literal: "note: ")
        appendOneLine(notes[n], to: &out)
        out.append(0x0A)
      }
    }
    d.fixIts.withUnsafeBufferPointer { fixIts in
      for f in fixIts.indices {
        out.appendAgain(prefix)
        out.append(literal: "note: fix: ")
        appendOneLine(fixIts[f].message, to: &out)
        out.append(0x0A)
      }
    }
  }

  /// Appends `path:line:col: ` of the start of `span`.
  private static func appendLocation(_ span: Span, _ lookup: inout SourceLookup, to out: inout ByteWriter) {
    let (slot, position) = lookup.position(span)
    lookup.appendPath(slot, to: &out)
    out.append(0x3A)
    appendDecimal(position.line, to: &out)
    out.append(0x3A)
    appendDecimal(position.column, to: &out)
    out.append(literal: ": ")
  }

  /// Appends the decimal digits of `value` (not negative). A line or column has few
  /// digits: up to eight are gathered in one word, each shifted up as the next is put
  /// below it, so that the word's bytes in memory are the digits in order, and they
  /// are appended at once.
  static func appendDecimal(_ value: Int, to out: inout ByteWriter) {
    var rest = UInt(max(0, value))
    guard rest < 100_000_000 else { return out.append(utf8: String(rest)) }
    var digits: UInt64 = 0
    var count = 0
    repeat {
      digits = digits << 8 | UInt64(0x30 + rest % 10)
      rest /= 10
      count += 1
    } while rest > 0
    withUnsafeBytes(of: digits.littleEndian) { raw in
      out.append(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
    }
  }

  /// Appends `text` with line breaks and control characters made spaces (``oneLine(_:)``).
  /// A text that holds none, as almost every one, is copied whole once it is searched
  /// eight bytes at a time.
  private static func appendOneLine(_ text: String, to out: inout ByteWriter) {
    let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
      guard !bytes.containsControlByte() else { return false }
      out.append(bytes)
      return true
    }
    if plain == true { return }
    let start = out.count
    out.append(utf8: text)
    out.replaceControlBytes(from: start)
  }

  /// Replaces line breaks and control characters so that one diagnostic stays on one line.
  static func oneLine(_ text: String) -> String {
    if text.utf8.withContiguousStorageIfAvailable({ $0.containsControlByte() }) == false { return text }
    return String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
  }
}
