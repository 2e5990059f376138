import Foundation

/// Values kept alive until the process ends.
///
/// A run over a large corpus builds millions of small objects. When the process
/// exits right after the run, freeing them one by one only delays the exit (at
/// 1 GB of reports, by seconds), so the command-line tool hands them here and the
/// system reclaims the memory at once, as compilers do (clang's `-disable-free`).
/// Kept values stay reachable from this global, so leak checkers do not report them.
public enum ProcessLifetime {
  private final class Store: @unchecked Sendable {
    let lock = NSLock()
    var values: [Any] = []
  }

  private static let store = Store()

  /// Keeps `value` until the process ends.
  public static func keep(_ value: Any) {
    store.lock.lock()
    defer { store.lock.unlock() }
    store.values.append(value)
  }

  /// How many values are kept.
  public static var keptCount: Int {
    store.lock.lock()
    defer { store.lock.unlock() }
    return store.values.count
  }
}
