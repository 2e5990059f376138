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
    var directory: (path: Substring, descriptor: Int32)?
    defer { if let d = directory, d.descriptor >= 0 { close(d.descriptor) } }
    for path in paths {
      guard let slash = path.utf8.lastIndex(of: 0x2F), slash != path.utf8.startIndex,
        path.utf8.index(after: slash) != path.utf8.endIndex
      else {
        if stat(path, &info) == 0 { sum += Int(info.st_size) }
        continue
      }
      let parent = path[..<slash]
      if directory?.path != parent {
        if let d = directory, d.descriptor >= 0 { close(d.descriptor) }
        directory = (parent, open(String(parent), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
      }
      let descriptor = directory!.descriptor
      let found =
        descriptor >= 0
        ? String(path[path.utf8.index(after: slash)...]).withCString { fstatat(descriptor, $0, &info, 0) }
        : stat(path, &info)
      if found == 0 { sum += Int(info.st_size) }
    }
    return sum
  }
}
