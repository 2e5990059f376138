import Testing

@testable import FactLintKit

/// A document that is a group of its own is settled from its distinct values alone,
/// without the tables that sum up a corpus. Its findings must be the ones the general
/// path gives: the check summed up from that document, settled, and asked to report.
@Suite struct AgreementAloneTests {
  @Test(arguments: [0, 2])
  func aDocumentSettledAloneHasTheFindingsOfTheGeneralPath(maxPerDocument: Int) {
    let sources = SourceManager()
    let ruleSet = TestSupport.rules(
      """
      rule per-document { scope document
        select counts: count
        expect counts agree by noun }
      rule per-document-values { scope document
        select counts: count
        expect counts agree within 10% }
      """, sources: sources)
    let generator = NewsGenerator(seed: 11)
    var findings = 0
    for (k, text) in (0..<30).flatMap({ generator.story($0).map(\.text) }).enumerated() {
      let file = sources.add(path: "doc\(k).txt", bytes: Array(text.utf8), role: .document)
      let document = Extractor.extract(file)
      let kinds = document.facts.map(\.kind)
      for rule in ruleSet.rules {
        let plan = RulePlan(rule: rule, maxRelated: 3, maxPerDocument: maxPerDocument)
        let selection = plan.select(document, kinds: kinds, file: file)
        for check in plan.makeChecks() {
          let alone = check.reportAlone(selection, context: plan.context)
          var general = check
          general.add(selection, context: plan.context)
          general.finish(context: plan.context)
          #expect(alone == general.report(selection, context: plan.context), "doc\(k) \(rule.id)")
          findings += alone.count
        }
      }
    }
    #expect(findings > 50, "the documents must disagree for the comparison to mean anything")
  }
}
