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

  /// Statements whose intervals share a point are passed over before they are settled:
  /// the test must say yes exactly when some real number lies in every interval, open
  /// and closed ends, single points and unbounded sides alike.
  @Test func statementsAreFoundToShareAPointExactlyWhenOneLiesInEveryInterval() {
    var generator = SplitMix64(seed: 23)
    let span = Span(file: FileID(0), start: 0, end: 1)
    let fact = Fact(kind: .count, span: span, text: "1", sentence: span, quoted: false)
    var shared = 0
    for _ in 0..<4000 {
      let valued = (0..<(1 + Int(generator.next() % 4))).map { _ -> AgreementCheck.Valued in
        let a = Double(generator.next() % 7)
        let b = a + Double(generator.next() % 4)
        let lower = generator.next() % 8 == 0 ? -Double.infinity : a
        let upper = generator.next() % 8 == 0 ? Double.infinity : b
        let v = Interval(
          lower: lower, upper: upper, lowerClosed: generator.next() % 2 == 0, upperClosed: generator.next() % 2 == 0)
        return AgreementCheck.Valued(fact: fact, interval: v)
      }
      // Every point worth trying: each end, each half-way point, and beyond both sides.
      let candidates = (-2...24).map { Double($0) / 2 }
      let inEvery = candidates.contains { x in valued.allSatisfy { Self.holds(x, $0.interval) } }
      #expect(AgreementCheck.shareAPosition(valued) == inEvery, "\(valued.map(\.interval))")
      if inEvery { shared += 1 }
    }
    #expect(shared > 500 && shared < 3500, "both answers must be tried often")
  }

  /// The few values of one document are compared pair by pair, many are swept: both
  /// must find the same reference position, ties, open ends and empty intervals alike
  /// (an empty one holds no position).
  @Test func comparingValuesInPairsFindsTheReferenceTheSweepFinds() {
    var generator = SplitMix64(seed: 41)
    var differentAnswers = Set<String>()
    for _ in 0..<5000 {
      let values = (0..<(1 + Int(generator.next() % 12))).map { _ in
        let a = Double(generator.next() % 6)
        let b = a + Double(generator.next() % 3)
        let interval = Interval(
          lower: generator.next() % 10 == 0 ? -Double.infinity : a,
          upper: generator.next() % 10 == 0 ? Double.infinity : b,
          lowerClosed: generator.next() % 2 == 0, upperClosed: generator.next() % 2 == 0)
        return (interval: interval, documents: 1 + Int(generator.next() % 3), statements: 1 + Int(generator.next() % 4))
      }
      let compared = AgreementCheck.comparedReferencePosition(values)
      #expect(compared == AgreementCheck.sweptReferencePosition(values), "\(values)")
      if let compared { differentAnswers.insert("\(compared.value) \(compared.side)") }
    }
    #expect(differentAnswers.count > 10, "positions of many kinds must be found")
  }

  private static func holds(_ x: Double, _ v: Interval) -> Bool {
    (x > v.lower || (x == v.lower && v.lowerClosed)) && (x < v.upper || (x == v.upper && v.upperClosed))
  }
}
