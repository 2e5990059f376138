import FoundationEssentials

/// Accepted findings, so that only new ones fail a run.
///
/// An entry is a rule id, a document path and the text of the statement the
/// finding is about. Line numbers are not part of it, so the baseline survives
/// edits elsewhere in the document. Entries count: a baseline with one entry
/// accepts one finding of that rule on that text in that file, not two.
public struct Baseline: Sendable {
  /// One accepted finding.
  public struct Entry: Hashable, Sendable, Comparable {
    public var rule: String
    public var file: String
    public var statement: String

    public static func < (a: Entry, b: Entry) -> Bool {
      (a.file, a.rule, a.statement) < (b.file, b.rule, b.statement)
    }
  }

  /// How many findings each entry accepts.
  public var entries: [Entry: Int]

  /// Creates a baseline from entries.
  public init(entries: [Entry]) {
    var counts: [Entry: Int] = [:]
    for e in entries { counts[e, default: 0] += 1 }
    self.entries = counts
  }

  /// The entry for a diagnostic.
  public static func entry(for d: Diagnostic, sources: SourceManager) -> Entry {
    let file = sources[d.span.file]
    return Entry(rule: d.ruleID, file: file.path, statement: CheckContext.oneLine(file.text(d.span)))
  }

  /// Reads a baseline file written by ``render(_:sources:)``.
  public static func load(_ data: Data) throws -> Baseline {
    struct Invalid: Error, CustomStringConvertible { var description: String }
    /// The file as written; a finding's fields are read leniently, to say which lacks one.
    struct File: Decodable {
      var findings: [Finding]
    }
    struct Finding: Decodable {
      var rule: String?
      var file: String?
      var statement: String?
      enum Key: CodingKey { case rule, file, statement }
      init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: Key.self)
        rule = try? fields.decode(String.self, forKey: .rule)
        file = try? fields.decode(String.self, forKey: .file)
        statement = try? fields.decode(String.self, forKey: .statement)
      }
    }
    guard let decoded = try? JSONDecoder().decode(File.self, from: data) else {
      throw Invalid(description: "not a factlint baseline (expected {\"version\":1,\"findings\":[…]})")
    }
    var entries: [Entry] = []
    for (i, f) in decoded.findings.enumerated() {
      guard let rule = f.rule, let file = f.file, let statement = f.statement else {
        throw Invalid(description: "finding \(i + 1) lacks rule, file or statement")
      }
      entries.append(Entry(rule: rule, file: file, statement: statement))
    }
    return Baseline(entries: entries)
  }

  /// The baseline file accepting `diagnostics`, sorted, one finding per line.
  public static func render(_ diagnostics: [Diagnostic], sources: SourceManager) -> String {
    let entries = diagnostics.map { entry(for: $0, sources: sources) }.sorted()
    let lines = entries.map {
      "  "
        + JSON.object([
          ("rule", JSON.string($0.rule)), ("file", JSON.string($0.file)), ("statement", JSON.string($0.statement)),
        ])
    }
    return "{\"version\":1,\"findings\":[\n" + lines.joined(separator: ",\n") + (lines.isEmpty ? "" : "\n") + "]}\n"
  }

  /// Removes the findings the baseline accepts; returns the rest and how many were accepted.
  public func apply(_ diagnostics: [Diagnostic], sources: SourceManager) -> (kept: [Diagnostic], accepted: Int) {
    var remaining = entries
    var kept: [Diagnostic] = []
    var accepted = 0
    for d in diagnostics.sortedForOutput(sources: sources) {
      let e = Baseline.entry(for: d, sources: sources)
      if let n = remaining[e], n > 0 {
        remaining[e] = n - 1
        accepted += 1
      } else {
        kept.append(d)
      }
    }
    return (kept, accepted)
  }
}
