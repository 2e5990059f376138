/// Arrays made for every document through code the compiler specializes.
///
/// `init(repeating:count:)` and `init(unsafeUninitializedCapacity:initializingWith:)`
/// allocate through a standard library function that is never specialized, which
/// looks the storage's type up at run time: some hundreds to a thousand instructions
/// an array, for each of the few arrays extraction and sieving make for every
/// document. An array made from a repeated value, or grown after `reserveCapacity`,
/// is allocated by code specialized for its element, with the type known.
extension Array where Element: BitwiseCopyable {
  /// `count` copies of `value`, as `init(repeating:count:)` makes them.
  @inline(__always) init(filledWith value: Element, count: Int) {
    self.init(repeatElement(value, count: count))
  }

  /// `count` elements, each set by `body` in the buffer it is lent, which holds
  /// `filler` until then.
  @inline(__always) init(
    count: Int, filler: Element, setting body: (UnsafeMutableBufferPointer<Element>) -> Void
  ) {
    self.init(repeatElement(filler, count: count))
    withUnsafeMutableBufferPointer { body($0) }
  }
}
