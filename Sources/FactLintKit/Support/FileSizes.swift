#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The sizes of many files, each asked of its directory.
///
/// A walk lists files directory by directory, so a run of paths mostly shares one.
/// Asking for a file's status by its whole path makes the kernel look up every
/// directory on the way again; here each directory of the run is opened once and
/// each file is looked up in it by its name alone (`fstatat`).
enum FileSizes {
  /// The total size in bytes of the files at `paths` that can be looked at; a path
  /// that names nothing adds nothing. Symbolic links are followed, as `stat` does.
  static func total<Paths: Collection<String>>(of paths: Paths) -> Int {
    var sum = 0
    var info = stat()
    // The directory open, as its path's bytes and a closing NUL, and its descriptor
    // (-1 when it could not be opened: its files are then asked by whole path).
    var directory: [CChar] = []
    var descriptor: Int32 = -1
    defer { if descriptor >= 0 { close(descriptor) } }
    for path in paths {
      // The path's own bytes, and its name's after the last slash, are read in place.
      let found = path.withCString { p -> Int32 in
        guard let slash = strrchr(p, 0x2F), slash != p, slash[1] != 0 else { return stat(p, &info) }
        let length = UnsafePointer(slash) - p
        if length != directory.count - 1 || memcmp(p, directory, length) != 0 {
          if descriptor >= 0 { close(descriptor) }
          directory = Array(UnsafeBufferPointer(start: p, count: length)) + [0]
          descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        return descriptor >= 0 ? fstatat(descriptor, slash + 1, &info, 0) : stat(p, &info)
      }
      if found == 0 { sum += Int(info.st_size) }
    }
    return sum
  }
}
