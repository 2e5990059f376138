import Synchronization

/// Values kept alive until the process ends.
///
/// A run over a large corpus builds millions of small objects. When the process
/// exits right after the run, freeing them one by one only delays the exit (at
/// 1 GB of reports, by seconds), so the command-line tool hands them here and the
/// system reclaims the memory at once, as compilers do (clang's `-disable-free`).
/// Kept values stay reachable from this global, so leak checkers do not report them.
public enum ProcessLifetime {
  private static let kept = Mutex<[any Sendable]>([])

  /// Keeps `value` until the process ends.
  public static func keep(_ value: any Sendable) {
    kept.withLock { $0.append(value) }
  }

  /// How many values are kept.
  public static var keptCount: Int { kept.withLock { $0.count } }
}
