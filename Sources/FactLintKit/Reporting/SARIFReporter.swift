/// SARIF 2.1.0 for code-scanning tools: the rules with their descriptions,
/// one result per diagnostic with `relatedLocations` for the conflicting
/// statements, fixes, `columnKind: unicodeCodePoints`, and a
/// `partialFingerprints` entry that depends on the rule, the file and the text
/// of the statement (not on its line), so it survives edits elsewhere.
public struct SARIFReporter: StreamingReporter {
  public static let name = "sarif"

  /// Creates the reporter.
  public init() {}

  public func head(_ report: LintReport) -> String {
    let rules = report.outcomes.map(\.rule)
    let descriptors = rules.map { rule -> String in
      var pairs: [(String, String)] = [
        ("id", JSON.string(rule.id)),
        ("name", JSON.string(Self.camelCase(rule.id))),
        ("shortDescription", JSON.object([("text", JSON.string(Self.firstSentence(rule.explanation) ?? rule.id))])),
      ]
      if let explanation = rule.explanation {
        pairs.append(("fullDescription", JSON.object([("text", JSON.string(explanation))])))
      }
      if let link = rule.link { pairs.append(("helpUri", JSON.string(link))) }
      pairs.append(("defaultConfiguration", JSON.object([("level", JSON.string(level(rule.severity)))])))
      return JSON.object(pairs)
    }
    let driver = JSON.object([
      ("name", JSON.string("factlint")), ("version", JSON.string(FactLintCommand.version)),
      ("informationUri", JSON.string("https://github.com/factlint/factlint")),
      ("rules", JSON.array(descriptors)),
    ])
    // The run object is left open at its results, which the body fills.
    return "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[\n  "
      + "{" + JSON.string("tool") + ":" + JSON.object([("driver", driver)]) + "," + JSON.string("columnKind") + ":"
      + JSON.string("unicodeCodePoints") + "," + JSON.string("results") + ":[\n"
  }

  public var separator: String { ",\n" }

  public func tail(_ report: LintReport, empty: Bool) -> String { (empty ? "]" : "\n  ]") + "}\n]}\n" }

  public func body(_ report: LintReport) -> String {
    var ruleIndex: [String: Int] = [:]
    for (i, outcome) in report.outcomes.enumerated() { ruleIndex[outcome.rule.id] = i }
    let results = report.diagnostics.map { d -> String in
      var pairs: [(String, String)] = [("ruleId", JSON.string(d.ruleID))]
      if let index = ruleIndex[d.ruleID] { pairs.append(("ruleIndex", String(index))) }
      pairs.append(("level", JSON.string(level(d.severity))))
      var text = d.message
      for note in d.notes { text += "\n" + note }
      pairs.append(("message", JSON.object([("text", JSON.string(text))])))
      pairs.append(("locations", JSON.array([JSON.object([("physicalLocation", physical(d.span, report))])])))
      if !d.related.isEmpty {
        let related = d.related.enumerated().map { (i, r) in
          JSON.object([
            ("id", String(i + 1)), ("physicalLocation", physical(r.span, report)),
            ("message", JSON.object([("text", JSON.string(r.message))])),
          ])
        }
        pairs.append(("relatedLocations", JSON.array(related)))
      }
      pairs.append(("partialFingerprints", JSON.object([("factlint/v1", JSON.string(fingerprint(d, report)))])))
      if !d.fixIts.isEmpty {
        let fixes = d.fixIts.map { fix in
          JSON.object([
            ("description", JSON.object([("text", JSON.string(fix.message))])),
            (
              "artifactChanges",
              JSON.array(
                fix.edits.map { edit in
                  JSON.object([
                    (
                      "artifactLocation",
                      JSON.object([("uri", JSON.string(Self.uri(report.sources[edit.span.file].path)))])
                    ),
                    (
                      "replacements",
                      JSON.array([
                        JSON.object([
                          ("deletedRegion", region(edit.span, report)),
                          ("insertedContent", JSON.object([("text", JSON.string(edit.replacement))])),
                        ])
                      ])
                    ),
                  ])
                })
            ),
          ])
        }
        pairs.append(("fixes", JSON.array(fixes)))
      }
      return JSON.object(pairs)
    }
    return results.map { "    " + $0 }.joined(separator: separator)
  }

  private func level(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .note: return "note"
    }
  }

  private func physical(_ span: Span, _ report: LintReport) -> String {
    JSON.object([
      ("artifactLocation", JSON.object([("uri", JSON.string(Self.uri(report.sources[span.file].path)))])),
      ("region", region(span, report)),
    ])
  }

  private func region(_ span: Span, _ report: LintReport) -> String {
    let file = report.sources[span.file]
    let start = file.location(of: span.start)
    let end = file.location(of: span.end)
    return JSON.object([
      ("startLine", String(start.line)), ("startColumn", String(start.column)),
      ("endLine", String(end.line)), ("endColumn", String(end.column)),
    ])
  }

  /// FNV-1a over the rule id, the path and the statement's text.
  private func fingerprint(_ d: Diagnostic, _ report: LintReport) -> String {
    let file = report.sources[d.span.file]
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in Array(d.ruleID.utf8) + [0] + Array(file.path.utf8) + [0] + Array(file.text(d.span).utf8) {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// A relative URI reference for a path: unreserved characters and `/` kept, the rest percent-encoded.
  static func uri(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      let c = Character(Unicode.Scalar(byte))
      if byte < 0x80 && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
        out.append(c)
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return out
  }

  static func camelCase(_ id: String) -> String {
    id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  static func firstSentence(_ text: String?) -> String? {
    guard let text else { return nil }
    if let dot = text.firstIndex(of: ".") { return String(text[...dot]) }
    return text
  }
}
