extension Array where Element == UInt8 {
  /// Appends the UTF-8 bytes of `text`, copied from its storage at once: appending its
  /// `utf8` view goes through the generic path, which costs several times as much for
  /// the short strings output is built from.
  @inline(__always) mutating func append(utf8 text: String) {
    var text = text
    text.withUTF8 { append(contentsOf: $0) }
  }
}
