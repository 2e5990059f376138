import FactLintKit
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// A closed pipe (`factlint … | head`) must end the run quietly, not with SIGPIPE.
signal(SIGPIPE, SIG_IGN)

/// Writes everything to a file descriptor; on a closed pipe, exits quietly.
@Sendable func writeAll(_ text: String, to fd: Int32) {
  var bytes = Array(text.utf8)
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
    if written < 0 {
      if errno == EINTR { continue }
      exit(errno == EPIPE ? 0 : 2)
    }
    offset += written
  }
}

var io = CommandIO(
  out: { writeAll($0, to: STDOUT_FILENO) },
  err: { writeAll($0, to: STDERR_FILENO) },
  isTerminal: isatty(STDOUT_FILENO) != 0,
  environment: ProcessInfo.processInfo.environment,
  currentDirectory: FileManager.default.currentDirectoryPath)
io.exitsAfterRun = true
// A streamed check starts the tool again with deeper allocator caches (glibc reads them at start-up).
let environment = io.environment
io.prepareToStream = { AllocatorRestart.restartIfUseful(environment: environment) }
ProcessLifetime.tuneAllocatorForOneRun()
exit(FactLintCommand.run(Array(CommandLine.arguments.dropFirst()), io: io))
