/// A set of fact kinds, one bit for each kind's ``FactKind/position``: what a pass
/// over stored facts asks for, tested once for every fact it reads.
struct FactKindSet: Sendable, Equatable {
  private var bits: UInt16

  /// No kind.
  static let none = FactKindSet(bits: 0)
  /// Every kind.
  static let all = FactKindSet(FactKind.allCases)

  private init(bits: UInt16) { self.bits = bits }

  /// The set of `kinds`.
  init(_ kinds: some Sequence<FactKind>) {
    bits = 0
    for kind in kinds { insert(kind) }
  }

  /// Whether the set holds `kind`.
  @inline(__always) func contains(_ kind: FactKind) -> Bool { contains(position: kind.position) }

  /// Whether the set holds the kind at `position` in `FactKind.allCases`.
  @inline(__always) func contains(position: Int) -> Bool { position < 16 && bits & (1 << position) != 0 }

  /// Adds `kind`.
  mutating func insert(_ kind: FactKind) { bits |= 1 << kind.position }

  /// The kinds of either set.
  func union(_ other: FactKindSet) -> FactKindSet { FactKindSet(bits: bits | other.bits) }
}
