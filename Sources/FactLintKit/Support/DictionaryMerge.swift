extension Dictionary {
  /// Merges `other` into this dictionary: a key it lacks takes `other`'s value as it
  /// is, and a value it has is combined with `other`'s in place. The value is taken
  /// out and put back, so that the arrays and dictionaries inside it are changed,
  /// not copied.
  mutating func mergeInPlace(_ other: [Key: Value], _ combine: (inout Value, Value) -> Void) {
    for (key, value) in other {
      guard var mine = removeValue(forKey: key) else {
        self[key] = value
        continue
      }
      combine(&mine, value)
      self[key] = mine
    }
  }
}
