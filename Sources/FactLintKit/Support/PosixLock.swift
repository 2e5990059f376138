#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A POSIX mutex and a condition variable, as `NSLock` and `NSCondition` are made.
///
/// Not the standard library's `Mutex`: on Linux that one hands a contended lock over
/// inside the kernel (a priority-inheriting futex), where ThreadSanitizer cannot see
/// it, so every contended access reads to the sanitizer as a data race. A POSIX mutex
/// is one it knows. (Foundation's locks are the same, but would link all of
/// Foundation, whose loading is a third of a small run's start-up.)
final class PosixLock: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

  init() {
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(condition, nil)
  }

  deinit {
    pthread_cond_destroy(condition)
    pthread_mutex_destroy(mutex)
    condition.deallocate()
    mutex.deallocate()
  }

  /// Takes the lock, waiting while another thread holds it.
  func lock() { pthread_mutex_lock(mutex) }

  /// Gives the lock back.
  func unlock() { pthread_mutex_unlock(mutex) }

  /// Gives the lock back until another thread calls ``broadcast()``, then takes it again.
  /// Callers wait in a loop on their condition: a wait may also end spuriously.
  func wait() { pthread_cond_wait(condition, mutex) }

  /// Wakes every thread waiting in ``wait()``.
  func broadcast() { pthread_cond_broadcast(condition) }
}
