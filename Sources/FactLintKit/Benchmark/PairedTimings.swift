/// The times of two commands run in turns, and how many times faster the second is.
///
/// A virtual machine's speed drifts with its host's load, by up to a third within an
/// hour. Two commands timed one after the other, each several times, may fall in
/// different parts of a drift; timed in turns, the two runs of a pair meet about the
/// same host, so the ratio within each pair keeps what the best of each would lose.
public struct PairedTimings: Sendable {
  /// The first command's times, in seconds, in the order taken.
  public private(set) var first: [Double] = []
  /// The second command's times, each taken next to the first's of the same index.
  public private(set) var second: [Double] = []

  /// No pairs yet.
  public init() {}

  /// Adds the times of one pair.
  public mutating func add(first: Double, second: Double) {
    self.first.append(first)
    self.second.append(second)
  }

  /// How many times faster the second command ran than the first: the median of the
  /// pairs' ratios (the mean of the middle two for an even number of pairs); `nil`
  /// with no pair, or a pair whose second time is not positive.
  public var medianSpeedup: Double? {
    guard !first.isEmpty, second.allSatisfy({ $0 > 0 }) else { return nil }
    let ratios = zip(first, second).map { $0 / $1 }.sorted()
    let middle = ratios.count / 2
    return ratios.count % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2
  }
}
