/// `factlint test`: runs every rule's examples and reports each rule as a passed
/// or failed case, closing with `N passed, M failed`.
struct TestCommand {
  let context: CommandContext

  func run() -> Int32 {
    let sources = SourceManager()
    guard let ruleSet = context.loadRules(sources: sources, report: "gnu") else { return 2 }
    let runner = ExampleRunner(sources: sources)
    var passed = 0
    var failed = 0
    var out = ""
    for rule in ruleSet.rules {
      let results = runner.run(rule)
      var problems: [String] = []
      for result in results where !result.passed {
        let file = sources[result.example.span.file]
        let loc = file.location(of: result.example.span.start)
        let what =
          result.example.shouldTrigger
          ? "example should trigger '\(rule.id)' but nothing was reported"
          : "example should pass '\(rule.id)' but it reported: \(result.diagnostics.first.map(\.message) ?? "")"
        problems.append("\(file.path):\(loc.line):\(loc.column): error: \(what) [\(rule.id)]")
      }
      let hasFailing = rule.examples.contains { $0.shouldTrigger }
      let hasPassing = rule.examples.contains { !$0.shouldTrigger }
      if !hasFailing || !hasPassing {
        let file = sources[rule.idSpan.file]
        let loc = file.location(of: rule.idSpan.start)
        let missing =
          !hasFailing && !hasPassing ? "examples" : !hasFailing ? "an 'example fails'" : "an 'example passes'"
        problems.append(
          "\(file.path):\(loc.line):\(loc.column): error: rule '\(rule.id)' has no \(missing) [\(rule.id)]")
      }
      if problems.isEmpty {
        passed += 1
        out += "PASS \(rule.id) (\(results.count) \(results.count == 1 ? "example" : "examples"))\n"
      } else {
        failed += 1
        out += "FAIL \(rule.id)\n" + problems.map { "  " + $0 + "\n" }.joined()
      }
    }
    out += "\(passed) passed, \(failed) failed\n"
    context.io.out(out)
    return failed > 0 ? 1 : 0
  }
}
