/// One row of a conformance TSV file (see ../shared/conformance/README.md).
public struct ConformanceCase: Sendable {
  /// The text to extract from.
  public var input: String
  /// The kind the upstream suite expects ("number", "numberrange", "duration", …).
  public var kind: String
  /// The expected value as written upstream, or `NONE`.
  public var expected: String
  /// The text of the expected span, or `nil` when the whole input is the span.
  public var spanText: String?
  /// The upstream source file, which decides the kinds a `NONE` row forbids.
  public var source: String
  /// The 1-based line in the TSV file.
  public var line: Int

  /// Whether the row says nothing of the kind may be found.
  public var expectsNothing: Bool { expected == "NONE" }

  /// Parses a TSV file in either of the two layouts (Duckling or Recognizers-Text).
  public static func parse(_ text: String) -> [ConformanceCase] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else {
      return []
    }
    lines.removeFirst()
    let column = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    var cases: [ConformanceCase] = []
    for (i, line) in lines.enumerated() where !line.isEmpty {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      func field(_ name: String) -> String {
        guard let k = column[name], k < fields.count else { return "" }
        return fields[k]
      }
      let input = field("input").replacingBytes(of: "\\\"", with: "\"")
      var kind = field("kind")
      let source = field("source")
      if kind.isEmpty { kind = Self.kind(ofSource: source) }
      let span = column["span_text"] != nil ? field("span_text") : nil
      cases.append(
        ConformanceCase(
          input: input, kind: kind, expected: field("expected"), spanText: span?.isEmpty == true ? nil : span,
          source: source, line: i + 2))
    }
    return cases
  }

  /// The kind a Recognizers-Text source file tests, for its `NONE` rows.
  static func kind(ofSource source: String) -> String {
    if source.contains("NumberRange") { return "numberrange" }
    if source.contains("Ordinal") { return "ordinal" }
    if source.contains("Percent") { return "percentage" }
    if source.contains("Currency") { return "currency" }
    if source.contains("Duration") { return "duration" }
    if source.contains("DateTime") { return "date" }
    return "number"
  }
}
