#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which thread runs the calling code, as a number that tells threads apart while
/// they live.
///
/// The allocator gives each thread an arena of its own. A block let go on the thread
/// that made it goes back to that arena without a wait; let go on another thread, it
/// takes the lock of an arena its maker may be using. Work that lets go of what
/// earlier work made is sent back to the thread that made it (``Parallel/forEach(count:jobs:owners:_:)``).
enum WorkerThread {
  /// The calling thread; never 0, which stands for no thread known.
  static var current: UInt {
    #if canImport(Glibc)
      return UInt(pthread_self())
    #else
      return UInt(bitPattern: pthread_self())
    #endif
  }
}
