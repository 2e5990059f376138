/// Runs the examples a rule carries: passages that must trigger it and passages
/// that must not. Each example is a small corpus of its own.
public struct ExampleRunner: Sendable {
  /// The sources that hold the rule files; example documents are added to them.
  public let sources: SourceManager

  /// Creates a runner.
  public init(sources: SourceManager) { self.sources = sources }

  /// The result of one example.
  public struct Result: Sendable {
    /// The example.
    public var example: RuleExample
    /// What the rule reported on it.
    public var diagnostics: [Diagnostic]
    /// Whether the example behaved as stated.
    public var passed: Bool { example.shouldTrigger != diagnostics.isEmpty }
  }

  /// Runs every example of `rule`.
  public func run(_ rule: Rule) -> [Result] {
    rule.examples.map { example in
      let origin = sources[example.span.file]
      let loc = origin.location(of: example.span.start)
      let documents = example.documents.enumerated().map { (i, text) in
        sources.add(path: "\(origin.path):\(loc.line) example doc \(i + 1)", bytes: Array(text.utf8), role: .document)
      }
      let corpus = Corpus(sources: sources, extracted: documents.map(Extractor.extract))
      let diagnostics = RuleEvaluator(corpus: corpus).evaluate(rule)
      return Result(example: example, diagnostics: diagnostics)
    }
  }
}
