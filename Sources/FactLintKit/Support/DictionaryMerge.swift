extension Dictionary {
  /// Merges `other` into this dictionary: a key it lacks takes `other`'s value as it
  /// is, and a value it has is combined with `other`'s in place, where it is stored,
  /// so that the arrays and dictionaries inside it are changed, not copied, and the
  /// key is hashed once.
  /// Room is made for every key of `other` first: the table grows once, not again and
  /// again as keys are added (the parts of a summary seldom share many keys).
  mutating func mergeInPlace(_ other: [Key: Value], _ combine: (inout Value, Value) -> Void) {
    reserveCapacity(count + other.count)
    for (key, value) in other {
      if let index = index(forKey: key) {
        combine(&values[index], value)
      } else {
        self[key] = value
      }
    }
  }
}
