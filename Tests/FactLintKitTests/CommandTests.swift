import Foundation
import Testing

@testable import FactLintKit

@Suite struct OptionTests {
  @Test func subcommandsAndOptions() throws {
    let o = try Options.parse(["facts", "--format=jsonl", "-j", "2", "a", "--", "--b"])
    #expect(o.command == .facts)
    #expect(o.format == "jsonl")
    #expect(o.jobs == 2)
    #expect(o.paths == ["a", "--b"])
    #expect(try Options.parse(["--max-per-document", "0"]).maxPerDocument == 0)
    #expect(try Options.parse([]).maxPerDocument == 20)
  }

  @Test(arguments: [
    (["--jobs", "0"], "'--jobs' takes a whole number from 1 to 256, not '0'"),
    (["--format", "xml"], "unknown format 'xml'; formats are human, gnu, json, sarif, github, junit"),
    (["--color", "sometimes"], "'--color' takes auto, always or never, not 'sometimes'"),
    (["--output", "sarif"], "'--output' takes FORMAT=FILE, e.g. sarif=factlint.sarif"),
    (["--rules"], "option '--rules' needs a value"),
    (["explain"], "'factlint explain' takes one rule id"),
    (["--max-per-document", "-1"], "'--max-per-document' takes a whole number (0: no limit), not '-1'"),
  ])
  func usageErrors(arguments: [String], message: String) {
    #expect(throws: UsageError(message: message)) { try Options.parse(arguments) }
  }
}

@Suite struct CommandTests {
  func run(_ arguments: [String], in directory: String) -> (Int32, Captured) {
    TestSupport.run(arguments, in: directory)
  }

  let spellingRule = "rule s { severity warning\n select n: name\n expect n spelled alike }\n"

  @Test func fixRewritesOnlyTheFilesWithSafeFixesAtomically() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/s.rules", spellingRule)
    try dir.write("docs/a.txt", "Finance Minister Anna Kowalczyk spoke.\n")
    try dir.write("docs/b.txt", "Kowalczyk left.\n")
    try dir.write("docs/c.txt", "\u{FEFF}Finance Minister Anna Kowalczik stayed.\r\n")
    chmod(dir.path + "/docs/c.txt", 0o640)
    let before = try FileManager.default.attributesOfItem(atPath: dir.path + "/docs/a.txt")[.modificationDate] as? Date
    let (status, captured) = run(["--fix", "--format", "gnu", "--no-default-rules", "docs"], in: dir.path)
    #expect(status == 0)
    #expect(captured.out.isEmpty)
    #expect(captured.err.contains("docs/c.txt: fixed 1 finding"))
    // Compare bytes: decoding to String would drop the byte order mark.
    let fixed = try Data(contentsOf: URL(fileURLWithPath: dir.path + "/docs/c.txt"))
    #expect(Array(fixed) == Array("\u{FEFF}Finance Minister Anna Kowalczyk stayed.\r\n".utf8))
    let attributes = try FileManager.default.attributesOfItem(atPath: dir.path + "/docs/c.txt")
    #expect((attributes[.posixPermissions] as? Int) == 0o640)
    let after = try FileManager.default.attributesOfItem(atPath: dir.path + "/docs/a.txt")[.modificationDate] as? Date
    #expect(before == after)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/docs")
    #expect(leftovers.sorted() == ["a.txt", "b.txt", "c.txt"])
  }

  @Test func withoutFixNothingIsWritten() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/s.rules", spellingRule)
    try dir.write(
      "a.txt", "Finance Minister Anna Kowalczyk spoke.\nKowalczyk left.\nFinance Minister Anna Kowalczik stayed.\n")
    let (status, captured) = run(["--format", "gnu", "--strict"], in: dir.path)
    #expect(status == 1)
    #expect(captured.out.contains("warning: \"Kowalczik\""))
    #expect(try dir.read("a.txt").contains("Kowalczik"))
  }

  @Test func fixRefusesAFileThatChangedSinceItWasRead() throws {
    let dir = try TemporaryDirectory()
    try dir.write("a.txt", "Finance Minister Anna Kowalczik stayed.\n")
    let sources = SourceManager()
    let file = sources.add(
      path: "a.txt", bytes: Array("Finance Minister Anna Kowalczik stayed.\n".utf8), role: .document,
      diskPath: dir.path + "/a.txt")
    try dir.write("a.txt", "Someone edited this meanwhile.\n")
    let edit = TextEdit(span: Span(file: file.id, start: 22, end: 31), replacement: "Kowalczyk")
    let diagnostic = Diagnostic(
      ruleID: "s", severity: .warning, message: "m", span: edit.span,
      fixIts: [FixIt(message: "replace", edits: [edit], isSafe: true)])
    let result = FixApplier(sources: sources, faithful: [file.id: true]).apply([diagnostic])
    #expect(result.fixed.isEmpty)
    #expect(result.messages == ["a.txt: not fixed: the file changed since it was read"])
    #expect(try dir.read("a.txt") == "Someone edited this meanwhile.\n")
  }

  @Test func hostileDocumentsAreReportedAndTheRestIsLinted() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/r.rules", "rule r { select s: count noun boat\n expect s == 5 }\n")
    try dir.write("docs/empty.txt", "")
    try dir.write("docs/image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])
    try dir.write("docs/bad.txt", bytes: Array("7 boats\n".utf8) + [0xFF] + Array(" and 5 boats\n".utf8))
    try dir.write("docs/crlf.txt", "one\r\ntwo\rthen 6 boats\r\n")
    try dir.write("docs/.hidden/x.txt", "8 boats")
    try dir.write("docs/node_modules/x.txt", "9 boats")
    try dir.write("docs/notes.rtf", "10 boats")
    let (status, captured) = run(["--format", "gnu", "--no-default-rules", "docs"], in: dir.path)
    #expect(status == 1)
    let lines = captured.out.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "docs/bad.txt:1:1: error: \"7 boats\" breaks 's == 5' (s = 7) [r]",
        "Rules/r.rules:2:2: note: expected by the rule here",
        "docs/bad.txt:2:1: warning: invalid UTF-8 (1 byte replaced); the rest of the file is linted [input-invalid-utf8]",
        "docs/crlf.txt:3:6: error: \"6 boats\" breaks 's == 5' (s = 6) [r]",
        "Rules/r.rules:2:2: note: expected by the rule here",
        "docs/empty.txt:1:1: note: file is empty [input-empty]",
        "docs/image.txt:1:1: note: file holds NUL bytes and looks binary; skipped [input-binary]",
      ])
  }

  @Test func aDirectorySymlinkLoopIsEnteredOnce() throws {
    let dir = try TemporaryDirectory()
    try dir.write("docs/a.txt", "text")
    try FileManager.default.createSymbolicLink(atPath: dir.path + "/docs/loop", withDestinationPath: dir.path + "/docs")
    let (status, captured) = run(["facts", "docs"], in: dir.path)
    #expect(status == 0)
    #expect(captured.err.contains("docs/loop:1:1: note: directory already visited through a symbolic link; skipped"))
  }

  /// Directory entries are typed by the listing; links are asked of the file system.
  /// Each file is read once, however many ways lead to it.
  @Test func aWalkFollowsLinksSkipsHiddenAndReadsEachFileOnce() throws {
    let dir = try TemporaryDirectory()
    try dir.write("docs/a.txt", "a")
    try dir.write("docs/sub/b.md", "b")
    try dir.write("docs/sub/c.csv", "c")
    try dir.write("docs/.hidden/d.txt", "d")
    try dir.write("docs/node_modules/e.txt", "e")
    try dir.write("outside/f.txt", "f")
    try dir.write("outside/g.log", "g")
    let manager = FileManager.default
    try manager.createSymbolicLink(atPath: dir.path + "/docs/same.txt", withDestinationPath: dir.path + "/docs/a.txt")
    try manager.createSymbolicLink(atPath: dir.path + "/docs/out", withDestinationPath: dir.path + "/outside")
    try manager.createSymbolicLink(atPath: dir.path + "/docs/gone.txt", withDestinationPath: dir.path + "/nowhere.txt")
    let walker = CorpusWalker(baseDirectory: dir.path)
    let result = walker.walk(["docs", "docs/a.txt", "docs/sub/c.csv"])
    #expect(result.files == ["docs/a.txt", "docs/out/f.txt", "docs/sub/b.md", "docs/sub/c.csv"])
    #expect(result.problems.isEmpty)
  }

  /// A listed file is taken by its extension in any case, compared on its bytes; an
  /// extension outside ASCII is compared as text.
  @Test func aWalkTakesExtensionsInAnyCase() throws {
    let dir = try TemporaryDirectory()
    for name in [
      "a.TXT", "b.Md", "c.txt.bak", "d.tx", "e", "f.", "build.txt", "g.t\u{e9}xt", "h.T\u{c9}XT", "\u{e9}.txt",
    ] {
      try dir.write("docs/" + name, "x")
    }
    let walked = CorpusWalker(extensions: ["txt", "md", "t\u{e9}xt"], baseDirectory: dir.path).walk(["docs"])
    #expect(
      walked.files == [
        "docs/a.TXT", "docs/b.Md", "docs/build.txt", "docs/g.t\u{e9}xt", "docs/h.T\u{c9}XT", "docs/\u{e9}.txt",
      ])
    // The bytes say what the text says, for every name and every set of extensions.
    let sets: [Set<String>] = [["txt", "md"], [""], ["t\u{e9}xt"], []]
    for extensions in sets {
      let bytes = extensions.map { Array($0.utf8) }
      for name in ["a.TXT", "b.Md", "c.txt.bak", "e", "f.", ".txt", "x.t\u{e9}xt", "x.T\u{c9}XT", "x.tXt"] {
        let text = extensions.contains(CorpusWalker.fileExtension(of: name))
        #expect((CorpusWalker.hasExtension(name, in: bytes) ?? text) == text, "\(name) in \(extensions)")
      }
    }
  }

  /// A file reached twice is kept under the path that reached it first, whether that
  /// was a link, a path named on the command line, or a directory's listing.
  @Test func aFileReachedTwiceKeepsThePathThatReachedItFirst() throws {
    let dir = try TemporaryDirectory()
    try dir.write("docs/a.txt", "a")
    try dir.write("docs/b.txt", "b")
    try dir.write("more/c.txt", "c")
    try FileManager.default.createSymbolicLink(
      atPath: dir.path + "/more/link.txt", withDestinationPath: dir.path + "/docs/b.txt")
    let walker = CorpusWalker(baseDirectory: dir.path)
    #expect(walker.walk(["more/link.txt", "docs"]).files == ["docs/a.txt", "more/link.txt"])
    #expect(walker.walk(["docs", "more"]).files == ["docs/a.txt", "docs/b.txt", "more/c.txt"])
    #expect(walker.walk(["more", "docs"]).files == ["docs/a.txt", "more/c.txt", "more/link.txt"])
    #expect(walker.walk(["docs/b.txt", ".//docs"]).files == ["docs/a.txt", "docs/b.txt"])
    #expect(walker.walk(["./docs", "docs", "more/c.txt"]).files == ["docs/a.txt", "docs/b.txt", "more/c.txt"])
  }

  /// A file whose name is not UTF-8 cannot be named again as text: it is reported, not lost.
  @Test func aFileNameThatIsNotUTF8IsReportedAsAnInputError() throws {
    let dir = try TemporaryDirectory()
    try dir.write("docs/good.txt", "12 boats sank.")
    let name: [UInt8] = Array((dir.path + "/docs/bad").utf8) + [0xFF] + Array("name.txt".utf8) + [0]
    let fd = name.withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
    }
    try #require(fd >= 0)
    close(fd)
    let (status, captured) = run(["--format", "gnu", "--no-default-rules", "docs"], in: dir.path)
    #expect(status == 2)
    #expect(captured.err.contains("factlint: error: docs/bad\u{FFFD}name.txt: the name is not valid UTF-8; skipped"))
    #expect(captured.err.contains("1 document"))
  }

  @Test func rulesExplainInitAndHelp() throws {
    let dir = try TemporaryDirectory()
    let (initStatus, initOut) = run(["init"], in: dir.path)
    #expect(initStatus == 0 && initOut.out.contains("wrote Rules/starter.rules"))
    let (again, againOut) = run(["init"], in: dir.path)
    #expect(again == 2 && againOut.err.contains("already exists"))
    let (testStatus, testOut) = run(["test"], in: dir.path)
    #expect(testStatus == 0 && testOut.out.hasSuffix("5 passed, 0 failed\n"))
    let (listStatus, list) = run(["rules"], in: dir.path)
    #expect(listStatus == 0 && list.out.contains("casualties-agree") && list.out.contains("name-spelling"))
    let (explainStatus, explain) = run(["explain", "casualties-agree"], in: dir.path)
    #expect(explainStatus == 0 && explain.out.contains("example that triggers the rule"))
    let (unknown, unknownOut) = run(["explain", "casualties-agre"], in: dir.path)
    #expect(unknown == 2 && unknownOut.err.contains("did you mean 'casualties-agree'?"))
    let (helpStatus, help) = run(["--help"], in: dir.path)
    #expect(helpStatus == 0 && help.out.contains("exit status: 0 clean"))
  }

  @Test func ruleFileErrorsStopTheRunWithStatusTwo() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/x.rules", "rule x {\n  select s: count\n  expect s agre\n}\n")
    try dir.write("a.txt", "5 boats")
    let (status, captured) = run(["--format", "gnu"], in: dir.path)
    #expect(status == 2)
    #expect(captured.err.contains("Rules/x.rules:3:12: error: unknown relation 'agre' [rule-syntax]"))
    #expect(captured.err.contains("nothing was checked"))
    #expect(captured.out.isEmpty)
  }

  @Test func rulesAreFoundWalkingUpAndSaidWhere() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/r.rules", "rule r { select s: count noun boat\n expect s == 5 }\n")
    try dir.write("sub/deeper/a.txt", "6 boats")
    let (status, captured) = run(["--format", "gnu", "a.txt"], in: dir.path + "/sub/deeper")
    #expect(status == 1)
    #expect(captured.err.contains("rules from \(dir.path)/Rules/"))
  }

  @Test func contextDocumentsAreComparedButNotReportedOn() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Rules/r.rules", "rule r { select s: count noun boat\n expect s agree }\ndisable name-spelling\n")
    try dir.write("a.txt", "12 boats sank.")
    try dir.write("b.txt", "20 boats sank.")
    try dir.write("c.txt", "12 boats sank.")
    let (status, captured) = run(["--format", "gnu", "--context", ".", "b.txt"], in: dir.path)
    #expect(status == 1)
    #expect(captured.out.hasPrefix("b.txt:1:1: error: \"20 boats\" cannot be true together with 12 stated in 2 other"))
    let (quiet, quietOut) = run(["--format", "gnu", "--context", ".", "a.txt"], in: dir.path)
    #expect(quiet == 0)
    #expect(quietOut.out.isEmpty)
  }
}

/// A file's extension, read on bytes, is what reading its Characters gives.
@Suite struct FileExtensionTests {
  @Test(arguments: [
    "a.txt", "a.TXT", "b.Md", ".hidden", "a.", "noext", "a.b.MD", "é.TxT", "a.tär", "x.\u{301}md", "ÉTÉ.TXT", "",
    ".", "..", "a..txt",
  ])
  func extensionsAreWhatCharactersGive(name: String) {
    var expected = ""
    if let dot = name.lastIndex(of: "."), dot != name.startIndex {
      expected = name[name.index(after: dot)...].lowercased()
    }
    #expect(CorpusWalker.fileExtension(of: name) == expected)
  }
}

/// Paths are shown with doubled slashes folded and without a leading `./`.
@Suite struct DisplayPathTests {
  @Test(arguments: [
    "./docs/a.txt", "././a.txt", "./", ".//a", "docs//a.txt", "docs///a.txt", "/abs//x/", "a", "", "./é", "../x",
    "./.hidden", "x/./y", "dé//jà/ü.md", ".//.//b", ".///", "//",
  ])
  func displayPathsAreWhatFoldingAndStrippingGive(path: String) {
    var expected = path
    while expected.contains("//") { expected = expected.replacingOccurrences(of: "//", with: "/") }
    while expected.hasPrefix("./") && expected.count > 2 { expected.removeFirst(2) }
    #expect(CorpusWalker.displayPath(path) == expected)
  }

  /// A path that starts `.//` names a file under the working directory, not under the root.
  @Test func aDoubledSlashAfterTheLeadingDotStaysRelative() {
    #expect(CorpusWalker.displayPath(".//docs/a.txt") == "docs/a.txt")
    #expect(CorpusWalker.displayPath("./docs//a.txt") == "docs/a.txt")
  }
}
