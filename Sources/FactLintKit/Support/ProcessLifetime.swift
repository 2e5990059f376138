#if canImport(Glibc)
  import Glibc
#endif

/// Values kept alive until the process ends.
///
/// A run over a large corpus builds millions of small objects. When the process
/// exits right after the run, freeing them one by one only delays the exit (at
/// 1 GB of reports, by seconds), so the command-line tool hands them here and the
/// system reclaims the memory at once, as compilers do (clang's `-disable-free`).
/// Kept values stay reachable from this global, so leak checkers do not report them.
public enum ProcessLifetime {
  private static let kept = Locked<[any Sendable]>([])

  /// Keeps `value` until the process ends.
  public static func keep(_ value: any Sendable) {
    kept.withLock { $0.append(value) }
  }

  /// How many values are kept.
  public static var keptCount: Int { kept.withLock { $0.count } }

  /// Tells the C allocator that this process runs once and ends: freed memory is
  /// kept for reuse instead of going back to the system, and blocks up to 32 MB
  /// (a large document's tokens, a corpus's fact arrays) come from the heap instead of
  /// fresh zeroed pages of their own. At 1 GB of reports the run touches ~13 GB, and
  /// pages the system must hand out again cost more than the work done in them.
  /// Small blocks skip the "fast bins": glibc merges those lists whenever a larger
  /// block is asked for, and with two workers freeing a document's many small objects
  /// that merging was a few percent of a run (thread caches still serve small blocks).
  /// Returns whether every setting was taken (always `false` off glibc).
  @discardableResult
  public static func tuneAllocatorForOneRun() -> Bool {
    #if canImport(Glibc)
      // `mallopt` is declared in <malloc.h>, which the Glibc module does not import.
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
      let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
      let topPad: Int32 = -2  // M_TOP_PAD
      let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
      let maxFast: Int32 = 1  // M_MXFAST
      // Every setting is tried, whichever of them the allocator refuses.
      let taken = [
        mallopt(trimThreshold, Int32.max), mallopt(topPad, 64 << 20), mallopt(mmapThreshold, 32 << 20),
        mallopt(maxFast, 0),
      ]
      return taken.allSatisfy { $0 == 1 }
    #else
      return false
    #endif
  }
}
