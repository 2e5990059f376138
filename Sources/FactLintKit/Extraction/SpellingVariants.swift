/// Finds spellings of one name that differ slightly ("Zelensky" / "Zelenskyy",
/// "Umerov" / "Umierov") by edit distance, without a list of names.
///
/// Two spellings are variants when they start with the same letter, are at
/// least five letters long, and differ by one edit (two for names of nine
/// letters or more); an edit inserts, deletes or replaces a letter, or swaps
/// two neighbours. Case differences alone do not count.
public enum SpellingVariants {
  /// Groups `spellings` into sets of variants; each group has two spellings or more,
  /// sorted, and groups are sorted by their first spelling.
  public static func groups(_ spellings: Set<String>) -> [[String]] {
    let sorted = spellings.sorted()
    var parent = Array(sorted.indices)
    func find(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    // Bucket by first letter so that only plausible pairs are compared.
    var buckets: [UInt8: [Int]] = [:]
    for (i, s) in sorted.enumerated() {
      guard let first = s.lowercased().utf8.first else { continue }
      buckets[first, default: []].append(i)
    }
    for bucket in buckets.values {
      for a in bucket.indices {
        for b in bucket.indices where b > a {
          let x = sorted[bucket[a]]
          let y = sorted[bucket[b]]
          if areVariants(x, y) {
            parent[find(bucket[a])] = find(bucket[b])
          }
        }
      }
    }
    var grouped: [Int: [String]] = [:]
    for i in sorted.indices { grouped[find(i), default: []].append(sorted[i]) }
    return grouped.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
  }

  /// Whether `a` and `b` are spellings of one name.
  public static func areVariants(_ a: String, _ b: String) -> Bool {
    areVariants(Array(a.lowercased().unicodeScalars), Array(b.lowercased().unicodeScalars))
  }

  /// Whether the lower-cased spellings `x` and `y` are spellings of one name.
  static func areVariants(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
    guard x.count >= 5, y.count >= 5, x.first == y.first, x != y else { return false }
    let limit = max(x.count, y.count) >= 9 ? 2 : 1
    guard Swift.abs(x.count - y.count) <= limit else { return false }
    return distance(x, y, limit: limit) <= limit
  }

  /// Optimal string alignment distance, stopping early once `limit` is exceeded.
  static func distance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], limit: Int) -> Int {
    let n = x.count
    let m = y.count
    var previous2 = [Int](repeating: 0, count: m + 1)
    var previous = Array(0...m)
    var current = [Int](repeating: 0, count: m + 1)
    for i in 1...n {
      current[0] = i
      var rowMin = current[0]
      for j in 1...m {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] {
          v = min(v, previous2[j - 2] + 1)
        }
        current[j] = v
        rowMin = min(rowMin, v)
      }
      if rowMin > limit { return limit + 1 }
      previous2 = previous
      previous = current
    }
    return previous[m]
  }
}
