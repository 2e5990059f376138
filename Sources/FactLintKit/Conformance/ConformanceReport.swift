/// The table `factlint-conformance` prints: the share of rows passed per file
/// and kind, span and value apart, over all rows and over the rows in scope.
public struct ConformanceReport: Sendable {
  private var rows: [(file: String, outcome: ConformanceScorer.Outcome)] = []

  /// Creates an empty report.
  public init() {}

  /// Adds the outcomes of one file.
  public mutating func add(file: String, outcomes: [ConformanceScorer.Outcome]) {
    rows += outcomes.map { (file, $0) }
  }

  /// The rendered table, with the failed in-scope rows listed when `failures` is set.
  public func render(failures: Bool = false) -> String {
    var out =
      pad("file", 20) + pad("kind", 18) + padLeft("rows", 5) + padLeft("span", 9) + padLeft("value", 9)
      + padLeft("in scope", 10) + padLeft("span", 9) + padLeft("value", 9) + "\n"
    var groups: [String: [ConformanceScorer.Outcome]] = [:]
    var order: [String] = []
    for (file, outcome) in rows {
      let key = file + "\t" + outcome.testCase.kind
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(outcome)
    }
    for key in order {
      let parts = key.split(separator: "\t").map(String.init)
      out += line(parts[0], parts[1], groups[key]!)
    }
    let all = rows.map(\.outcome)
    out += line("all files", "all kinds", all)
    let core = all.filter { ["number", "numberrange", "ordinal", "percentage", "duration"].contains($0.testCase.kind) }
    out += line("all files", "core kinds", core)
    var reasons: [String: Int] = [:]
    for o in all { if let r = o.outOfScope { reasons[r, default: 0] += 1 } }
    if !reasons.isEmpty {
      out += "\nout of scope:\n"
      let ranked = reasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      for (reason, n) in ranked { out += "  \(n) rows: \(reason)\n" }
    }
    if failures {
      out += "\nfailed rows in scope:\n"
      for (file, o) in rows where o.outOfScope == nil && !(o.spanPassed && o.valuePassed) {
        let c = o.testCase
        out +=
          "  \(file):\(c.line) [\(c.kind)] \"\(c.input)\" want \(c.spanText.map { "\"\($0)\" " } ?? "")\(c.expected)"
        out += " | span \(o.spanPassed ? "ok" : "FAIL") value \(o.valuePassed ? "ok" : "FAIL") | found: \(o.found)\n"
      }
    }
    return out
  }

  private func line(_ file: String, _ kind: String, _ outcomes: [ConformanceScorer.Outcome]) -> String {
    let inScope = outcomes.filter { $0.outOfScope == nil }
    return pad(file, 20) + pad(kind, 18) + padLeft(String(outcomes.count), 5)
      + padLeft(percent(outcomes.filter(\.spanPassed).count, outcomes.count), 9)
      + padLeft(percent(outcomes.filter { $0.spanPassed && $0.valuePassed }.count, outcomes.count), 9)
      + padLeft(String(inScope.count), 10)
      + padLeft(percent(inScope.filter(\.spanPassed).count, inScope.count), 9)
      + padLeft(percent(inScope.filter { $0.spanPassed && $0.valuePassed }.count, inScope.count), 9) + "\n"
  }

  private func percent(_ n: Int, _ total: Int) -> String {
    guard total > 0 else { return "-" }
    let tenths = (n * 1000 + total / 2) / total
    return "\(tenths / 10).\(tenths % 10)%"
  }

  private func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(1, width - s.count)) }
  private func padLeft(_ s: String, _ width: Int) -> String {
    String(repeating: " ", count: max(1, width - s.count)) + s
  }

  /// The share of rows in scope passed (span and value), per kind, for tests and docs.
  public func valueShare(kinds: Set<String>) -> Double {
    let selected = rows.map(\.outcome).filter { kinds.contains($0.testCase.kind) && $0.outOfScope == nil }
    guard !selected.isEmpty else { return 0 }
    return Double(selected.filter { $0.spanPassed && $0.valuePassed }.count) / Double(selected.count)
  }
}
