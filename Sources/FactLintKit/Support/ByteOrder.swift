#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension String {
  /// Whether this string's UTF-8 bytes sort before `other`'s: the order of paths in
  /// output, the same on every platform and locale. Compared with `memcmp` over the
  /// strings' own storage: a walk sorts tens of thousands of long paths that share
  /// their first bytes, and the generic comparison of two `UTF8View`s goes a byte
  /// at a time.
  func utf8Precedes(_ other: String) -> Bool {
    let answer = utf8.withContiguousStorageIfAvailable { a in
      other.utf8.withContiguousStorageIfAvailable { b in
        let common = Swift.min(a.count, b.count)
        let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
        return order != 0 ? order < 0 : a.count < b.count
      }
    }
    return (answer ?? nil) ?? utf8.lexicographicallyPrecedes(other.utf8)
  }
}
