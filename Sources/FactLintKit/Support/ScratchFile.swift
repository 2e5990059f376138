import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A temporary file that only this process can reach: created in a directory and
/// unlinked at once, so that it takes no name and its space is freed when the
/// process lets go of it, however the process ends.
///
/// Reads and writes name their offset (`pread`, `pwrite`), so that workers may
/// read side by side without sharing a file position.
final class ScratchFile: Sendable {
  private let descriptor: Int32

  /// A new empty scratch file in `directory`; `nil` when none can be made there.
  init?(directory: String) {
    let base = directory.isEmpty ? "." : directory
    var template = Array((base.hasSuffix("/") ? base : base + "/").utf8CString.dropLast())
    template += "factlint-scratch-XXXXXX".utf8CString
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { return nil }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    descriptor = fd
  }

  deinit { close(descriptor) }

  /// Writes all of `bytes` at `offset`; `false` when they cannot all be written
  /// (the disk is full).
  func write(_ bytes: [UInt8], at offset: Int) -> Bool {
    bytes.withUnsafeBytes { buffer in
      var done = 0
      while done < buffer.count {
        let n = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return false }
        done += n
      }
      return true
    }
  }

  /// Gives back the space the file takes, at once: what was written is gone.
  func discard() { _ = ftruncate(descriptor, 0) }

  /// The `count` bytes at `offset`; `nil` when they cannot all be read.
  func read(count: Int, at offset: Int) -> [UInt8]? {
    guard count > 0 else { return [] }
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      var done = 0
      while done < count {
        let n = pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset + done))
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { break }
        done += n
      }
      if done < count {
        failed = true
        buffer.baseAddress!.initialize(repeating: 0, count: count)
      }
      initialized = count
    }
    return failed ? nil : bytes
  }
}
