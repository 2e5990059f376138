/// Elements copied once into memory that is never freed, for a static table that
/// lives as long as the process and that every worker reads.
///
/// An element of an array handed to a function is a reference counted for the call,
/// and the arrays of a static table are shared by every worker: both cores would
/// count on the same memory, taking turns on its cache line. An element read from
/// here is read in place and counts nothing. Made only for `static let` tables, which
/// keep the memory reachable until the process ends.
struct PinnedTable<Element: Sendable>: @unchecked Sendable {
  /// The elements, in order.
  let elements: UnsafeBufferPointer<Element>

  /// A table of `elements`.
  init(_ elements: [Element]) {
    let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
    _ = buffer.initialize(from: elements)
    self.elements = UnsafeBufferPointer(buffer)
  }

  /// The elements in `range`.
  @inline(__always) subscript(range: Range<Int>) -> UnsafeBufferPointer<Element> {
    UnsafeBufferPointer(rebasing: elements[range])
  }
}
