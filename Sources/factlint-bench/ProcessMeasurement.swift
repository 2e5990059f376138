import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The wall time, processor time and peak resident memory of one child process.
struct Measurement {
  var seconds: Double
  var peakBytes: Int
  var status: Int32
  /// User and system time together, over all the process's threads.
  var cpuSeconds: Double = 0

  /// How many cores the process kept busy on average: its processor time over its wall time.
  var coresBusy: Double { seconds > 0 ? cpuSeconds / seconds : 0 }
}

/// Runs a command with its output sent to /dev/null and measures it with `wait4`.
enum ProcessMeasurement {
  static func run(_ arguments: [String], stdout: String = "/dev/null") -> Measurement {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    let start = DispatchTime.now().uptimeNanoseconds
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
    guard spawned == 0 else { return Measurement(seconds: 0, peakBytes: 0, status: -1) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let cpu = [usage.ru_utime, usage.ru_stime].reduce(0.0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
    // ru_maxrss is in kilobytes on Linux.
    return Measurement(
      seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024, status: (status >> 8) & 0xFF, cpuSeconds: cpu)
  }
}
