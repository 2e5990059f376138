/// A set of real numbers between two bounds, each open or closed; either bound may be infinite.
///
/// Every numeric fact is an interval: "1,000" is `[1000, 1000]`, "over 22" is
/// `(22, ∞)`, "under two hours" is `[0, 7200)` seconds. Relations between facts
/// are decided on intervals (see docs/rules.md).
public struct Interval: Hashable, Sendable {
  /// The lower bound (`-infinity` when unbounded).
  public var lower: Double
  /// The upper bound (`infinity` when unbounded).
  public var upper: Double
  /// Whether `lower` itself belongs to the interval.
  public var lowerClosed: Bool
  /// Whether `upper` itself belongs to the interval.
  public var upperClosed: Bool

  /// Creates an interval; bounds are ordered if given reversed.
  public init(lower: Double, upper: Double, lowerClosed: Bool = true, upperClosed: Bool = true) {
    if lower <= upper {
      self.lower = lower
      self.upper = upper
      self.lowerClosed = lowerClosed && lower.isFinite
      self.upperClosed = upperClosed && upper.isFinite
    } else {
      self.lower = upper
      self.upper = lower
      self.lowerClosed = upperClosed && upper.isFinite
      self.upperClosed = lowerClosed && lower.isFinite
    }
  }

  /// The interval holding exactly `value`.
  public static func exactly(_ value: Double) -> Interval { Interval(lower: value, upper: value) }

  /// Whether the interval holds a single number.
  public var isExact: Bool { lower == upper && lowerClosed && upperClosed }

  /// Whether `value` belongs to the interval.
  public func contains(_ value: Double) -> Bool {
    (value > lower || (lowerClosed && value == lower)) && (value < upper || (upperClosed && value == upper))
  }

  /// Whether some number belongs to both intervals: the two statements can be true together.
  public func overlaps(_ other: Interval) -> Bool {
    if upper < other.lower || other.upper < lower { return false }
    if upper == other.lower { return upperClosed && other.lowerClosed }
    if other.upper == lower { return other.upperClosed && lowerClosed }
    return true
  }

  /// Interval addition.
  public static func + (a: Interval, b: Interval) -> Interval {
    Interval(
      lower: a.lower + b.lower, upper: a.upper + b.upper,
      lowerClosed: a.lowerClosed && b.lowerClosed, upperClosed: a.upperClosed && b.upperClosed)
  }

  /// Interval negation.
  public static prefix func - (a: Interval) -> Interval {
    Interval(lower: -a.upper, upper: -a.lower, lowerClosed: a.upperClosed, upperClosed: a.lowerClosed)
  }

  /// Interval subtraction.
  public static func - (a: Interval, b: Interval) -> Interval { a + (-b) }

  /// Interval multiplication.
  public static func * (a: Interval, b: Interval) -> Interval {
    let candidates: [(Double, Bool)] = [
      (product(a.lower, b.lower), a.lowerClosed && b.lowerClosed),
      (product(a.lower, b.upper), a.lowerClosed && b.upperClosed),
      (product(a.upper, b.lower), a.upperClosed && b.lowerClosed),
      (product(a.upper, b.upper), a.upperClosed && b.upperClosed),
    ]
    return hull(candidates)
  }

  /// Interval division; dividing by an interval that holds 0 gives the whole line.
  public static func / (a: Interval, b: Interval) -> Interval {
    if b.contains(0) || (b.lower == 0 && b.upper == 0) {
      return Interval(lower: -.infinity, upper: .infinity)
    }
    let reciprocal = Interval(
      lower: 1 / b.upper, upper: 1 / b.lower, lowerClosed: b.upperClosed, upperClosed: b.lowerClosed)
    return a * reciprocal
  }

  private static func product(_ x: Double, _ y: Double) -> Double {
    if x == 0 || y == 0 { return 0 }
    return x * y
  }

  private static func hull(_ points: [(Double, Bool)]) -> Interval {
    var lo = points[0]
    var hi = points[0]
    for p in points.dropFirst() {
      if p.0 < lo.0 || (p.0 == lo.0 && p.1) { lo = p }
      if p.0 > hi.0 || (p.0 == hi.0 && p.1) { hi = p }
    }
    return Interval(lower: lo.0, upper: hi.0, lowerClosed: lo.1, upperClosed: hi.1)
  }
}

extension Interval: CustomStringConvertible {
  /// `1000` for an exact value, otherwise interval notation such as `(22, ∞)` or `[0, 7200)`.
  public var description: String {
    if isExact { return Self.format(lower) }
    let lo = lower.isFinite ? Self.format(lower) : "-∞"
    let hi = upper.isFinite ? Self.format(upper) : "∞"
    return (lowerClosed ? "[" : "(") + lo + ", " + hi + (upperClosed ? "]" : ")")
  }

  /// Formats a number without a trailing `.0`, in plain digits up to 1e15.
  public static func format(_ value: Double) -> String {
    if !value.isFinite { return value > 0 ? "∞" : "-∞" }
    if value == value.rounded() && Swift.abs(value) < 1e15 { return String(Int64(value)) }
    var text = String(value)
    if text.hasUTF8Suffix(".0") { text.removeLast(2) }
    return text
  }
}
