/// A value shared between threads, changed only while its lock is held (a
/// ``PosixLock``).
final class Locked<Value>: @unchecked Sendable {
  private let lock = PosixLock()
  private var value: Value

  /// Wraps `value`.
  init(_ value: Value) { self.value = value }

  /// Runs `body` on the value while holding the lock.
  func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
