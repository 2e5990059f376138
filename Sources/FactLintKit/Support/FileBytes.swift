#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files with as few system calls as a read can take: open, read until
/// the end, close.
///
/// A corpus is tens of thousands of files of a few kilobytes, and on a virtual
/// machine each system call costs microseconds: reading through `FileHandle` asks
/// for the file's status twice and copies the bytes once more, from `Data` into an
/// array. Here a file that fits in the first buffer takes one read for its bytes and
/// one that finds the end, and is copied once, into an array of its exact size.
enum FileBytes {
  /// The size of the first read; larger files grow an array as they are read.
  static let firstReadSize = 64 * 1024

  /// The bytes of the file at `path`; `nil` when it cannot be opened or read (a
  /// directory cannot be read).
  static func contents(atPath path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    return contents(of: descriptor)
  }

  /// Opens the file at `path` for reading and asks the kernel to read all of it
  /// ahead, without waiting; -1 when it cannot be opened. Opening the files of a run
  /// so before reading the first puts their reads in flight together: a corpus not in
  /// the page cache is then read at the disk's pace, not at one file's round trip a
  /// file. The caller closes the descriptor.
  static func openReadingAhead(_ path: String) -> Int32 {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    #if canImport(Glibc)
      if descriptor >= 0 { _ = posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_WILLNEED)) }
    #endif
    return descriptor
  }

  /// The bytes of the open file `descriptor`, from its current offset to its end;
  /// `nil` when it cannot be read. The descriptor is left open.
  static func contents(of descriptor: Int32) -> [UInt8]? {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: firstReadSize) { first in
      guard let count = fill(first, from: descriptor) else { return nil }
      var bytes = Array(UnsafeBufferPointer(rebasing: first[..<count]))
      // A file that filled the first buffer may go on: read on in doubling steps.
      var step = count == first.count ? first.count : 0
      while step > 0 {
        let before = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: step))
        let got = bytes.withUnsafeMutableBufferPointer { buffer in
          fill(UnsafeMutableBufferPointer(rebasing: buffer[before...]), from: descriptor)
        }
        guard let got else { return nil }
        bytes.removeLast(step - got)
        step = got == step ? step * 2 : 0
      }
      return bytes
    }
  }

  /// Reads into `buffer` until it is full or the file ends; the number of bytes
  /// read, or `nil` on an error. A read the kernel cuts short is followed by
  /// another, so that only a read of nothing is taken for the end of the file.
  private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32) -> Int? {
    var done = 0
    while done < buffer.count {
      let n = read(descriptor, buffer.baseAddress! + done, buffer.count - done)
      if n < 0 && errno == EINTR { continue }
      if n < 0 { return nil }
      if n == 0 { break }
      done += n
    }
    return done
  }
}
