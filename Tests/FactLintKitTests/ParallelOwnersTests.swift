import Testing

@testable import FactLintKit

/// Items sent back to the thread that made what they change still run once each.
@Suite struct ParallelOwnersTests {
  /// How many times each of `count` items runs under `owners`.
  private static func runs(count: Int, jobs: Int, owners: [UInt]) -> [Int] {
    let counts = Locked([Int](repeating: 0, count: count))
    Parallel.forEach(count: count, jobs: jobs, owners: owners) { i in counts.withLock { $0[i] += 1 } }
    return counts.withLock { $0 }
  }

  @Test(arguments: [0, 1, 2, 4])
  func everyItemRunsOnceWhicheverThreadOwnsIt(jobs: Int) {
    let me = WorkerThread.current
    // The calling thread, no thread, a thread that is not a worker, and items past
    // the end of the owners.
    let owners = (0..<700).map { i -> UInt in [me, 0, 0x5EED][i % 3] }
    for count in [0, 1, 7, 1_000] {
      #expect(Self.runs(count: count, jobs: jobs, owners: owners) == Array(repeating: 1, count: count))
    }
  }

  /// Items whose owners are the threads that ran an earlier pass (the way documents are
  /// linked on the threads that extracted them) run once each.
  @Test func itemsOwnedByEarlierWorkersRunOnce() {
    let count = 2_000
    let seen = Locked([UInt](repeating: 0, count: count))
    Parallel.forEach(count: count, jobs: 2) { i in seen.withLock { $0[i] = WorkerThread.current } }
    let owners = seen.withLock { $0 }
    #expect(!owners.contains(0))
    #expect(Self.runs(count: count, jobs: 2, owners: owners) == Array(repeating: 1, count: count))
  }

  /// Linking on the threads that extracted the documents gives the corpus linking
  /// anywhere gives.
  @Test func aCorpusLinkedOnItsExtractingThreadsIsTheSame() {
    let texts = (0..<40).map { i in
      i % 2 == 0
        ? "President Anna Kowalczyk met Minister Jan Novak on Friday.\n"
        : "Kowalczyk said 500 prisoners were freed; Novak said 1,000.\n"
    }
    let sources = SourceManager()
    let files = texts.enumerated().map { i, text in
      sources.add(path: "d\(i).md", bytes: Array(text.utf8), role: .document)
    }
    let threads = [UInt](repeating: WorkerThread.current, count: files.count / 2)
    let anywhere = Corpus(sources: sources, extracted: files.map(Extractor.extract), jobs: 2)
    let onThreads = Corpus(sources: sources, extracted: files.map(Extractor.extract), extractedOn: threads, jobs: 2)
    #expect(onThreads.facts == anywhere.facts)
    #expect(anywhere.facts.contains { $0.kind == .name && $0.person == "Anna Kowalczyk" })
  }
}
