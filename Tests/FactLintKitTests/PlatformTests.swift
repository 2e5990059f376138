import Foundation
import Testing

@testable import FactLintKit

/// The library's own replacements for what it would otherwise take from Foundation
/// (which it does not link: loading it was a third of a small run's start-up).
@Suite struct PlatformTests {
  @Test func noSourceOfTheToolImportsFoundation() throws {
    var checked = 0
    for directory in ["Sources/FactLintKit", "Sources/factlint"] {
      let root = TestSupport.path(directory)
      let files = try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.hasSuffix(".swift") }
      for file in files {
        let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
        let imports = text.split(separator: "\n").filter { $0.hasPrefix("import ") }
        #expect(!imports.contains("import Foundation"), "\(directory)/\(file) imports Foundation")
        checked += 1
      }
    }
    #expect(checked > 100)
  }

  @Test func replacingBytesMatchesALiteralSearch() {
    let cases: [(String, String, String)] = [
      ("50% done\r\nnext", "\r", "%0D"), ("50% done\r\nnext", "\n", "%0A"), ("it’s Kyiv’s", "’", "'"),
      ("aaa", "aa", "b"), ("say \\\"hi\\\"", "\\\"", "\""), ("", "x", "y"), ("abc", "abcd", "z"), ("a,b:c", ",", "%2C"),
    ]
    for (text, target, replacement) in cases {
      let expected = (text as NSString).replacingOccurrences(of: target, with: replacement)
      #expect(text.replacingBytes(of: target, with: replacement) == expected, "\(text) \(target)")
    }
    #expect("abc".replacingBytes(of: "", with: "x") == "abc")
  }

  @Test func trimmingPunctuationMatchesFoundation() {
    let texts = [
      "\"hello,\"", "(30 days).", "¿qué?", "—dash—", "«quoted»", "50%", "...", "", "a.b", "“curly”", "#1!", "$5,",
    ]
    for text in texts {
      #expect(
        text.trimmingScalars(where: \.isPunctuation) == text.trimmingCharacters(in: .punctuationCharacters), "\(text)")
    }
    let symbols = CharacterSet.punctuationCharacters.subtracting(CharacterSet(charactersIn: "%$£€¥"))
    for text in ["50%", "(50%)", "\"$5\"", "€10."] {
      #expect(
        text.trimmingScalars(where: { $0.isPunctuation && !"%$£€¥".unicodeScalars.contains($0) })
          == text.trimmingCharacters(in: symbols), "\(text)")
    }
  }

  @Test func zeroPaddingWritesAsPrintfDoes() {
    for (value, width) in [(0, 4), (7, 6), (123, 3), (1234, 3), (42, 0), (999_999, 6), (1_000_000, 6)] {
      #expect(value.zeroPadded(to: width) == String(format: "%0\(width)d", value), "\(value) \(width)")
    }
  }

  @Test func fileStatusFollowsLinksAndTellsDirectoriesApart() throws {
    let dir = try TemporaryDirectory()
    try dir.write("a.txt", "text")
    try FileManager.default.createDirectory(atPath: dir.path + "/sub", withIntermediateDirectories: true)
    let manager = FileManager.default
    try manager.createSymbolicLink(atPath: dir.path + "/to-sub", withDestinationPath: dir.path + "/sub")
    try manager.createSymbolicLink(atPath: dir.path + "/to-a", withDestinationPath: dir.path + "/a.txt")
    try manager.createSymbolicLink(atPath: dir.path + "/gone", withDestinationPath: dir.path + "/nowhere")
    #expect(FileStatus(of: dir.path + "/a.txt") == .other)
    #expect(FileStatus(of: dir.path + "/sub") == .directory)
    #expect(FileStatus(of: dir.path + "/to-sub") == .directory)
    #expect(FileStatus(of: dir.path + "/to-a") == .other)
    #expect(FileStatus(of: dir.path + "/gone") == .missing)
    #expect(FileStatus(of: dir.path + "/nowhere") == .missing)
    for name in ["a.txt", "sub", "to-sub", "to-a", "gone", "nowhere"] {
      var isDirectory: ObjCBool = false
      let exists = manager.fileExists(atPath: dir.path + "/" + name, isDirectory: &isDirectory)
      let status = FileStatus(of: dir.path + "/" + name)
      #expect((status != .missing) == exists && (status == .directory) == (exists && isDirectory.boolValue), "\(name)")
    }
  }

  @Test func aLockKeepsEveryIncrementOfManyThreads() {
    let counter = Locked(0)
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      for _ in 0..<10_000 { counter.withLock { $0 += 1 } }
    }
    #expect(counter.withLock { $0 } == 80_000)
  }

  @Test func anAtomicWriteReplacesTheFileAndKeepsItsMode() throws {
    let dir = try TemporaryDirectory()
    try dir.write("doc.txt", "old text\n")
    chmod(dir.path + "/doc.txt", 0o640)
    try AtomicFile.write(Array("new text\n".utf8), to: dir.path + "/doc.txt")
    #expect(try dir.read("doc.txt") == "new text\n")
    let attributes = try FileManager.default.attributesOfItem(atPath: dir.path + "/doc.txt")
    #expect((attributes[.posixPermissions] as? Int) == 0o640)
    // No temporary file is left beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["doc.txt"])
  }

  @Test func aBaselineThatIsNotOneIsRefusedWithWhatIsWrong() throws {
    func message(_ text: String) -> String? {
      do {
        _ = try Baseline.load(Data(text.utf8))
        return nil
      } catch {
        return "\(error)"
      }
    }
    for text in ["[1, 2]", "{\"version\":1}", "{\"findings\":{}}", "not json", "", "{\"findings\":[1]}"] {
      #expect(message(text)?.hasPrefix("not a factlint baseline") == true, "\(text)")
    }
    let lacking = "{\"findings\":[{\"rule\":\"r\",\"file\":\"a\",\"statement\":\"s\"},{\"rule\":\"r\",\"file\":7}]}"
    #expect(message(lacking) == "finding 2 lacks rule, file or statement")
    let good = "{\"version\":1,\"findings\":[{\"rule\":\"r\",\"file\":\"a.txt\",\"statement\":\"12 boats\"}]}"
    #expect(message(good) == nil)
  }
}
