import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns the paths given on the command line into the sorted list of documents to read.
///
/// Directories are walked recursively. Hidden entries (name starting with `.`) and
/// build folders are skipped, as is anything reached twice through symbolic links.
/// Only files whose extension is in ``extensions`` are taken from directories; a
/// file named explicitly is always taken.
public struct CorpusWalker: Sendable {
  /// Extensions (without dot, lower-case) taken from directories.
  public var extensions: Set<String>
  /// Directory names never entered.
  public var skippedDirectories: Set<String>
  /// The directory relative paths are resolved against (display paths stay as given).
  public var baseDirectory: String?

  /// The defaults: `.txt` and `.md`; build and dependency folders skipped.
  public init(
    extensions: Set<String> = ["txt", "md"],
    skippedDirectories: Set<String> = ["node_modules", "build", "dist", "target", "DerivedData", "Pods", "vendor"],
    baseDirectory: String? = nil
  ) {
    self.extensions = extensions
    self.skippedDirectories = skippedDirectories
    self.baseDirectory = baseDirectory
  }

  /// `path` as a path the file system can open.
  public func diskPath(_ path: String) -> String {
    guard let base = baseDirectory, !path.hasPrefix("/") else { return path }
    return base.hasSuffix("/") ? base + path : base + "/" + path
  }

  /// The result of a walk: the files found, and the paths that could not be used.
  public struct Result: Sendable {
    /// Files to read, sorted by path bytes, without duplicates.
    public var files: [String]
    /// Problems with the given paths (missing, unreadable directory, symlink loop).
    public var problems: [InputProblem]
  }

  /// Walks `paths` (files or directories).
  public func walk(_ paths: [String]) -> Result {
    // Every file found, in the order found, with its canonical path. Files listed in
    // directories seen for the first time have canonical paths of their own, so only
    // a file reached otherwise (named on the command line, or through a symbolic
    // link) may be one found before: only then are they all compared.
    var found: [(display: String, real: String)] = []
    var reachedOtherwise = false
    var problems: [InputProblem] = []
    var seenDirectories = Set<String>()

    // The extensions taken, as bytes: a file's name is compared with them where it is,
    // with no string made of its extension (a walk is on one core, before any worker starts).
    let taken = extensions.map { Array($0.utf8) }
    /// Whether the name of a file in a directory has an extension taken.
    func isTaken(_ name: String) -> Bool {
      Self.hasExtension(name, in: taken) ?? extensions.contains(Self.fileExtension(of: name))
    }

    /// `known` is what the directory listing said of an entry that is not a symbolic
    /// link: whether it is a directory, and its canonical path (its directory's, then
    /// its name), so that it costs no call to the file system.
    func visit(_ path: String, explicit: Bool, known: (isDirectory: Bool, real: String)? = nil) {
      let real: String
      let isDirectory: Bool
      if let known {
        (isDirectory, real) = (known.isDirectory, known.real)
      } else {
        let disk = diskPath(path)
        let status = FileStatus(of: disk)
        guard status != .missing else {
          if explicit {
            problems.append(InputProblem(path: path, kind: .missing, detail: "no such file or directory"))
          }
          return
        }
        (isDirectory, real) = (status == .directory, Self.realPath(disk))
      }
      if isDirectory {
        guard seenDirectories.insert(real).inserted else {
          if explicit == false {
            problems.append(
              InputProblem(
                path: path, kind: .symlinkLoop, detail: "directory already visited through a symbolic link; skipped"))
          }
          return
        }
        guard let entries = DirectoryListing.entries(of: diskPath(path)) else {
          problems.append(InputProblem(path: path, kind: .unreadable, detail: "cannot read directory"))
          return
        }
        // The directory's paths with their slash, made once for all its entries.
        let directory = path.hasSuffix("/") ? path : path + "/"
        let realDirectory = real.hasSuffix("/") ? real : real + "/"
        for entry in entries.sorted(by: { $0.name.utf8Precedes($1.name) }) {
          let name = entry.name
          if name.utf8.first == 0x2E { continue }
          // A listed file is no directory: only the other entries are looked up.
          if entry.kind != .file && skippedDirectories.contains(name) { continue }
          guard entry.hasValidName else {
            // Paths are text here: a name that is not UTF-8 cannot be opened again.
            if entry.kind == .directory || isTaken(name) {
              problems.append(
                InputProblem(path: directory + name, kind: .unreadable, detail: "the name is not valid UTF-8; skipped"))
            }
            continue
          }
          switch entry.kind {
          case .directory:
            visit(directory + name, explicit: false, known: (true, realDirectory + name))
          case .file:
            // A file listed in a directory is taken here, as `visit` would take it.
            if isTaken(name) { found.append((Self.displayPath(directory + name), realDirectory + name)) }
          case .other:
            // A symbolic link, or a file system that does not say: ask it.
            let child = directory + name
            let status = FileStatus(of: diskPath(child))
            guard status != .missing else { continue }
            if status == .directory || isTaken(name) {
              visit(child, explicit: false)
            }
          }
        }
      } else {
        if known == nil { reachedOtherwise = true }
        found.append((Self.displayPath(path), real))
      }
    }

    for path in paths { visit(path, explicit: true) }
    var files: [String]
    if reachedOtherwise {
      var seenFiles = Set<String>()
      files = found.filter { seenFiles.insert($0.real).inserted }.map(\.display)
    } else {
      files = found.map(\.display)
    }
    files.sort { $0.utf8Precedes($1) }
    return Result(files: files, problems: problems)
  }

  /// Whether the extension of `name` is one of `extensions` (lower-case bytes), compared
  /// byte by byte with ASCII letters lowered; `nil` when a byte after the last dot is
  /// outside ASCII, for ``fileExtension(of:)`` to decide.
  static func hasExtension(_ name: String, in extensions: [[UInt8]]) -> Bool? {
    var name = name
    return name.withUTF8 { bytes -> Bool? in
      guard let dot = bytes.lastIndex(of: 0x2E), dot != 0 else { return extensions.contains { $0.isEmpty } }
      let after = UnsafeBufferPointer(rebasing: bytes[(dot + 1)...])
      if after.contains(where: { $0 >= 0x80 }) { return nil }
      return extensions.contains { wanted in
        wanted.count == after.count
          && zip(wanted, after).allSatisfy { w, b in w == (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
      }
    }
  }

  /// The lower-case extension of a file name, without the dot.
  /// Read on bytes when the extension is plain ASCII: it runs for every file of a
  /// corpus, before any worker starts.
  static func fileExtension(of name: String) -> String {
    let bytes = name.utf8
    guard let dot = bytes.lastIndex(of: 0x2E), dot != bytes.startIndex else { return "" }
    let after = bytes[bytes.index(after: dot)...]
    // A byte outside ASCII may be a mark combining with the dot into one Character.
    guard after.allSatisfy({ $0 < 0x80 }) else {
      guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
      return name[name.index(after: dot)...].lowercased()
    }
    return String(decoding: after.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
  }

  /// `path` with doubled slashes folded, then without a leading `./`.
  /// Read on bytes: it runs once for every file of a corpus, before any worker starts.
  static func displayPath(_ path: String) -> String {
    // Most paths have neither: they are returned as they are, with no copy.
    if isPlain(path) { return path }
    // Slashes are folded first: ".//a" is "./a", so "a", never "/a".
    var folded: [UInt8] = []
    folded.reserveCapacity(path.utf8.count)
    for byte in path.utf8 where !(byte == 0x2F && folded.last == 0x2F) { folded.append(byte) }
    var start = 0
    while folded.count - start > 2 && folded[start] == 0x2E && folded[start + 1] == 0x2F { start += 2 }
    return start == 0 && folded.count == path.utf8.count
      ? path : String(decoding: folded[start...], as: UTF8.self)
  }

  /// Whether `path` neither starts with `./` nor holds `//`, read in one scan of its bytes.
  private static func isPlain(_ path: String) -> Bool {
    var path = path
    return path.withUTF8 { bytes in
      if bytes.count >= 2 && bytes[0] == 0x2E && bytes[1] == 0x2F { return false }
      var previous: UInt8 = 0
      for byte in bytes {
        if byte == 0x2F && previous == 0x2F { return false }
        previous = byte
      }
      return true
    }
  }

  /// The canonical path, with symbolic links resolved (the path itself if that fails).
  static func realPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
