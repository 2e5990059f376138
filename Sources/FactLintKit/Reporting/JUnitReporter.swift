/// JUnit XML for CI test-report viewers: each rule is a test case, failed with
/// its findings or passed; problems with the input form one more case.
/// Test case names are the rule ids, which are unique.
public struct JUnitReporter: Reporter {
  public static let name = "junit"

  /// Creates the reporter.
  public init() {}

  public func render(_ report: LintReport) -> String {
    var cases: [String] = []
    var failures = 0
    for outcome in report.outcomes {
      var text = "    <testcase classname=\"factlint.rules\" name=\"\(Self.escape(outcome.rule.id))\""
      if outcome.passed {
        text += "/>"
      } else {
        failures += 1
        let n = outcome.findingCount
        let body = report.diagnostics.filter { $0.ruleID == outcome.rule.id }.map { line($0, report) }
          .joined(separator: "\n")
        text +=
          ">\n      <failure type=\"\(outcome.rule.severity.name)\" message=\"\(n) \(n == 1 ? "finding" : "findings")\">"
          + Self.escape(body) + "</failure>\n    </testcase>"
      }
      cases.append(text)
    }
    let ruleIDs = Set(report.outcomes.map(\.rule.id))
    let other = report.diagnostics.filter { !ruleIDs.contains($0.ruleID) && $0.severity == .error }
    if !other.isEmpty {
      failures += 1
      let body = other.map { line($0, report) }.joined(separator: "\n")
      cases.append(
        "    <testcase classname=\"factlint.input\" name=\"input\">\n      <failure type=\"error\" message=\"\(other.count) input problems\">"
          + Self.escape(body) + "</failure>\n    </testcase>")
    }
    let tests = cases.count
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<testsuites name=\"factlint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\">\n"
    out += "  <testsuite name=\"factlint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
    out += cases.map { $0 + "\n" }.joined()
    out += "  </testsuite>\n</testsuites>\n"
    return out
  }

  private func line(_ d: Diagnostic, _ report: LintReport) -> String {
    let (path, loc) = report.location(d.span)
    var text = "\(path):\(loc.line):\(loc.column): \(d.severity.name): \(d.message)"
    for r in d.related {
      let (rp, rl) = report.location(r.span)
      text += "\n\(rp):\(rl.line):\(rl.column): note: \(r.message)"
    }
    return text
  }

  /// Escapes XML text and attribute values; characters XML 1.0 forbids are dropped.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default:
        let v = scalar.value
        if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D { continue }
        if v == 0xFFFE || v == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
