import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files atomically: the bytes go to a temporary file in the same
/// directory, which is flushed to disk and renamed over the target. A reader
/// sees the old file or the new one, never a mix. The target's permissions are kept.
public enum AtomicFile {
  /// Errors while writing.
  public struct WriteError: Error, CustomStringConvertible, Sendable {
    /// What failed, lower-case.
    public var description: String
  }

  /// Replaces the file at `path` with `bytes`.
  public static func write(_ bytes: [UInt8], to path: String) throws {
    var mode: mode_t = 0o644
    var info = stat()
    if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
    // The directory and name as written: "a/b.txt" → "a", "b.txt"; "b.txt" → ".", "b.txt";
    // "/b.txt" → "", "b.txt" (the temporary file is then "/.b.txt…").
    let slash = path.utf8.lastIndex(of: 0x2F)
    let directory = slash.map { String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path
    let temporary = directory + "/.\(name).factlint-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
    guard fd >= 0 else {
      throw WriteError(description: "cannot create \(temporary): \(String(cString: strerror(errno)))")
    }
    var ok = true
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 {
          if written < 0 && errno == EINTR { continue }
          ok = false
          return
        }
        offset += written
      }
    }
    if ok { ok = fchmod(fd, mode) == 0 && fsync(fd) == 0 }
    close(fd)
    guard ok, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw WriteError(description: "cannot write \(path): \(reason)")
    }
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif
