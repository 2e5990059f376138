import Foundation
import Testing

@testable import FactLintKit

/// File sizes asked of each file's directory add up as asking by whole paths does.
@Suite struct FileSizesTests {
  @Test func sizesAddUpAcrossDirectoriesLinksAndMissingFiles() throws {
    let directory = try TemporaryDirectory()
    try directory.write("a/one.txt", "1")
    try directory.write("a/two.txt", "22")
    try directory.write("b/three.txt", "333")
    try directory.write("a/b/four.txt", "4444")
    #expect(symlink(directory.path + "/b/three.txt", directory.path + "/a/link.txt") == 0)
    #expect(symlink(directory.path + "/nowhere.txt", directory.path + "/a/dangling.txt") == 0)
    let root = directory.path
    // Files of one directory, then another, then the first again; a link is followed,
    // and a missing file, a dangling link and a missing directory add nothing.
    let paths = [
      "a/one.txt", "a/two.txt", "a/missing.txt", "a/link.txt", "a/dangling.txt", "b/three.txt", "a/b/four.txt",
      "a/one.txt", "gone/x.txt",
    ].map { root + "/" + $0 }
    #expect(FileSizes.total(of: paths) == 1 + 2 + 3 + 3 + 4 + 1)
    #expect(FileSizes.total(of: paths[5...]) == 3 + 4 + 1)
    #expect(FileSizes.total(of: [String]()) == 0)
    // A path in the root directory, or with a trailing slash, is asked as it is.
    #expect(FileSizes.total(of: ["/factlint-no-such-file.txt"]) == 0)
    var info = stat()
    #expect(stat(root + "/b/", &info) == 0)
    #expect(FileSizes.total(of: [root + "/b/"]) == Int(info.st_size))
  }
}
