/// How the time per MB of a large corpus compares with that of a small one, from
/// runs taken in rounds: each round times the small corpus, the large one, and the
/// small one again.
///
/// One run of a large corpus lasts long enough for the host's load to change under
/// it, and one run of a small corpus is short enough to catch a moment of it. A
/// round sets the large run against the small runs taken right before and after it,
/// which met about the same host; the median of the rounds' ratios keeps what the
/// best run of each, taken in different moments, would lose.
public struct ScalingTimings: Sendable {
  /// The small corpus's size and the large corpus's, in MB.
  public let smallMegabytes: Double
  public let largeMegabytes: Double
  /// The small corpus's times in each round, in seconds.
  public private(set) var small: [[Double]] = []
  /// The large corpus's time in each round, in seconds.
  public private(set) var large: [Double] = []

  /// No rounds yet, for corpora of these sizes (MB).
  public init(smallMegabytes: Double, largeMegabytes: Double) {
    self.smallMegabytes = smallMegabytes
    self.largeMegabytes = largeMegabytes
  }

  /// Adds one round: the small corpus's times around the large corpus's.
  public mutating func add(small: [Double], large: Double) {
    self.small.append(small)
    self.large.append(large)
  }

  /// The seconds per MB of the small corpus in each round (the mean of its runs).
  public var smallSecondsPerMegabyte: [Double] {
    small.map { $0.reduce(0, +) / Double(max($0.count, 1)) / smallMegabytes }
  }

  /// The seconds per MB of the large corpus in each round.
  public var largeSecondsPerMegabyte: [Double] { large.map { $0 / largeMegabytes } }

  /// The ratio of the large corpus's time per MB to the small one's in each round.
  public var ratios: [Double] {
    zip(largeSecondsPerMegabyte, smallSecondsPerMegabyte).map { $1 > 0 ? $0 / $1 : .infinity }
  }

  /// The median of the rounds' ratios; `nil` with no round, or a round without a
  /// positive small time.
  public var medianRatio: Double? {
    guard !ratios.isEmpty, ratios.allSatisfy(\.isFinite) else { return nil }
    return Self.median(ratios)
  }

  /// The median of `values`, which must not be empty (the mean of the middle two for
  /// an even count).
  public static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
