/// The documents being checked, with their linked facts.
public struct Corpus: Sendable {
  /// Every source of the run (documents and rule files).
  public let sources: SourceManager
  /// The documents' facts, in path order, after linking people across documents.
  /// Linking empties each document's ``DocumentFacts/sentences``: checks do not need them.
  public let documents: [DocumentFacts]

  /// Builds a corpus from extracted documents, linking people across them on at
  /// most `jobs` workers (0: one per core).
  public init(sources: SourceManager, extracted: [DocumentFacts], jobs: Int = 0) {
    var documents = extracted
    PersonLinker.link(&documents, jobs: jobs)
    self.sources = sources
    self.documents = documents
  }

  /// All facts of all documents, in path and text order.
  public var facts: [Fact] { documents.flatMap(\.facts) }
}
