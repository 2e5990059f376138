import Foundation
import Testing

@testable import FactLintKit

/// Whole files read with plain system calls, whatever their size.
@Suite struct FileBytesTests {
  /// Sizes around the first read's buffer, where reading goes on in growing steps.
  @Test(arguments: [
    0, 1, 3_000, FileBytes.firstReadSize - 1, FileBytes.firstReadSize, FileBytes.firstReadSize + 1,
    3 * FileBytes.firstReadSize, 7 * FileBytes.firstReadSize + 5,
  ])
  func everyByteIsReadOnce(size: Int) throws {
    let directory = try TemporaryDirectory()
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 251) }
    try directory.write("file.txt", bytes: bytes)
    #expect(FileBytes.contents(atPath: directory.path + "/file.txt") == bytes)
  }

  @Test func whatCannotBeReadIsNil() throws {
    let directory = try TemporaryDirectory()
    #expect(FileBytes.contents(atPath: directory.path + "/missing.txt") == nil)
    #expect(FileBytes.contents(atPath: directory.path) == nil)
  }

  /// An open file is read from where it stands to its end, and left open.
  @Test func anOpenFileIsReadFromItsOffsetAndLeftOpen() throws {
    let directory = try TemporaryDirectory()
    let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 % 253) }
    try directory.write("file.txt", bytes: bytes)
    let descriptor = open(directory.path + "/file.txt", O_RDONLY)
    #expect(descriptor >= 0)
    #expect(lseek(descriptor, 1_000, SEEK_SET) == 1_000)
    #expect(FileBytes.contents(of: descriptor) == Array(bytes[1_000...]))
    #expect(FileBytes.contents(of: descriptor) == [])
    #expect(close(descriptor) == 0)
  }

  /// A pipe gives its bytes in pieces: reading goes on until it ends, not at the first short read.
  @Test func aPipeIsReadToItsEnd() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/fifo"
    #expect(mkfifo(path, 0o600) == 0)
    let pieces: [[UInt8]] = [Array("first ".utf8), Array("second ".utf8), Array(repeating: 0x41, count: 100_000)]
    let writer = Thread {
      let descriptor = open(path, O_WRONLY)
      for piece in pieces {
        piece.withUnsafeBytes { raw in
          var done = 0
          while done < raw.count {
            let n = write(descriptor, raw.baseAddress! + done, raw.count - done)
            if n <= 0 { break }
            done += n
          }
        }
        usleep(20_000)
      }
      close(descriptor)
    }
    writer.start()
    #expect(FileBytes.contents(atPath: path) == pieces.flatMap { $0 })
  }
}
