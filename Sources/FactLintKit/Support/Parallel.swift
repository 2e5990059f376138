import Dispatch
import FoundationEssentials
import Synchronization

/// Runs independent work items on all cores and returns results in index order,
/// so that output never depends on scheduling.
enum Parallel {
  /// The cores this process may use, asked once: Foundation reads the control
  /// group's quota files from disk at every call (about 35,000 instructions).
  static let coreCount = ProcessInfo.processInfo.activeProcessorCount

  /// `body(0) … body(count - 1)`, computed concurrently with at most `jobs` workers.
  static func map<T: Sendable>(count: Int, jobs: Int = 0, _ body: @Sendable (Int) -> T) -> [T] {
    let results = ResultSlots<T>(count: count)
    forEach(count: count, jobs: jobs) { i in results.store(body(i), at: i) }
    return results.values()
  }

  /// Runs `body(0) … body(count - 1)` concurrently with at most `jobs` workers
  /// (0: as many as Dispatch gives, each taking the next item).
  static func forEach(count: Int, jobs: Int = 0, _ body: @Sendable (Int) -> Void) {
    guard count > 0 else { return }
    let workers = jobs > 0 ? min(jobs, count) : count
    if workers == 1 {
      for i in 0..<count { body(i) }
    } else if jobs > 0 {
      // A fixed number of workers, each taking the next item when it is done with one:
      // items of uneven cost (rules, documents) keep every worker busy to the end.
      let next = Atomic<Int>(0)
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while case let i = next.wrappingAdd(1, ordering: .relaxed).oldValue, i < count { body(i) }
      }
    } else {
      DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
  }
}

extension Parallel {
  /// Runs `body(0) … body(count - 1)` as ``forEach(count:jobs:_:)`` does, each item
  /// first on the thread `owners[i]` (a ``WorkerThread/current``) when that thread is
  /// one of the workers; the items whose thread is not, or that `owners` does not name
  /// (0, or past its end), are run after, on whichever worker is free.
  ///
  /// For work that changes what an earlier pass made: what it lets go of returns to the
  /// allocator arena of the thread that made it, with no wait on another thread's lock.
  static func forEach(count: Int, jobs: Int = 0, owners: [UInt], _ body: @Sendable (Int) -> Void) {
    guard count > 0 else { return }
    let workers = jobs > 0 ? min(jobs, count) : coreCount
    guard workers > 1, !owners.isEmpty else { return forEach(count: count, jobs: jobs, body) }
    let done = UnsafeMutableBufferPointer<Bool>.allocate(capacity: count)
    done.initialize(repeating: false)
    defer { done.deallocate() }
    let flags = UnsafeSlots(done)
    // Two workers never run on one thread at once, so an item is taken by one worker
    // only: the one on its thread, and only the first to come to it there.
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      let me = WorkerThread.current
      for i in 0..<min(count, owners.count) where owners[i] == me && !flags.buffer[i] {
        body(i)
        flags.buffer[i] = true
      }
    }
    let rest = (0..<count).filter { !done[$0] }
    forEach(count: rest.count, jobs: jobs) { body(rest[$0]) }
  }

  /// Replaces every element of `array` with `empty`, a run of elements per worker, so
  /// that what the elements held is let go on every core rather than on one at the end.
  static func letGo<T: Sendable>(_ array: inout [T], replacingWith empty: T, jobs: Int = 0) {
    let count = array.count
    guard count > 0 else { return }
    let workers = jobs > 0 ? jobs : coreCount
    let size = max(1, count / (workers * 4))
    array.withUnsafeMutableBufferPointer { buffer in
      let slots = UnsafeSlots(buffer)
      forEach(count: (count + size - 1) / size, jobs: jobs) { run in
        for i in (run * size)..<min(count, run * size + size) { slots.buffer[i] = empty }
      }
    }
  }
}

/// Elements of a buffer that several threads change, each element by exactly one thread.
struct UnsafeSlots<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// Write-once slots filled from several threads; each index is written by exactly one worker.
private final class ResultSlots<T>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<T?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ value: T, at index: Int) { slots[index] = value }

  func values() -> [T] { slots.map { $0! } }
}
