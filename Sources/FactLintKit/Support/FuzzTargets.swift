/// Entry points for coverage-guided fuzzing (the `Tests/Fuzz/` package) and for the
/// regression tests made from what fuzzing found.
///
/// Each takes arbitrary bytes, runs them through the real code, and traps if an
/// invariant breaks: a span outside its file, an unordered range, output that
/// differs between two runs. A crash or a trap is what the fuzzer reports.
public enum FuzzTargets {
  /// Parses `data` as a rule file together with the built-in rules.
  public static func ruleFile(_ data: [UInt8]) {
    let sources = SourceManager()
    let decoded = DocumentDecoder.decode(data, path: "fuzz.rules")
    let file = sources.add(path: "Rules/fuzz.rules", bytes: decoded.bytes ?? [], role: .rules)
    let defaults = sources.add(path: DefaultRules.path, bytes: Array(DefaultRules.source.utf8), role: .rules)
    let ruleSet = RuleSet.assemble([(defaults, true), (file, false)], sources: sources)
    for diagnostic in ruleSet.errors { checkSpans(diagnostic, sources: sources) }
    let report = LintReport(sources: sources, diagnostics: ruleSet.errors, outcomes: [], documentCount: 0)
    _ = HumanReporter(color: false).render(report)
    _ = GNUReporter().render(report)
  }

  /// Decodes `data` as a document and extracts its facts.
  public static func extractor(_ data: [UInt8]) {
    let sources = SourceManager()
    let decoded = DocumentDecoder.decode(data, path: "fuzz.txt")
    guard let bytes = decoded.bytes else { return }
    let file = sources.add(path: "fuzz.txt", bytes: bytes, role: .document)
    let facts = Extractor.extract(file)
    for fact in facts.facts {
      precondition(fact.span.start <= fact.span.end && fact.span.end <= bytes.count, "fact span out of bounds")
      precondition(fact.extent.end <= bytes.count, "fact extent out of bounds")
      precondition(fact.sentence.start <= fact.span.start || fact.kind == .name, "fact starts before its sentence")
      if let value = fact.value { precondition(!(value.lower > value.upper), "interval upside down") }
    }
    for sentence in facts.sentences { precondition(sentence.end <= bytes.count, "sentence out of bounds") }
  }

  /// Lints `data` as the one document of a corpus with the built-in rules and a
  /// rule set that exercises every relation, and renders every output format twice.
  public static func pipeline(_ data: [UInt8]) {
    let first = lintOnce(data)
    let second = lintOnce(data)
    precondition(first == second, "output differs between two runs")
  }

  /// Adds the pipeline's rule files to `sources`; they get the same file ids every time.
  private static func addRuleFiles(to sources: SourceManager) -> [(SourceFile, Bool)] {
    [
      (sources.add(path: DefaultRules.path, bytes: Array(DefaultRules.source.utf8), role: .rules), true),
      (sources.add(path: "Rules/fuzz.rules", bytes: Array(pipelineRules.utf8), role: .rules), false),
    ]
  }

  /// The pipeline's rules, parsed once: their spans name the first two file ids of any manager.
  private static let pipelineRuleSet: RuleSet = {
    let sources = SourceManager()
    let ruleSet = RuleSet.assemble(addRuleFiles(to: sources), sources: sources)
    precondition(ruleSet.errors.isEmpty, "the fuzzing rule set does not parse")
    return ruleSet
  }()

  private static func lintOnce(_ data: [UInt8]) -> String {
    let sources = SourceManager()
    _ = addRuleFiles(to: sources)
    let ruleSet = pipelineRuleSet
    let decoded = DocumentDecoder.decode(data, path: "fuzz.txt")
    let file = sources.add(path: "fuzz.txt", bytes: decoded.bytes ?? [], role: .document)
    let corpus = Corpus(sources: sources, extracted: decoded.bytes == nil ? [] : [Extractor.extract(file)])
    let outcomes = RuleEvaluator(corpus: corpus).evaluate(ruleSet.rules)
    let diagnostics = outcomes.flatMap(\.diagnostics)
    for diagnostic in diagnostics { checkSpans(diagnostic, sources: sources) }
    let report = LintReport(sources: sources, diagnostics: diagnostics, outcomes: outcomes, documentCount: 1)
    let reporters: [any Reporter] = [
      HumanReporter(color: true), GNUReporter(), JSONReporter(), SARIFReporter(), GitHubReporter(), JUnitReporter(),
    ]
    return reporters.map { $0.render(report) }.joined() + FactsReporter(format: "table").render(corpus)
      + FactsReporter(format: "json").render(corpus)
  }

  private static func checkSpans(_ diagnostic: Diagnostic, sources: SourceManager) {
    for span in [diagnostic.span] + diagnostic.related.map(\.span) {
      precondition(
        span.start <= span.end && span.end <= sources[span.file].bytes.count, "diagnostic span out of bounds")
    }
  }

  /// Rules for the pipeline target: one of each relation and scope.
  static let pipelineRules = #"""
    rule fuzz-agree {
      select counts: count unquoted
      expect counts agree within 10%
    }
    rule fuzz-compare {
      scope document
      select big: count value > 100
      select small: number
      expect big == 2 * small
    }
    rule fuzz-stated {
      scope group by "talks"
      select lengths: duration near "talks" within 4
      expect lengths agree
    }
    rule fuzz-titles {
      select people: person
      expect people titles agree
      pin "Anna Lind" titled "President"
    }
    rule fuzz-names {
      select names: name
      expect names spelled alike
    }
    """#
}
