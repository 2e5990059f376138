import Testing

@testable import FactLintKit

/// The benchmark's linear-cost figure sets each large run against the small runs
/// taken right before and after it.
@Suite struct ScalingTimingsTests {
  @Test func eachRoundSetsTheLargeRunAgainstTheSmallRunsAroundIt() {
    var timings = ScalingTimings(smallMegabytes: 10, largeMegabytes: 1000)
    // The host slows down in the second round: 0.5 s at 10 MB becomes 0.6 s, and 50 s
    // at 1 GB becomes 66 s. The best of each alone would give 50 / 0.5 = 1.0 per MB;
    // round by round it is 1.0 and 1.2.
    timings.add(small: [0.5, 0.5], large: 50)
    timings.add(small: [0.6, 0.5], large: 66)
    #expect(close(timings.smallSecondsPerMegabyte, [0.05, 0.055]))
    #expect(close(timings.largeSecondsPerMegabyte, [0.05, 0.066]))
    #expect(close(timings.ratios, [1.0, 1.2]))
    #expect(close(timings.medianRatio.map { [$0] } ?? [], [1.1]))
  }

  private func close(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) < 1e-9 }
  }

  @Test func theMedianRatioIsTheMiddleRound() {
    var timings = ScalingTimings(smallMegabytes: 1, largeMegabytes: 2)
    for (small, large) in [(1.0, 3.0), (1.0, 2.0), (1.0, 5.0)] { timings.add(small: [small], large: large) }
    // Ratios 1.5, 1, 2.5: the median is 1.5.
    #expect(timings.medianRatio == 1.5)
    #expect(ScalingTimings.median([4, 1, 3, 2]) == 2.5)
  }

  @Test func noRoundOrNoSmallTimeGivesNoRatio() {
    var timings = ScalingTimings(smallMegabytes: 10, largeMegabytes: 100)
    #expect(timings.medianRatio == nil)
    timings.add(small: [], large: 5)
    #expect(timings.medianRatio == nil)
    timings = ScalingTimings(smallMegabytes: 10, largeMegabytes: 100)
    timings.add(small: [0, 0], large: 5)
    #expect(timings.medianRatio == nil)
  }
}
