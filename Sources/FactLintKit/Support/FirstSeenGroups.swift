/// Values grouped under their keys, the groups in the order their keys are first seen.
///
/// A document states few things of each kind: few counted things, few people, few
/// spellings of names. Keys are searched in order while there are few of them
/// (``FirstSeenSearch``), and a dictionary, which hashes every key it is asked about,
/// is built only once there are many.
struct FirstSeenGroups<Key: Hashable, Value> {
  /// The groups, in the order their keys were first seen.
  private(set) var groups: [(key: Key, values: [Value])] = []
  private var index: [Key: Int] = [:]

  /// Adds `value` to the group of `key`, which is made if it is new.
  @inline(__always) mutating func add(_ value: Value, under key: Key) {
    if let k = FirstSeenSearch.position(of: key, count: groups.count, index: index, keyAt: { groups[$0].key }) {
      groups[k].values.append(value)
      return
    }
    FirstSeenSearch.adding(key, at: groups.count, to: &index) { groups[$0].key }
    // Room for the keys searched in order is made with the first: a list grown a key
    // at a time moved to new storage at the second, third and fifth.
    if groups.isEmpty { groups.reserveCapacity(FirstSeenSearch.searched) }
    groups.append((key, [value]))
  }

  /// The groups, taken out and none left: the caller holds the only reference to them
  /// and to their lists, so that changing them (sorting a list) copies nothing.
  mutating func takeGroups() -> [(key: Key, values: [Value])] {
    var taken: [(key: Key, values: [Value])] = []
    swap(&taken, &groups)
    index = [:]
    return taken
  }
}

/// The first value under each key and how many there are, the keys in the order
/// first seen: ``FirstSeenGroups`` for a summary that takes no more of each group,
/// with no list made for each key.
struct FirstSeenTallies<Key: Hashable, Value> {
  /// Each key's first value and count, in the order the keys were first seen.
  private(set) var tallies: [(key: Key, first: Value, count: Int)] = []
  private var index: [Key: Int] = [:]

  /// Counts a value under `key`, and keeps `value()` as the key's first if the key is
  /// new: the value is made only then.
  @inline(__always) mutating func add(under key: Key, _ value: () -> Value) {
    if let k = FirstSeenSearch.position(of: key, count: tallies.count, index: index, keyAt: { tallies[$0].key }) {
      tallies[k].count += 1
      return
    }
    FirstSeenSearch.adding(key, at: tallies.count, to: &index) { tallies[$0].key }
    if tallies.isEmpty { tallies.reserveCapacity(FirstSeenSearch.searched) }
    tallies.append((key, value(), 1))
  }
}

/// How ``FirstSeenGroups`` and ``FirstSeenTallies`` find a key: in order among the
/// first ``searched`` keys, through a dictionary of all of them once there are more.
enum FirstSeenSearch {
  /// How many keys are searched in order before a dictionary is built.
  static var searched: Int { 16 }

  /// The position of `key` among `count` keys, each read by `keyAt`, or `nil`;
  /// `index` is the dictionary ``adding(_:at:to:keyAt:)`` keeps.
  @inline(__always) static func position<Key: Hashable>(
    of key: Key, count: Int, index: [Key: Int], keyAt: (Int) -> Key
  ) -> Int? {
    guard count <= searched else { return index[key] }
    for k in 0..<count where keyAt(k) == key { return k }
    return nil
  }

  /// Notes `key` added at `position`: the dictionary is built once the keys are more
  /// than ``searched``, from those before, and kept up from then on.
  @inline(__always) static func adding<Key: Hashable>(
    _ key: Key, at position: Int, to index: inout [Key: Int], keyAt: (Int) -> Key
  ) {
    if position == searched { for k in 0..<position { index[keyAt(k)] = k } }
    if position >= searched { index[key] = position }
  }
}
