import Foundation

@testable import FactLintKit

/// Paths and helpers shared by the tests.
enum TestSupport {
  /// The repository root, found from this file's path.
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  static func path(_ relative: String) -> String { root + "/" + relative }

  /// Extracts and links the facts of in-memory documents.
  static func corpus(_ texts: [String], sources: SourceManager = SourceManager()) -> Corpus {
    let files = texts.enumerated().map { (i, text) in
      sources.add(path: "doc\(i).txt", bytes: Array(text.utf8), role: .document)
    }
    return Corpus(sources: sources, extracted: files.map(Extractor.extract))
  }

  /// The generated stories `0..<stories` of `seed`, each report a document, with their
  /// facts extracted and sifted for the shipped rules (and the built-in ones), not linked.
  static func siftedStories(seed: UInt64, stories: Int) -> (
    sources: SourceManager, rules: [Rule], files: [SourceFile], facts: [DocumentFacts]
  ) {
    let generator = NewsGenerator(seed: seed)
    let texts = (0..<stories).flatMap { generator.story($0).map(\.text) }
    let sources = SourceManager()
    let ruleSet = RuleSet.load(paths: [path("Rules")], sources: sources, defaults: true)
    let files = texts.enumerated().map { sources.add(path: "doc\($0).txt", bytes: Array($1.utf8), role: .document) }
    let sieve = FactSieve(rules: ruleSet.rules)
    let extracted = files.map { file in
      var facts = Extractor.extract(file)
      sieve.sift(&facts, file: file)
      return facts
    }
    return (sources, ruleSet.rules, files, extracted)
  }

  /// The facts of one document.
  static func facts(_ text: String) -> [Fact] { corpus([text]).facts }

  /// The first fact of `kind` in `text`.
  static func first(_ kind: FactKind, in text: String) -> Fact? { facts(text).first { $0.kind == kind } }

  /// Parses rule source; returns the rule set (with errors).
  static func rules(_ source: String, sources: SourceManager = SourceManager(), path: String = "Rules/test.rules")
    -> RuleSet
  {
    let file = sources.add(path: path, bytes: Array(source.utf8), role: .rules)
    return RuleSet.assemble([(file, false)], sources: sources)
  }

  /// Runs `source` rules on `texts`; returns the diagnostics in output order.
  static func lint(_ source: String, _ texts: [String]) -> (diagnostics: [Diagnostic], report: LintReport) {
    let sources = SourceManager()
    let ruleSet = rules(source, sources: sources)
    precondition(ruleSet.errors.isEmpty, "rule errors: \(ruleSet.errors.map(\.message))")
    let corpus = corpus(texts, sources: sources)
    let outcomes = RuleEvaluator(corpus: corpus).evaluate(ruleSet.rules)
    let report = LintReport(
      sources: sources, diagnostics: outcomes.flatMap(\.diagnostics), outcomes: outcomes,
      documentCount: corpus.documents.count)
    return (report.diagnostics, report)
  }

  /// Runs the command line in-process in `directory`.
  static func run(_ arguments: [String], in directory: String) -> (Int32, Captured) {
    let captured = Captured()
    let status = FactLintCommand.run(arguments, io: captured.io(directory: directory))
    return (status, captured)
  }

  /// Renders the GNU lines of rule-file errors for `source`.
  static func ruleErrors(_ source: String) -> [String] {
    let sources = SourceManager()
    let ruleSet = rules(source, sources: sources)
    let report = LintReport(sources: sources, diagnostics: ruleSet.errors, outcomes: [], documentCount: 0)
    return GNUReporter().render(report).split(separator: "\n").map(String.init).filter { !$0.contains(": note: ") }
  }
}

/// Captures a command's output.
final class Captured: @unchecked Sendable {
  private let lock = NSLock()
  private var outText = ""
  private var errText = ""

  var out: String { lock.withLock { outText } }
  var err: String { lock.withLock { errText } }

  func io(terminal: Bool = false, environment: [String: String] = [:], directory: String = TestSupport.root)
    -> CommandIO
  {
    CommandIO(
      out: { text in self.lock.withLock { self.outText += text } },
      err: { text in self.lock.withLock { self.errText += text } },
      isTerminal: terminal, environment: environment, currentDirectory: directory)
  }
}
