extension Array where Element == UInt8 {
  /// Appends the UTF-8 bytes of `text`, copied from its storage at once: appending its
  /// `utf8` view goes through the generic path, which costs several times as much for
  /// the short strings output is built from. The text is read where it is, not
  /// copied first: a copy counts a reference on its storage, which another core may
  /// be counting on too (a rule's identifier is in every finding of the rule).
  @inline(__always) mutating func append(utf8 text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
      append(contentsOf: text.utf8)
    }
  }

  /// Appends the UTF-8 bytes of the literal `text`, copied from where the program
  /// holds them, with no string made of it.
  @inline(__always) mutating func append(literal text: StaticString) {
    append(contentsOf: text.utf8Bytes)
  }
}
