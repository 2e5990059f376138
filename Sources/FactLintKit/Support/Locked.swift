import Foundation

/// A value shared between threads, changed only while its lock is held.
///
/// The lock is a POSIX mutex (`NSLock`), not the standard library's `Mutex`: on
/// Linux that one hands a contended lock over inside the kernel (a priority-
/// inheriting futex), where ThreadSanitizer cannot see it, so every contended
/// access reads to the sanitizer as a data race. A POSIX mutex is one it knows.
final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
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
