#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The entries of a directory with the type the directory itself records for each,
/// read with `readdir`: a walk over a corpus of many files asks the file system
/// about a file only when its entry is a symbolic link or of unknown type.
enum DirectoryListing {
  /// What a directory entry is, as far as the listing tells.
  enum Kind: Sendable {
    case directory
    case file
    /// A symbolic link, a special file, or an entry whose type was not recorded.
    case other
  }

  /// One entry: its name, what it is, and whether its name is valid UTF-8 (if not,
  /// `name` has the invalid bytes replaced, and names no file).
  struct Entry: Sendable {
    var name: String
    var kind: Kind
    var hasValidName: Bool
  }

  /// The entries of the directory at `path`, except `.` and `..`, in no order;
  /// `nil` when it cannot be opened.
  static func entries(of path: String) -> [Entry]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var entries: [Entry] = []
    while let entry = readdir(directory) {
      let (name, valid) = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
          String(validatingCString: $0).map { ($0, true) } ?? (String(cString: $0), false)
        }
      }
      if name == "." || name == ".." { continue }
      entries.append(Entry(name: name, kind: kind(entry.pointee.d_type), hasValidName: valid))
    }
    return entries
  }

  /// The kind a `d_type` names: directories and regular files; links and the
  /// rest (`DT_UNKNOWN` included) are left to a `stat`.
  private static func kind(_ type: UInt8) -> Kind {
    switch Int32(type) {
    case Int32(DT_DIR): return .directory
    case Int32(DT_REG): return .file
    default: return .other
    }
  }
}
