import Testing

@testable import FactLintKit

/// The benchmark's two-workers-against-one figure comes from runs taken in turns.
@Suite struct PairedTimingsTests {
  @Test func theSpeedupIsTheMedianOfThePairsRatios() {
    var timings = PairedTimings()
    // The host slows down between the pairs: the best of each command alone would
    // pair 8.0 s with the 4.4 s of another hour and give 1.82; within pairs it is 2.
    timings.add(first: 8.0, second: 4.0)
    timings.add(first: 9.0, second: 4.4)
    timings.add(first: 10.0, second: 5.0)
    #expect(timings.medianSpeedup == 2.0)
    #expect(timings.first == [8.0, 9.0, 10.0] && timings.second == [4.0, 4.4, 5.0])
  }

  @Test func anEvenNumberOfPairsTakesTheMeanOfTheMiddleTwo() {
    var timings = PairedTimings()
    for (a, b) in [(3.0, 2.0), (4.0, 2.0), (2.0, 2.0), (9.0, 3.0)] { timings.add(first: a, second: b) }
    // Ratios 1.5, 2, 1, 3: sorted 1, 1.5, 2, 3.
    #expect(timings.medianSpeedup == 1.75)
  }

  @Test func noPairOrAZeroTimeGivesNoSpeedup() {
    var timings = PairedTimings()
    #expect(timings.medianSpeedup == nil)
    timings.add(first: 1.0, second: 0)
    #expect(timings.medianSpeedup == nil)
  }
}
