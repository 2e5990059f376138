import Dispatch

extension Parallel {
  /// Computes `body(0) … body(count - 1)` with `jobs` workers (0: one per core) and
  /// hands each result to `collect` on the calling thread, in index order, as soon
  /// as it and every result before it are done.
  ///
  /// At most `window` results are computed ahead of the one collected next, so
  /// memory holds a window of results however many there are; and a worker goes on
  /// with the next item while earlier results are collected, so no worker waits for
  /// a slow item of a batch, nor for `collect` to write what it was given.
  static func forEachInOrder<T: Sendable>(
    count: Int, jobs: Int = 0, window: Int, _ body: @escaping @Sendable (Int) -> T, collect: (T) -> Void
  ) {
    guard count > 0 else { return }
    let workers = min(jobs > 0 ? jobs : coreCount, count)
    if workers == 1 {
      for i in 0..<count { collect(body(i)) }
      return
    }
    let slots = WindowSlots<T>(count: count, window: max(window, workers))
    let group = DispatchGroup()
    for _ in 0..<workers {
      DispatchQueue.global().async(group: group) {
        while let i = slots.take() { slots.put(body(i), at: i) }
      }
    }
    for i in 0..<count { collect(slots.collect(i)) }
    group.wait()
  }
}

/// The results of ``Parallel/forEachInOrder(count:jobs:window:_:collect:)`` between
/// the workers that compute them and the thread that collects them, in a ring of
/// `window` places.
private final class WindowSlots<T>: @unchecked Sendable {
  private let condition = PosixLock()
  private var ring: [T?]
  private let count: Int
  /// The next item to hand out.
  private var next = 0
  /// The next item to collect.
  private var collected = 0

  init(count: Int, window: Int) {
    self.count = count
    ring = [T?](repeating: nil, count: window)
  }

  /// The next item to compute, once it falls within the window; `nil` when all are handed out.
  func take() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while next < count && next >= collected + ring.count { condition.wait() }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }

  /// Stores the result of item `i`.
  func put(_ value: T, at i: Int) {
    condition.lock()
    ring[i % ring.count] = value
    condition.broadcast()
    condition.unlock()
  }

  /// The result of item `i`, the next to collect, once it is computed; its place is freed.
  func collect(_ i: Int) -> T {
    condition.lock()
    defer { condition.unlock() }
    while ring[i % ring.count] == nil { condition.wait() }
    let value = ring[i % ring.count].take()!
    collected = i + 1
    condition.broadcast()
    return value
  }
}
