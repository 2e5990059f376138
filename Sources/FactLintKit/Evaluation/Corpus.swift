/// The documents being checked, with their linked facts.
public struct Corpus: Sendable {
  /// Every source of the run (documents and rule files).
  public let sources: SourceManager
  /// The documents' facts, in path order, after linking people across documents.
  /// Linking empties each document's ``DocumentFacts/sentences``: checks do not need them.
  public let documents: [DocumentFacts]

  /// Builds a corpus from extracted documents, linking people across them on at
  /// most `jobs` workers (0: one per core).
  ///
  /// `extracted` is taken, not borrowed: a caller that passes its last reference
  /// (`consume`) lets linking change every document in place. A second reference would
  /// make linking copy each document's facts, and the caller's copies would then be
  /// freed one by one on one core when it lets them go.
  public init(sources: SourceManager, extracted: consuming [DocumentFacts], jobs: Int = 0) {
    self.init(sources: sources, extracted: consume extracted, extractedOn: [], jobs: jobs)
  }

  /// Builds a corpus as ``init(sources:extracted:jobs:)`` does; `threads[d]` is the
  /// thread that extracted document `d` (``WorkerThread/current``), on which it is
  /// linked when that thread is one of the workers.
  init(sources: SourceManager, extracted: consuming [DocumentFacts], extractedOn threads: [UInt], jobs: Int = 0) {
    var documents = consume extracted
    PersonLinker.link(&documents, extractedOn: threads, jobs: jobs)
    self.sources = sources
    self.documents = documents
  }

  /// All facts of all documents, in path and text order.
  public var facts: [Fact] { documents.flatMap(\.facts) }
}
