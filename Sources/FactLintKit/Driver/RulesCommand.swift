/// `factlint rules` and `factlint explain RULE`.
struct RulesCommand {
  let context: CommandContext

  func list() -> Int32 {
    let sources = SourceManager()
    guard let ruleSet = context.loadRules(sources: sources, report: "gnu") else { return 2 }
    let width = ruleSet.rules.map(\.id.count).max() ?? 0
    var out = ""
    for rule in ruleSet.rules {
      let file = sources[rule.idSpan.file]
      let loc = file.location(of: rule.idSpan.start)
      let padded = rule.id + String(repeating: " ", count: width - rule.id.count)
      let severity = rule.severity.name + String(repeating: " ", count: 8 - rule.severity.name.count)
      out += "\(padded)  \(severity) \(file.path):\(loc.line)  \(summary(rule))\n"
    }
    out += "\(ruleSet.rules.count) \(ruleSet.rules.count == 1 ? "rule" : "rules")\n"
    context.io.out(out)
    return 0
  }

  func explain(_ id: String) -> Int32 {
    let sources = SourceManager()
    guard let ruleSet = context.loadRules(sources: sources, report: "gnu") else { return 2 }
    guard let rule = ruleSet.rules.first(where: { $0.id == id }) else {
      var message = "factlint: error: unknown rule '\(id)'"
      if let close = Suggestions.closest(to: id, among: ruleSet.rules.map(\.id)) {
        message += "; did you mean '\(close)'?"
      }
      context.io.err(message + "\n")
      return 2
    }
    let file = sources[rule.idSpan.file]
    let loc = file.location(of: rule.idSpan.start)
    var out = "\(rule.id) (\(rule.severity.name)), \(file.path):\(loc.line)\n"
    if let explanation = rule.explanation { out += "\n" + wrap(explanation, indent: "  ") + "\n" }
    if let link = rule.link { out += "\n  see \(link)\n" }
    if let message = rule.message { out += "\n  message: \(message)\n" }
    for example in rule.examples {
      out += "\n  example that \(example.shouldTrigger ? "triggers the rule" : "passes"):\n"
      for (i, doc) in example.documents.enumerated() { out += "    doc \(i + 1): \(doc)\n" }
    }
    context.io.out(out)
    return 0
  }

  private func summary(_ rule: Rule) -> String {
    guard let text = rule.explanation else { return "" }
    if let dot = text.firstIndex(of: ".") { return String(text[..<dot]) }
    return text
  }

  private func wrap(_ text: String, indent: String, width: Int = 78) -> String {
    var lines: [String] = []
    var line = indent
    for word in text.split(separator: " ") {
      if line.count + word.count + 1 > width && line != indent {
        lines.append(line)
        line = indent
      }
      line += (line == indent ? "" : " ") + word
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}
