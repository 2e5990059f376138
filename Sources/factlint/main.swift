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

/// Writes everything to a file descriptor; on a closed pipe, exits quietly. The text is
/// written from where the string holds it: a report's output comes in chunks of
/// megabytes, which a copy into an array first made twice over.
@Sendable func writeAll(_ text: String, to fd: Int32) {
  let written: Void? = text.utf8.withContiguousStorageIfAvailable { writeAll($0, to: fd) }
  if written == nil { Array(text.utf8).withUnsafeBufferPointer { writeAll($0, to: fd) } }
}

/// Writes `bytes` whole, as `write(2)` takes them, retried when interrupted.
func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32) {
  var offset = 0
  while offset < bytes.count {
    let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
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
