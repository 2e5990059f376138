import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Empties the page cache of a corpus's files, so that the next run reads them from
/// the disk, as the first run after a checkout does.
enum PageCache {
  /// Asks the kernel to drop the cached pages of every file listed in `list` (paths
  /// separated by NUL bytes, as `wc --files0-from` reads them). Pages are clean, so no
  /// privilege is needed. Returns how many files were evicted (0 off Linux).
  @discardableResult
  static func evict(filesListedIn list: String) -> Int {
    guard let data = FileManager.default.contents(atPath: list) else { return 0 }
    var evicted = 0
    for path in data.split(separator: 0) {
      let descriptor = open(String(decoding: path, as: UTF8.self), O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { continue }
      #if canImport(Glibc)
        if posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_DONTNEED)) == 0 { evicted += 1 }
      #endif
      close(descriptor)
    }
    return evicted
  }
}
