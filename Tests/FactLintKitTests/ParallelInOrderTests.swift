import Foundation
import Synchronization
import Testing

@testable import FactLintKit

/// Results computed side by side are collected in order, a window at a time.
@Suite struct ParallelInOrderTests {
  @Test(arguments: [1, 2, 3, 8])
  func resultsAreCollectedInOrder(jobs: Int) {
    // Uneven items: later ones often finish first.
    let square: @Sendable (Int) -> Int = { i in
      if i % 3 == 0 { usleep(200) }
      return i * i
    }
    for (count, window) in [(0, 4), (1, 1), (7, 2), (200, 8), (50, 100)] {
      var seen: [Int] = []
      Parallel.forEachInOrder(count: count, jobs: jobs, window: window, square) { seen.append($0) }
      #expect(seen == (0..<count).map { $0 * $0 }, "count \(count), window \(window), jobs \(jobs)")
    }
  }

  /// No more than a window of results is computed ahead of the one collected next.
  @Test func workersStayWithinTheWindow() {
    let started = Atomic<Int>(0)
    let count: @Sendable (Int) -> Int = { i in
      started.add(1, ordering: .sequentiallyConsistent)
      return i
    }
    var collected = 0
    var worst = 0
    Parallel.forEachInOrder(count: 300, jobs: 4, window: 6, count) { i in
      #expect(i == collected)
      collected += 1
      worst = max(worst, started.load(ordering: .sequentiallyConsistent) - collected)
      if i % 50 == 0 { usleep(2_000) }
    }
    #expect(collected == 300)
    #expect(worst <= 6)
  }
}
