import Testing

@testable import FactLintKit

@Suite struct AgreementTests {
  let rule = """
    noun prisoner = prisoner, POW
    rule swap { select s: count noun prisoner per-side
      expect s agree }
    """

  @Test func eachOfManyCountedThingsInADocumentAgreesOnItsOwn() throws {
    // Twelve things per document: past the few searched in order, the rest are looked up.
    let nouns = [
      "boats", "cars", "ships", "tanks", "drones", "planes", "trucks", "guns", "buses", "rifles", "vans", "jets",
    ]
    func report(_ changed: String?) -> String {
      // Each thing is counted twice: the second time it is found among the many.
      let first = nouns.enumerated().map { k, noun in "They saw \(noun == changed ? 99 : k + 2) \(noun)." }
      let again = nouns.enumerated().map { k, noun in "Again \(k + 2) \(noun)." }
      return (first + again).joined(separator: " ")
    }
    let (diagnostics, report) = TestSupport.lint(
      "rule things { select s: count\n expect s agree by noun }", [report(nil), report(nil), report("guns")])
    #expect(diagnostics.map { report.location($0.span).path } == ["doc2.txt"])
    #expect(diagnostics.first?.message == "\"99 guns\" cannot be true together with 9 stated in 2 other documents")
  }

  @Test func theMajorityValueIsTheReferenceAndTheOutlierIsReported() throws {
    let (diagnostics, report) = TestSupport.lint(
      rule,
      [
        "They swapped 1,000 prisoners each.", "They freed 1,000 POWs on each side.",
        "Both sides released 500 prisoners each.",
      ])
    let only = try #require(diagnostics.first)
    #expect(diagnostics.count == 1)
    #expect(report.location(only.span).path == "doc2.txt")
    #expect(only.message == "\"500 prisoners each\" cannot be true together with 1,000 stated in 2 other documents")
    #expect(only.related.map { report.location($0.span).path } == ["doc0.txt", "doc1.txt"])
  }

  @Test func eachDisagreeingDocumentShowsThreeReferencesAndCountsTheRest() throws {
    // Ten documents state 1,000, six others 500, and one both: its own 1,000 is
    // neither shown to it nor counted among the others.
    var texts = (0..<10).map { "Report \($0): they swapped 1,000 prisoners each." }
    texts += (0..<6).map { "Report \($0 + 10): they swapped 500 prisoners each." }
    texts.append("They swapped 1,000 prisoners each, or 500 prisoners each.")
    let (diagnostics, report) = TestSupport.lint(rule, texts)
    #expect(diagnostics.count == 7)
    for d in diagnostics {
      let own = report.location(d.span).path
      let shown = d.related.map { report.location($0.span).path }
      let others = own == "doc16.txt" ? 10 : 11
      #expect(shown.count == 3 && !shown.contains(own))
      #expect(d.message.hasSuffix("stated in \(others) other documents"), "\(d.message)")
      #expect(d.notes == ["and \(others - 3) more documents agree with them"], "\(own): \(d.notes)")
    }
    let last = try #require(diagnostics.last)
    #expect(report.location(last.span).path == "doc16.txt")
  }

  @Test func aDocumentAmongTheFirstReferencesIsShownTheOthersNotItself() throws {
    // doc0 holds the first reference and a finding; doc5 holds none of the references.
    var texts = ["They swapped 1,000 prisoners each, or 500 prisoners each."]
    texts += (1..<5).map { "Report \($0): they swapped 1,000 prisoners each." }
    texts.append("They swapped 500 prisoners each.")
    let (diagnostics, report) = TestSupport.lint(rule, texts)
    let shown = diagnostics.map { d in
      [report.location(d.span).path] + d.related.map { report.location($0.span).path }
    }
    #expect(
      shown == [
        ["doc0.txt", "doc1.txt", "doc2.txt", "doc3.txt"], ["doc5.txt", "doc0.txt", "doc1.txt", "doc2.txt"],
      ])
    #expect(
      diagnostics.map(\.notes) == [["and 1 more document agree with them"], ["and 2 more documents agree with them"]])
  }

  @Test func overlappingHedgesAgree() {
    let (diagnostics, _) = TestSupport.lint(
      rule, ["at least 900 prisoners each", "1,000 prisoners each", "up to 1,200 prisoners each"])
    #expect(diagnostics.isEmpty)
  }

  @Test func toleranceWidensValues() {
    let tolerant = rule.replacingOccurrences(of: "expect s agree", with: "expect s agree within 10%")
    let texts = ["1,000 prisoners each", "1,050 prisoners each"]
    #expect(TestSupport.lint(rule, texts).diagnostics.count == 1)
    #expect(TestSupport.lint(tolerant, texts).diagnostics.isEmpty)
  }

  @Test func manyDisagreeingStatementsGiveBoundedDiagnostics() {
    var text = ""
    for i in 0..<2_000 { text += "They freed \(i % 2 == 0 ? 1000 : 1000 + i) prisoners each.\n" }
    let (diagnostics, _) = TestSupport.lint(rule, [text])
    // Twenty one by one, then one that sums up the other 980.
    #expect(diagnostics.count == 21)
    #expect(diagnostics.last?.message.hasPrefix("980 more statements") == true)
    #expect(diagnostics.allSatisfy { $0.related.count <= 3 })
  }
}

@Suite struct RuleOutcomeTests {
  @Test func anOutcomeCountsItsFindingsOrKeepsTheCountAlone() throws {
    let rule = "noun prisoner = prisoner\nrule swap { select s: count noun prisoner\n  expect s agree }"
    let (diagnostics, report) = TestSupport.lint(
      rule, ["They swapped 1,000 prisoners.", "They swapped 1,000 prisoners.", "They swapped 500 prisoners."])
    var outcome = try #require(report.outcomes.first { $0.rule.id == "swap" })
    #expect(outcome.findingCount == 1 && !outcome.passed && diagnostics.count == 1)
    outcome.diagnostics.removeAll()
    #expect(outcome.findingCount == 0 && outcome.passed)
    let counted = RuleOutcome(rule: outcome.rule, findingCount: 4)
    #expect(counted.findingCount == 4 && counted.diagnostics.isEmpty && !counted.passed)
  }
}

@Suite struct ComparisonTests {
  let rule = """
    rule phase { scope document
      select phase: count noun prisoner per-side sentence has "phase"
      select whole: count noun swap per-side
      expect phase * 2 == whole }
    """

  @Test func aPhaseTwiceTheWholeHolds() {
    let (d, _) = TestSupport.lint(rule, ["They freed 500 prisoners each, a first phase of a 1,000-for-1,000 swap."])
    #expect(d.isEmpty)
  }

  @Test func aWrongPhaseIsReportedWithTheBindings() throws {
    let (d, _) = TestSupport.lint(rule, ["They freed 400 prisoners each, a first phase of a 1,000-for-1,000 swap."])
    let only = try #require(d.first)
    #expect(only.message == "\"400 prisoners each\" breaks 'phase * 2 == whole' (phase = 400, whole = 1000)")
  }

  @Test func comparisonsOnIntervalsReportOnlyWhatCannotHold() {
    let over4 = Interval(lower: 4, upper: .infinity, lowerClosed: false)
    #expect(!ComparisonCheck.cannotHold(over4, .lessOrEqual, .exactly(22)))
    #expect(ComparisonCheck.cannotHold(.exactly(30), .lessOrEqual, .exactly(22)))
    #expect(
      ComparisonCheck.cannotHold(Interval(lower: 22, upper: .infinity, lowerClosed: false), .lessOrEqual, .exactly(22)))
    #expect(ComparisonCheck.cannotHold(.exactly(5), .notEqual, .exactly(5)))
    #expect(!ComparisonCheck.cannotHold(Interval(lower: 4, upper: 6), .notEqual, .exactly(5)))
  }

  @Test func aPinnedValueNotesTheRule() throws {
    let (d, _) = TestSupport.lint(
      "rule pin { select s: count noun prisoner per-side\n expect s == 1000 }", ["They freed 800 prisoners each."])
    #expect(try #require(d.first).related.first?.message == "expected by the rule here")
  }
}

@Suite struct ScopeAndRequiredTests {
  @Test func groupsByPhraseKeepALaterRoundApart() {
    let rule = """
      rule talks { scope group by "second round"
        select l: duration sentence has "talks"
        expect l agree }
      """
    let texts = [
      "The talks lasted under two hours.", "The talks ended after less than two hours.",
      "In the second round, the talks lasted three hours.",
    ]
    #expect(TestSupport.lint(rule, texts).diagnostics.isEmpty)
    let unscoped = rule.replacingOccurrences(of: "scope group by \"second round\"", with: "")
    #expect(TestSupport.lint(unscoped, texts).diagnostics.count == 1)
  }

  @Test func groupsByPathPattern() {
    let rule = "rule g { scope group by file \"doc0.*\", \"doc1.*\"\n select s: count noun boat\n expect s agree }"
    #expect(TestSupport.lint(rule, ["10 boats", "10 boats", "12 boats"]).diagnostics.isEmpty)
    #expect(TestSupport.lint(rule, ["10 boats", "12 boats", "12 boats"]).diagnostics.count == 1)
  }

  @Test func documentScopeComparesEachDocumentAlone() {
    let rule = "rule d { scope document\n select s: count noun boat\n expect s agree }"
    #expect(TestSupport.lint(rule, ["10 boats", "12 boats"]).diagnostics.isEmpty)
    #expect(TestSupport.lint(rule, ["10 boats and 12 boats"]).diagnostics.count == 1)
    // A thing stated with one value, however often, is left out; the others are checked.
    let mixed = "rule d { scope document\n select s: count\n expect s agree by noun }"
    let (findings, report) = TestSupport.lint(mixed, ["10 boats, 10 boats, 3 ships and 4 ships. Then 10 boats."])
    #expect(findings.count == 1)
    #expect(findings.first.map { report.location($0.span).position } == SourcePosition(line: 1, column: 33))
    #expect(TestSupport.lint(mixed, ["about 10 boats and 10 boats"]).diagnostics.isEmpty)
  }

  @Test func requiredFactsAreReportedAtTheFirstMention() throws {
    let rule = """
      rule stated { select s: count noun prisoner per-side
        expect s stated in documents having "prisoner swap" }
      """
    let (d, report) = TestSupport.lint(
      rule, ["The prisoner swap: 1,000 prisoners each.", "Nothing here.", "Talks ended. The prisoner swap was agreed."])
    let only = try #require(d.first)
    #expect(d.count == 1)
    #expect(report.location(only.span).path == "doc2.txt")
    #expect(report.location(only.span).position == SourcePosition(line: 1, column: 18))
  }

  @Test func fileGlobsAndDocumentPhrasesRestrictSelections() {
    let rule = "rule g { select s: count noun boat file \"doc1.*\"\n expect s == 5 }"
    let (d, report) = TestSupport.lint(rule, ["7 boats", "6 boats"])
    #expect(d.map { report.location($0.span).path } == ["doc1.txt"])
    #expect(Glob.matches("seeds/**/*.txt", path: "seeds/a/b.txt"))
    #expect(!Glob.matches("seeds/*.txt", path: "seeds/a/b.txt"))
    #expect(Glob.matches("00?_*.txt", path: "seeds/001_x.txt"))
  }
}

@Suite struct TitleAndSpellingTests {
  @Test func formerAgainstCurrentIsReportedAtTheMinority() throws {
    let rule = "rule t { select p: person\n expect p titles agree }"
    let (d, report) = TestSupport.lint(
      rule,
      [
        "Prime Minister Karl Olsen spoke.", "Former Prime Minister Karl Olsen spoke.",
        "Prime Minister Karl Olsen left.",
      ])
    let only = try #require(d.first)
    #expect(d.count == 1)
    #expect(report.location(only.span).path == "doc1.txt")
    #expect(
      only.message == "Karl Olsen is called \"Former Prime Minister\" here, but \"Prime Minister\" in 2 other documents"
    )
  }

  /// A document that calls a person in two ways counts for both forms: the form of its
  /// later mention decides the majority here (three documents to two).
  @Test func aDocumentsSecondFormCountsTowardTheMajority() {
    let rule = "rule t { select p: person\n expect p titles agree }"
    let (d, report) = TestSupport.lint(
      rule,
      [
        "Former Prime Minister Karl Olsen spoke. Prime Minister Karl Olsen left.",
        "Former Prime Minister Karl Olsen came.", "Prime Minister Karl Olsen went.", "Prime Minister Karl Olsen sat.",
      ])
    #expect(d.map { report.location($0.span).path } == ["doc0.txt", "doc1.txt"])
    #expect(
      d.map(\.message) == [
        "Karl Olsen is called \"Former Prime Minister\" here, but \"Prime Minister\" in 2 other documents",
        "Karl Olsen is called \"Former Prime Minister\" here, but \"Prime Minister\" in 3 other documents",
      ])
  }

  @Test func aPinOverridesTheMajority() {
    let rule = "rule t { select p: person\n expect p titles agree\n pin \"Karl Olsen\" titled \"Prime Minister\" }"
    let (d, report) = TestSupport.lint(
      rule,
      [
        "Former Prime Minister Karl Olsen spoke.", "Former Prime Minister Karl Olsen left.",
        "Prime Minister Karl Olsen arrived.",
      ])
    #expect(d.map { report.location($0.span).path } == ["doc0.txt", "doc1.txt"])
    #expect(d.first?.related.first?.message == "pinned as \"Prime Minister\" here")
  }

  /// A document that calls a person the same way several times is one document of that
  /// form, and its first such mention is the one notes point at, pinned or not.
  @Test func aDocumentsRepeatedTitlesCountOnceAndItsFirstIsTheReference() throws {
    let repeated =
      "Prime Minister Karl Olsen arrived. Former Prime Minister Karl Olsen left. Prime Minister Karl Olsen sat."
    let texts = [
      "Former Prime Minister Karl Olsen spoke.", repeated, "Prime Minister Karl Olsen came.",
      "Prime Minister Karl Olsen went.",
    ]
    for pinned in [false, true] {
      let pin = pinned ? "\n pin \"Karl Olsen\" titled \"Prime Minister\"" : ""
      let (d, report) = TestSupport.lint("rule t { select p: person\n expect p titles agree\(pin) }", texts)
      let first = try #require(d.first)
      let places = d.map { "\(report.location($0.span).path):\(report.location($0.span).position.column)" }
      #expect(places == ["doc0.txt:1", "doc1.txt:36"], "pinned: \(pinned)")
      let expected = pinned ? "the rules pin the title \"Prime Minister\"" : "\"Prime Minister\" in 3 other documents"
      #expect(first.message.hasSuffix(expected), "\(first.message)")
      let notes = first.related.filter { $0.message == "called \"Prime Minister\" here" }
      #expect(
        notes.map { "\(report.location($0.span).path):\(report.location($0.span).position.column)" }
          == ["doc1.txt:1", "doc2.txt:1", "doc3.txt:1"], "pinned: \(pinned)")
    }
  }

  @Test func differentRolesAndEqualTitlesAreNotReported() {
    let rule = "rule t { select p: person\n expect p titles agree }"
    let texts = [
      "Turkey's Foreign Minister Hakan Fidan spoke.", "Turkish Foreign Minister Hakan Fidan spoke.",
      "The head of the Russian delegation, Vladimir Medinsky, spoke.",
      "Russian representative Vladimir Medinsky spoke.",
    ]
    #expect(TestSupport.lint(rule, texts).diagnostics.isEmpty)
  }

  @Test func minoritySpellingsGetASafeFixIt() throws {
    let rule = "rule s { select n: name\n expect n spelled alike }"
    let (d, report) = TestSupport.lint(
      rule,
      ["Finance Minister Anna Kowalczyk spoke.", "Kowalczyk left.", "Finance Minister Anna Kowalczik stayed."])
    let only = try #require(d.first)
    #expect(d.count == 1)
    #expect(report.location(only.span).path == "doc2.txt")
    #expect(only.fixIts.first?.edits.first?.replacement == "Kowalczyk")
    #expect(only.fixIts.first?.isSafe == true)
  }

  @Test func aPreferredSpellingWinsOverTheMajority() {
    let rule = "rule s { select n: name\n expect n spelled alike\n prefer \"Kowalczik\" }"
    let (d, report) = TestSupport.lint(
      rule, ["Finance Minister Anna Kowalczyk spoke.", "Kowalczyk left.", "Finance Minister Anna Kowalczik stayed."])
    #expect(d.map { report.location($0.span).path } == ["doc0.txt", "doc1.txt"])
  }
}

@Suite struct RuleExampleTests {
  /// Every shipped rule, in Rules/ and built in, passes its own examples and has both kinds.
  @Test func shippedRulesPassTheirOwnExamples() {
    let sources = SourceManager()
    let set = RuleSet.load(paths: [TestSupport.path("Rules")], sources: sources, defaults: true)
    let builtIn = RuleSet.load(paths: [], sources: sources, defaults: true)
    #expect(set.errors.isEmpty)
    let runner = ExampleRunner(sources: sources)
    for rule in set.rules + builtIn.rules {
      #expect(rule.examples.contains { $0.shouldTrigger } && rule.examples.contains { !$0.shouldTrigger }, "\(rule.id)")
      for result in runner.run(rule) {
        #expect(result.passed, "\(rule.id): example at byte \(result.example.span.start)")
      }
    }
  }

  @Test func aBrokenExampleFailsTheTestCommand() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "Rules/x.rules",
      "rule x { select s: count noun boat\n expect s agree\n example fails { doc \"10 boats\" }\n example passes { doc \"1 boat\" } }\n"
    )
    let captured = Captured()
    let status = FactLintCommand.run(["test", "--no-default-rules"], io: captured.io(directory: directory.path))
    #expect(status == 1)
    #expect(captured.out.contains("FAIL x"))
    #expect(captured.out.contains("Rules/x.rules:3:2: error: example should trigger 'x' but nothing was reported [x]"))
    #expect(captured.out.hasSuffix("0 passed, 1 failed\n"))
  }
}

@Suite struct OneLineTests {
  @Test func runsOfWhiteSpaceBecomeOneSpace() {
    #expect(CheckContext.oneLine("1,000 prisoners each") == "1,000 prisoners each")
    #expect(CheckContext.oneLine("1,000\n  prisoners\t\teach") == "1,000 prisoners each")
    #expect(CheckContext.oneLine("1,000 \r\nprisoners") == "1,000 prisoners")
    #expect(CheckContext.oneLine("1\u{A0}000  Gefangene") == "1 000 Gefangene")
    #expect(CheckContext.oneLine("Zürich  talks") == "Zürich talks")
  }

  /// Texts read eight bytes at a time are told single-spaced ASCII as byte by byte:
  /// a double space, a control byte or a byte outside ASCII at every place, and
  /// across the boundary between two words.
  @Test func singleSpacedASCIIIsToldAtEveryPlace() {
    func reference(_ bytes: [UInt8]) -> Bool {
      !bytes.contains { $0 >= 0x80 || $0 < 0x20 }
        && !zip(bytes, bytes.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
    }
    var checked = 0
    for length in 0..<26 {
      let base = (0..<length).map { UInt8(0x61 + $0 % 26) }
      var cases = [base]
      for at in 0..<length {
        for byte: UInt8 in [0x20, 0x1F, 0x00, 0x09, 0x7F, 0x80, 0xC3, 0x7E, 0x21] {
          var one = base
          one[at] = byte
          cases.append(one)
          if at + 1 < length {
            var two = one
            two[at + 1] = 0x20
            cases.append(two)
          }
        }
      }
      for bytes in cases {
        #expect(bytes.withUnsafeBufferPointer(CheckContext.isSingleSpacedASCII) == reference(bytes), "\(bytes)")
        checked += 1
      }
    }
    #expect(checked > 5000)
  }

  /// Texts short enough to be held inside the string read the same.
  @Test func shortTextsAreReadAsLongOnesAre() {
    #expect(CheckContext.oneLine("500 each") == "500 each")
    #expect(CheckContext.oneLine("500  each") == "500 each")
    #expect(CheckContext.oneLine("500\teach") == "500 each")
    #expect(CheckContext.oneLine("500 é") == "500 é")
    #expect(CheckContext.oneLine("") == "")
  }
}

@Suite struct MessageTemplateTests {
  @Test func aRuleMessageNamesTheFindingsValuesTheRuleAndTheFile() throws {
    let (diagnostics, _) = TestSupport.lint(
      """
      noun prisoner = prisoner
      rule swap { select s: count noun prisoner
        expect s agree
        message "{rule} in {file}: {statement} ({value}) vs {expected} in {documents}; {selection}/{noun}" }
      """,
      ["They swapped 1,000 prisoners.", "They freed 1,000 prisoners.", "They released 500 prisoners."])
    let only = try #require(diagnostics.first)
    #expect(diagnostics.count == 1)
    #expect(only.message == "swap in doc2.txt: 500 prisoners (500) vs 1,000 in 2 other documents; s/prisoners")
  }

  /// Placeholders are filled wherever they stand (at either end, side by side, next
  /// to text outside ASCII), and the rest is kept as written: unknown placeholders, an
  /// unclosed brace, a brace closed before it opens.
  @Test(arguments: [
    ("{person} — in {count} reports", "Zoë Ďurová — in 3 reports"), ("«{missing}» {count}", "«{missing}» 3"),
    ("no placeholder", "no placeholder"), ("open {count", "open {count"), ("{count}{count}}", "33}"), ("", ""),
    ("{}", "empty"), ("{{count}}", "{{count}}"), ("{a{count}", "nested"), ("é{person}ü", "éZoë Ďurováü"),
    ("}{", "}{"), ("{count", "{count"), ("{count}", "3"), ("{count}x{missing", "3x{missing"),
  ])
  func placeholdersAreFilledAndTheRestIsKeptAsWritten(template: String, expected: String) {
    let table = ["person": "Zoë Ďurová", "count": "3", "": "empty", "a{count": "nested"]
    let message = MessageTemplate.Compiled(template)
    #expect(message.render { table[$0] } == expected)
    // Filled again, it reads the same.
    #expect(message.render { table[$0] } == expected)
  }
}

/// The runs of documents that workers sum up side by side.
@Suite struct WorkRunTests {
  @Test(arguments: [1, 2, 3, 8])
  func runsOfEqualWeightCoverEveryItemInOrder(jobs: Int) {
    // A few heavy documents among many light ones.
    let weights = (0..<500).map { $0 % 97 == 0 ? 400 : 1 + $0 % 5 }
    let runs = RuleEvaluator.chunks(weights: weights, jobs: jobs, perWorker: 2)
    #expect(runs.first?.lowerBound == 0 && runs.last?.upperBound == weights.count)
    #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && !$0.isEmpty })
    #expect(runs.count <= jobs * 2)
    let total = weights.reduce(0, +)
    let share = total / (jobs * 2)
    for run in runs { #expect(weights[run].reduce(0, +) <= share + 400, "\(run) weighs its share and one item") }
  }

  @Test func fewerItemsThanRunsFallBackToRunsOfCount() {
    #expect(RuleEvaluator.chunks(weights: [5, 1, 2], jobs: 2, perWorker: 2) == [0..<3])
    #expect(RuleEvaluator.chunks(weights: [], jobs: 2, perWorker: 2).isEmpty)
  }
}

/// Letting go of large arrays on every worker.
@Suite struct LetGoTests {
  @Test(arguments: [0, 1, 7, 100, 1001])
  func everyElementIsReplacedWhateverTheWorkers(count: Int) {
    for jobs in [0, 1, 2, 3] {
      var arrays = (0..<count).map { [String](repeating: "finding \($0)", count: 3) }
      Parallel.letGo(&arrays, replacingWith: [], jobs: jobs)
      #expect(arrays.count == count && arrays.allSatisfy(\.isEmpty), "\(count) with \(jobs) jobs")
    }
  }
}

@Suite struct ReferenceLabelTests {
  /// A label reads as the words and the quoted text joined with `+`, whatever their length.
  @Test(arguments: ["", "500", "1,000 prisoners of war each", "Erdoğan’s aide", String(repeating: "x", count: 300)])
  func aLabelQuotesTheStatementAfterItsLead(text: String) {
    #expect(Reference.label("stated as ", quoting: text) == "stated as \"" + text + "\" here")
    #expect(Reference.label("called ", quoting: text) == "called \"" + text + "\" here")
    #expect(Reference.label("", quoting: text) == "\"" + text + "\" here")
  }

  /// A reference keeps its lead and the statement, and its label is made from them when shown.
  @Test func aReferencesLabelIsMadeFromItsLeadAndStatement() {
    let span = Span(file: FileID(0), start: 3, end: 9)
    let expected: [(Reference.Lead, String)] = [
      (.statedAs, "stated as \"500 each\" here"), (.called, "called \"500 each\" here"),
      (.spelled, "spelled \"500 each\" here"), (.bare, "\"500 each\" here"),
    ]
    for (lead, label) in expected {
      #expect(Reference(span: span, extent: span, lead: lead, quoted: "500 each").label == label)
    }
  }
}
