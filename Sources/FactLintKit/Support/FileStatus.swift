#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a path names, as `stat` finds it: symbolic links are followed, and a link
/// to nothing names nothing.
enum FileStatus: Equatable, Sendable {
  /// Nothing is there (or it cannot be looked at).
  case missing
  /// A directory.
  case directory
  /// Anything else: a file, a device, a pipe.
  case other

  /// The status of `path`.
  init(of path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else {
      self = .missing
      return
    }
    self = info.st_mode & S_IFMT == S_IFDIR ? .directory : .other
  }
}
