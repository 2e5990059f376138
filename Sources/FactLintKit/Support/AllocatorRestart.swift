#if canImport(Glibc)
  import Glibc
#endif

/// Deeper per-thread caches in glibc's allocator, which the tool can set only by
/// starting itself again.
///
/// glibc keeps at most 7 freed blocks of each size in a cache of each thread. A
/// streamed check frees every document's facts once it has written them out, dozens
/// of blocks of a size at a time, so most of them went back to the shared heap, where
/// each was merged with its free neighbours and split again by the next request. That
/// work grows with the heap: at 100 MB, glibc's allocator took a fifth of a streamed
/// run's time, and half of that with caches 1,024 deep.
///
/// The caches' depth is read only from the environment, when a program starts
/// (`GLIBC_TUNABLES`), never changed by a call. So once a check knows it streams
/// (``CommandIO/prepareToStream``), before it writes anything or reads a document, the
/// command-line tool executes its own binary again with the setting added to the
/// environment, as the same process with the same arguments and open files; the second
/// start finds the setting and goes on. A held check does not: it frees little before
/// it ends, and the caches saved it under 1 % at 100 MB, less than a start costs on a
/// small corpus (about 5 ms). The tool goes on as it is when the depth is set already
/// (`GLIBC_TUNABLES=glibc.malloc.tcache_count=7` keeps glibc's default), when a library
/// is preloaded (valgrind's tools and other allocators preload one), when it was
/// started by naming the dynamic loader, and off glibc.
public enum AllocatorRestart {
  /// The setting added to `GLIBC_TUNABLES`.
  public static let setting = "glibc.malloc.tcache_count=1024"

  /// The variable that names a preloaded library.
  private static let preload = "LD_PRELOAD"

  /// The value `GLIBC_TUNABLES` should have for a run to start again with, given the
  /// `environment` it started with; `nil` when it should go on as it is.
  public static func tunables(for environment: [String: String]) -> String? {
    if let preloaded = environment[preload], !preloaded.isEmpty { return nil }
    guard let current = environment["GLIBC_TUNABLES"], !current.isEmpty else { return setting }
    let names = current.split(separator: ":").map { $0.split(separator: "=", maxSplits: 1).first ?? "" }
    if names.contains(where: { $0 == "glibc.malloc.tcache_count" }) { return nil }
    return current + ":" + setting
  }

  #if canImport(Glibc) && os(Linux)
    /// Whether the program was started by naming the dynamic loader (`ld-linux-x86-64.so.2
    /// factlint …`): the process's binary is then the loader, which would take the first
    /// argument for the program.
    private static var startedByTheLoader: Bool {
      var link = [CChar](repeating: 0, count: 4096)
      let length = readlink("/proc/self/exe", &link, link.count - 1)
      guard length > 0 else { return false }
      return isDynamicLoader(String(decoding: link[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
  #endif

  /// Whether the binary at `path` is a dynamic loader (`/lib64/ld-linux-x86-64.so.2`).
  static func isDynamicLoader(_ path: String) -> Bool {
    let name = path.split(separator: "/").last ?? ""
    return name.hasPrefix("ld-") && name.contains(".so")
  }

  /// Executes this program again, with its arguments, with deeper caches when
  /// ``tunables(for:)`` says so for the `environment` it started with. Returns only
  /// when it goes on as it is: no restart is needed, or it failed (the run is then as
  /// fast as before).
  public static func restartIfUseful(environment: [String: String]) {
    #if canImport(Glibc) && os(Linux)
      guard let tunables = tunables(for: environment), !startedByTheLoader else { return }
      let previous = environment["GLIBC_TUNABLES"]
      setenv("GLIBC_TUNABLES", tunables, 1)
      execv("/proc/self/exe", CommandLine.unsafeArgv)
      // Still here: the binary could not be executed again.
      if let previous { setenv("GLIBC_TUNABLES", previous, 1) } else { unsetenv("GLIBC_TUNABLES") }
    #endif
  }
}
