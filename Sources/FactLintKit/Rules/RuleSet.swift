import FoundationEssentials

/// The rules of a run: the built-in defaults (less those switched off) and the
/// project's rule files, with every error found while reading them.
public struct RuleSet: Sendable {
  /// The rules, built-in first, then by file path and order in the file.
  public var rules: [Rule]
  /// The rule files read (display paths).
  public var files: [String]
  /// Errors in the rule files; a run with any stops before linting.
  public var errors: [Diagnostic]

  /// Finds rule files: each path is a `.rules` file or a directory searched
  /// recursively for them.
  public static func ruleFiles(in paths: [String], baseDirectory: String? = nil) -> (
    files: [String], problems: [InputProblem]
  ) {
    let walker = CorpusWalker(extensions: ["rules"], skippedDirectories: [], baseDirectory: baseDirectory)
    let result = walker.walk(paths)
    return (result.files, result.problems)
  }

  /// Loads the rule files at `paths` (and the built-in rules unless `defaults` is false).
  public static func load(
    paths: [String], sources: SourceManager, defaults: Bool = true, baseDirectory: String? = nil
  ) -> RuleSet {
    let walker = CorpusWalker(extensions: ["rules"], skippedDirectories: [], baseDirectory: baseDirectory)
    var files: [(SourceFile, Bool)] = []
    var errors: [Diagnostic] = []
    if defaults {
      files.append((sources.add(path: DefaultRules.path, bytes: Array(DefaultRules.source.utf8), role: .rules), true))
    }
    let (found, _) = ruleFiles(in: paths, baseDirectory: baseDirectory)
    for path in found {
      guard let data = FileManager.default.contents(atPath: walker.diskPath(path)) else {
        let file = sources.add(path: path, bytes: [], role: .rules)
        errors.append(
          Diagnostic(
            ruleID: "rule-io", severity: .error, message: "cannot read rule file",
            span: Span(file: file.id, start: 0, end: 0)))
        continue
      }
      let decoded = DocumentDecoder.decode([UInt8](data), path: path)
      let file = sources.add(path: path, bytes: decoded.bytes ?? [], role: .rules, prefixLength: decoded.prefixLength)
      if decoded.bytes == nil || decoded.problems.contains(where: { $0.kind == .invalidUTF8 || $0.kind == .binary }) {
        errors.append(
          Diagnostic(
            ruleID: "rule-io", severity: .error, message: "rule file is not valid UTF-8 text",
            span: Span(
              file: file.id, start: decoded.problems.first?.offset ?? 0, end: decoded.problems.first?.offset ?? 0)))
        continue
      }
      files.append((file, false))
    }
    return assemble(files, sources: sources, extraErrors: errors)
  }

  /// Parses already loaded rule sources (used by `load` and by tests).
  public static func assemble(_ files: [(SourceFile, Bool)], sources: SourceManager, extraErrors: [Diagnostic] = [])
    -> RuleSet
  {
    var errors = extraErrors
    var parsed: [RuleFile] = []
    for (file, builtIn) in files {
      let (ruleFile, diagnostics) = RuleParser.parse(file, builtIn: builtIn)
      errors.append(contentsOf: diagnostics)
      parsed.append(ruleFile)
    }
    var byID: [String: Rule] = [:]
    var rules: [Rule] = []
    for file in parsed {
      for rule in file.rules {
        if let first = byID[rule.id] {
          errors.append(
            Diagnostic(
              ruleID: "rule-duplicate", severity: .error, message: "rule id '\(rule.id)' is already used",
              span: rule.idSpan, related: [RelatedLocation(span: first.idSpan, message: "first used here")],
              notes: first.isBuiltIn
                ? ["help: to replace the built-in rule, add 'disable \(rule.id)' and give yours another id"] : []))
          continue
        }
        byID[rule.id] = rule
        rules.append(rule)
      }
    }
    var disabled = Set<String>()
    for file in parsed {
      for (id, span) in file.disabled {
        if byID[id] == nil && !DefaultRules.ids.contains(id) {
          var notes: [String] = []
          if let close = Suggestions.closest(to: id, among: (Array(byID.keys) + DefaultRules.ids).sorted()) {
            notes.append("help: did you mean '\(close)'?")
          }
          errors.append(
            Diagnostic(
              ruleID: "rule-unknown", severity: .error, message: "unknown rule id '\(id)'", span: span, notes: notes))
        }
        disabled.insert(id)
      }
    }
    rules.removeAll { disabled.contains($0.id) }
    return RuleSet(
      rules: rules, files: files.filter { !$0.1 }.map { $0.0.path }, errors: errors)
  }

  /// Finds the nearest `Rules/` directory walking up from `directory`.
  public static func discover(from directory: String) -> String? {
    var url = URL(fileURLWithPath: directory).standardizedFileURL
    while true {
      let candidate = url.appendingPathComponent("Rules").path
      if FileStatus(of: candidate) == .directory { return candidate }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return nil }
      url = parent
    }
  }
}
