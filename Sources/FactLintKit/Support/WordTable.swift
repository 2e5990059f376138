/// A fixed table from words to values, built once and read on every token.
///
/// `Dictionary<String, Value>` hashes with SipHash through `Hasher`, which is most of
/// the cost of looking up a short word. This table hashes the word's UTF-8 bytes eight
/// at a time and probes an open-addressed array; keys are compared only when the
/// hashes match. Lookups give the same answers as the dictionary it was built from.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  /// The keys in the order given.
  let keys: [String]
  /// The values, by position in ``keys``.
  let values: [Value]
  private let hashes: [UInt64]
  /// For each slot, the position of its key plus one (0: empty).
  private let slots: [Int32]
  private let mask: Int
  /// Whether words held inline may be hashed from their bits (``WordHash/of(_:inline:)``).
  private let inline = String.smallASCIILayoutHolds

  /// Builds a table from `pairs`; a key given twice keeps its first value.
  init(_ pairs: some Sequence<(String, Value)>) {
    self.init(merging: pairs) { _, _ in }
  }

  /// Builds a table from `pairs`, the keys in the order first given; the value of a key
  /// given again is merged into its first value by `combine`.
  ///
  /// Keys are told apart with the table's own hash as it is filled: the tables are
  /// built at every start, and a `Set` or `Dictionary` of the keys beside it, hashed
  /// with SipHash, cost as much as the rest of the building.
  init(merging pairs: some Sequence<(String, Value)>, combine: (inout Value, Value) -> Void) {
    let given = Array(pairs)
    var capacity = 8
    while capacity < given.count * 2 { capacity *= 2 }
    var slots = [Int32](repeating: 0, count: capacity)
    var keys: [String] = []
    var values: [Value] = []
    var hashes: [UInt64] = []
    keys.reserveCapacity(given.count)
    values.reserveCapacity(given.count)
    hashes.reserveCapacity(given.count)
    for (key, value) in given {
      let hash = WordHash.of(key)
      var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
      var known: Int?
      while slots[slot] != 0 {
        let position = Int(slots[slot]) - 1
        if hashes[position] == hash && keys[position] == key {
          known = position
          break
        }
        slot = (slot + 1) & (capacity - 1)
      }
      if let known {
        combine(&values[known], value)
        continue
      }
      slots[slot] = Int32(keys.count + 1)
      keys.append(key)
      values.append(value)
      hashes.append(hash)
    }
    self.keys = keys
    self.values = values
    self.hashes = hashes
    self.slots = slots
    self.mask = capacity - 1
  }

  /// Builds a table from a dictionary literal.
  init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }

  /// Builds a table from a dictionary (its order does not matter for lookups).
  init(_ dictionary: [String: Value]) { self.init(dictionary.map { ($0.key, $0.value) }) }

  /// The value for `word`, or `nil`.
  @inline(__always) subscript(_ word: String) -> Value? {
    position(of: word).map { values[$0] }
  }

  /// Whether `word` is a key.
  @inline(__always) func contains(_ word: String) -> Bool { position(of: word) != nil }

  /// The number of keys.
  var count: Int { keys.count }

  /// The keys with their values, in the order given.
  var pairs: Zip2Sequence<[String], [Value]> { zip(keys, values) }

  private func position(of word: String) -> Int? {
    let hash = WordHash.of(word, inline: inline)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { return nil }
      if hashes[entry - 1] == hash && keys[entry - 1] == word { return entry - 1 }
      slot = (slot + 1) & mask
    }
  }
}

/// The hash ``WordTable`` keys its words by, which other tables of short texts use too
/// (a title check's keys): cheaper than `Hasher` for the words and names extraction meets.
enum WordHash {
  /// A multiplicative hash over the UTF-8 bytes, eight at a time, with a final mix
  /// so that the low bits spread. Words are short: most take one or two rounds.
  ///
  /// A word of ASCII held inline is hashed from its own two words when `inline` is
  /// ``String/smallASCIILayoutHolds``, read once by the caller; other native strings
  /// lend their bytes without a copy to the heap. The hash is the same either way.
  @inline(__always) static func of(_ word: String, inline: Bool = String.smallASCIILayoutHolds) -> UInt64 {
    if inline, let bytes = word.inlineASCIIBytes { return of(bytes.low, bytes.high, count: bytes.count) }
    return word.withUTF8Bytes(of)
  }

  /// The hash of `count` bytes (at most fifteen) packed little-endian in `low` and
  /// `high`, zero past the end: the same rounds as the hash of the bytes read where
  /// they are, whose loads give these words.
  @inline(__always) private static func of(_ low: UInt64, _ high: UInt64, count: Int) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(count)
    if count >= 8 {
      hash = (hash ^ low) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 31
      if count > 8 { hash = (hash ^ high) &* 0x9E37_79B9_7F4A_7C15 }
    } else if count > 0 {
      hash = (hash ^ low) &* 0x9E37_79B9_7F4A_7C15
    }
    return mixed(hash)
  }

  /// The final mix, which spreads the low bits.
  @inline(__always) private static func mixed(_ hash: UInt64) -> UInt64 {
    var hash = hash
    hash ^= hash >> 29
    hash = hash &* 0xbf58_476d_1ce4_e5b9
    return hash ^ (hash >> 32)
  }

  @inline(__always) private static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
    guard let base = bytes.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 <= bytes.count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 31
      offset += 8
    }
    let rest = bytes.count - offset
    if rest > 0 {
      // The last one to seven bytes, little-endian, in at most three loads.
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      if rest & 4 != 0 {
        tail = UInt64(raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian)
        offset += 4
        shift = 32
      }
      if rest & 2 != 0 {
        tail |= UInt64(raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self).littleEndian) << shift
        offset += 2
        shift += 16
      }
      if rest & 1 != 0 { tail |= UInt64(bytes[offset]) << shift }
      hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
    }
    return mixed(hash)
  }
}

/// A fixed set of words with the lookup of ``WordTable``.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
  private let table: WordTable<Bool>

  /// Builds a set of `words`.
  init(_ words: some Sequence<String>) { table = WordTable(words.map { ($0, true) }) }

  /// Builds a set from an array literal.
  init(arrayLiteral elements: String...) { self.init(elements) }

  /// Whether `word` is in the set.
  @inline(__always) func contains(_ word: String) -> Bool { table.contains(word) }

  /// The number of words.
  var count: Int { table.count }

  func makeIterator() -> IndexingIterator<[String]> { table.keys.makeIterator() }
}
