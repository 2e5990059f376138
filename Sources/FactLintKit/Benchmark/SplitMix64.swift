/// A small, fast pseudo-random generator with a fixed algorithm, so that a seed
/// gives the same sequence on every platform and Swift version (the standard
/// library's generator makes no such promise).
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (`bound` > 0).
  public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// One element of a non-empty array.
  public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// Whether an event of probability `percent`/100 happens.
  public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}
