import Testing

@testable import FactLintKit

@Suite struct RuleSummaryTests {
  /// A finding at a span an earlier finding is at is dropped, whether the findings
  /// are few (compared in order) or many (hashed); the rest keep their order.
  @Test(arguments: [2, 13, 32, 33, 80])
  func onlyTheFirstFindingAtEachSpanIsKept(count: Int) {
    let file = FileID(0)
    // Finding k is at span k % 3 when k is a multiple of 4, and at a span of its own otherwise.
    let findings = (0..<count).map { k in
      let start = k % 4 == 0 ? (k % 3) * 10 : 1_000 + k * 10
      return Diagnostic(
        ruleID: "r", severity: .error, message: "finding \(k)", span: Span(file: file, start: start, end: start + 2))
    }
    var seen: [Span] = []
    let expected = findings.filter { finding in
      if seen.contains(finding.span) { return false }
      seen.append(finding.span)
      return true
    }
    let kept = RuleSummary.firstAtEachSpan(findings)
    #expect(kept.map(\.message) == expected.map(\.message))
    // From thirteen findings on, finding 12 is at the span of finding 0.
    #expect(count < 13 || kept.count < count)
  }

  /// Findings that are all at spans of their own come back whole and in order.
  @Test(arguments: [0, 1, 2, 32, 33])
  func findingsAtSpansOfTheirOwnAreAllKept(count: Int) {
    let findings = (0..<count).map { k in
      Diagnostic(
        ruleID: "r", severity: .warning, message: "finding \(k)", span: Span(file: FileID(k % 2), start: k, end: k + 1))
    }
    #expect(RuleSummary.firstAtEachSpan(findings).map(\.message) == findings.map(\.message))
  }
}
