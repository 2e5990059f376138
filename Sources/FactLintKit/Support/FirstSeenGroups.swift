/// Values grouped under their keys, the groups in the order their keys are first seen.
///
/// A document states few things of each kind: few counted things, few people, few
/// spellings of names. Keys are searched in order while there are few of them (sixteen), and a
/// dictionary, which hashes every key it is asked about, is built only once there
/// are many.
struct FirstSeenGroups<Key: Hashable, Value> {
  /// The groups, in the order their keys were first seen.
  private(set) var groups: [(key: Key, values: [Value])] = []
  private var index: [Key: Int] = [:]
  /// How many groups are searched in order before a dictionary is built.
  private static var searched: Int { 16 }

  /// Adds `value` to the group of `key`, which is made if it is new. Up to ``searched``
  /// groups are searched in order.
  @inline(__always) mutating func add(_ value: Value, under key: Key) {
    let known = groups.count <= Self.searched ? groups.firstIndex { $0.key == key } : index[key]
    if let k = known {
      groups[k].values.append(value)
      return
    }
    if groups.count == Self.searched { for (k, group) in groups.enumerated() { index[group.key] = k } }
    if groups.count >= Self.searched { index[key] = groups.count }
    groups.append((key, [value]))
  }
}
