import Foundation
import Testing

@testable import FactLintKit

@Suite struct ReporterTests {
  let lint = TestSupport.lint(
    "rule s { severity warning\n select n: name\n expect n spelled alike }",
    ["Finance Minister Anna Kowalczyk spoke.", "Kowalczyk left.", "Later,\tFinance Minister Anna Kowalczik stayed."])

  @Test func gnuLinesMatchTheGccProblemMatcher() throws {
    let output = GNUReporter().render(lint.report)
    let lines = output.split(separator: "\n").map(String.init)
    let gcc = try Regex(#"^(.*):(\d+):(\d+):\s+(?:fatal\s+)?(warning|error|note):\s+(.*)$"#)
    #expect(!lines.isEmpty)
    for line in lines { #expect(line.wholeMatch(of: gcc) != nil, "\(line)") }
    #expect(lines[0] == "doc2.txt:1:30: warning: \"Kowalczik\" is spelled \"Kowalczyk\" in 2 other documents [s]")
    #expect(lines.last == "doc2.txt:1:30: note: fix: replace with \"Kowalczyk\"")
  }

  @Test func gnuMessagesStayOnOneLine() {
    #expect(GNUReporter.oneLine("\"1,000 prisoners\" here") == "\"1,000 prisoners\" here")
    #expect(GNUReporter.oneLine("line one\nline\ttwo\r\u{7F}") == "line one line two  ")
    #expect(GNUReporter.oneLine("Zürich\u{1}") == "Zürich ")
  }

  /// Lines and columns are written in full at every count of digits.
  @Test(arguments: [1, 9, 10, 99, 100, 999, 1000, 10_000, 123_456])
  func gnuLocationsWriteEveryDigit(column: Int) {
    let sources = SourceManager()
    let text = String(repeating: "\n", count: column - 1) + String(repeating: "a", count: column - 1) + "5 boats\n"
    let document = sources.add(path: "d.txt", bytes: Array(text.utf8), role: .document)
    let at = text.utf8.count - 8
    let diagnostic = Diagnostic(
      ruleID: "r", severity: .warning, message: "m", span: Span(file: document.id, start: at, end: at + 1))
    let report = LintReport(sources: sources, diagnostics: [diagnostic], outcomes: [], documentCount: 1)
    #expect(GNUReporter().render(report) == "d.txt:\(column):\(column): warning: m [r]\n")
  }

  /// Up to eight digits are gathered in one word; more are written as `String` gives
  /// them, and a negative number as 0.
  @Test(arguments: [0, 7, 42, 12_345_678, 99_999_999, 100_000_000, 1_234_567_890_123, Int.max])
  func gnuDecimalsAreWrittenAsStringWritesThem(value: Int) {
    var out = ByteWriter()
    out.append(literal: "x:")
    GNUReporter.appendDecimal(value, to: &out)
    #expect(out.string == "x:" + String(value))
    var negative = ByteWriter()
    GNUReporter.appendDecimal(-value - 1, to: &negative)
    #expect(negative.string == "0")
  }

  @Test func gnuLinesCarryEveryPartOfADiagnosticOnOneLineEach() {
    let sources = SourceManager()
    let text = String(repeating: "line\n", count: 11) + String(repeating: "é", count: 120) + "12 boats\n"
    let document = sources.add(path: "dir/ré port.txt", bytes: Array(text.utf8), role: .document)
    let other = sources.add(path: "b.txt", bytes: Array("1\n2 boats".utf8), role: .document)
    let at = text.utf8.count - 9
    let diagnostic = Diagnostic(
      ruleID: "boats", severity: .error, message: "two\nlines\tand\u{7F} \"quotes\" ü",
      span: Span(file: document.id, start: at, end: at + 2),
      related: [RelatedLocation(span: Span(file: other.id, start: 2, end: 3), message: "stated\ras 2")],
      notes: ["a note", "and\u{1}more"],
      fixIts: [FixIt(message: "replace\nwith 2", edits: [], isSafe: false)])
    let report = LintReport(sources: sources, diagnostics: [diagnostic], outcomes: [], documentCount: 2)
    #expect(
      GNUReporter().render(report) == """
        dir/ré port.txt:12:121: error: two lines and  "quotes" ü [boats]
        b.txt:2:1: note: stated as 2
        dir/ré port.txt:12:121: note: a note
        dir/ré port.txt:12:121: note: and more
        dir/ré port.txt:12:121: note: fix: replace with 2

        """)
  }

  @Test func gnuOutputWrittenInPiecesIsTheWholeOutputInOrder() {
    let (_, report) = TestSupport.lint(
      "rule s { select n: count noun boat\n expect n == 5 }",
      (1...12).map { "Report \($0): \($0) boats and \($0 + 20) boats left." })
    let whole = GNUReporter().render(report)
    for jobs in [1, 2] {
      var small = GNUReporter()
      small.chunkSize = 1
      var jobReport = report
      jobReport.jobs = jobs
      var pieces: [String] = []
      small.write(jobReport) { pieces.append($0) }
      // Every count but report 5's "5 boats" breaks the rule: 23 diagnostics, one per
      // chunk, more than the window of four chunks per worker rendered ahead.
      #expect(report.diagnostics.count == 23)
      #expect(pieces.count == 23)
      #expect(pieces.joined() == whole)
    }
  }

  /// Every format that writes its findings in pieces writes what it renders whole,
  /// however small the chunks and however many workers render them.
  @Test(arguments: [
    JSONReporter() as any StreamingReporter, SARIFReporter(), GitHubReporter(), HumanReporter(color: false),
    GNUReporter(),
  ])
  func outputWrittenInChunksIsTheWholeOutput(reporter: any StreamingReporter) {
    let (_, report) = TestSupport.lint(
      "rule s { select n: count noun boat\n expect n == 5 }",
      (1...12).map { "Report \($0): \($0) boats and \($0 + 20) boats left." })
    let whole = reporter.render(report)
    for (jobs, chunk) in [(1, 1), (2, 1), (2, 5), (2, 512)] {
      var jobReport = report
      jobReport.jobs = jobs
      var pieces: [String] = []
      reporter.write(jobReport, chunkSize: chunk) { pieces.append($0) }
      #expect(pieces.joined() == whole, "\(type(of: reporter)) in chunks of \(chunk) on \(jobs) workers")
      // The head, one piece per chunk, and the tail, leaving out what is empty.
      let ends = (reporter.head(report).isEmpty ? 0 : 1) + (reporter.tail(report, empty: false).isEmpty ? 0 : 1)
      #expect(pieces.count == ends + (report.diagnostics.count + chunk - 1) / chunk)
      #expect(!pieces.contains(""))
    }
    var empty = report
    empty.diagnostics = []
    var pieces: [String] = []
    reporter.write(empty, chunkSize: 1) { pieces.append($0) }
    #expect(pieces.joined() == reporter.render(empty))
  }

  /// JSON strings escape quotes, backslashes and every control character, and keep any
  /// other text, ASCII or not, as it is.
  @Test func jsonStringsEscapeWhatJSONRequires() {
    #expect(JSON.string("") == "\"\"")
    #expect(JSON.string("plain") == "\"plain\"")
    #expect(
      JSON.string("a\"b\\c\nd\re\tf\u{01}g\u{1F}h\u{7F}ré 😀 Łódź")
        == "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001fh\\u007fré 😀 Łódź\"")
    // Objects keep their keys' order, escape the keys and take the values as they are.
    #expect(JSON.object([]) == "{}")
    #expect(JSON.object([("b", "1"), ("a\"", "[true]"), ("é", "\"x\"")]) == "{\"b\":1,\"a\\\"\":[true],\"é\":\"x\"}")
    // Each ASCII scalar alone, against the escapes JSON defines.
    for value in 0..<0x80 {
      let scalar = Unicode.Scalar(UInt8(value))
      let expected: String
      switch value {
      case 0x22: expected = "\\\""
      case 0x5C: expected = "\\\\"
      case 0x0A: expected = "\\n"
      case 0x0D: expected = "\\r"
      case 0x09: expected = "\\t"
      case 0..<0x20, 0x7F: expected = "\\u00" + (value < 16 ? "0" : "") + String(value, radix: 16)
      default: expected = String(scalar)
      }
      #expect(JSON.string("x" + String(scalar) + "y") == "\"x" + expected + "y\"", "U+\(value)")
    }
  }

  @Test func humanSnippetUnderlinesTheSpanPastATab() {
    let output = HumanReporter(color: false).render(lint.report)
    #expect(output.contains(" --> doc2.txt:1:30\n"))
    // The tab before "Finance" becomes four spaces; the caret line follows the expansion.
    #expect(output.contains("1 | Later,    Finance Minister Anna Kowalczik stayed.\n"))
    #expect(output.contains("  | " + String(repeating: " ", count: 32) + "^^^^^^^^^\n"))
    #expect(output.contains("\n  = help: replace with \"Kowalczyk\"\n"))
    #expect(!output.contains("\u{1B}["))
  }

  @Test func humanSnippetsMakeControlAndBidiCharactersSafeAndCountWideCells() {
    let (_, report) = TestSupport.lint(
      "rule s { select n: count noun boat\n expect n == 5 }", ["\u{202E}漢字 7 boats\u{1}"])
    let output = HumanReporter().render(report)
    #expect(output.contains("1 | \u{FFFD}漢字 7 boats\u{FFFD}\n"))
    #expect(output.contains("  | " + String(repeating: " ", count: 6) + "^^^^^^^\n"))
  }

  @Test func longLinesAreCutToAWindowAroundTheSpan() {
    let filler = String(repeating: "word ", count: 100)
    let (_, report) = TestSupport.lint(
      "rule s { select n: count noun boat\n expect n == 5 }", [filler + "7 boats " + filler])
    let output = HumanReporter(width: 80).render(report)
    let line = output.split(separator: "\n").first { $0.hasPrefix("1 |") }.map(String.init) ?? ""
    #expect(line.hasPrefix("1 | …"))
    #expect(line.hasSuffix("…"))
    #expect(line.contains("7 boats"))
    #expect(line.count < 100)
  }

  @Test func jsonIsValidWithTheDocumentedKeys() throws {
    let text = JSONReporter().render(lint.report)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["version"] as? Int == 1)
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    let first = try #require(diagnostics.first)
    #expect(first["rule"] as? String == "s")
    let span = try #require(first["span"] as? [String: Any])
    #expect(span["line"] as? Int == 1 && span["column"] as? Int == 30 && span["end_column"] as? Int == 39)
    let fixes = try #require(first["fixes"] as? [[String: Any]])
    #expect(fixes.first?["safe"] as? Bool == true)
    let summary = try #require(object["summary"] as? [String: Any])
    #expect(summary["warnings"] as? Int == 1)
    // Keys in the documented order.
    #expect(text.range(of: "\"rule\"")!.lowerBound < text.range(of: "\"severity\"")!.lowerBound)
  }

  @Test func sarifHasRulesRelatedLocationsAndStableFingerprints() throws {
    let text = SARIFReporter().render(lint.report)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["version"] as? String == "2.1.0")
    let run = try #require((object["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let result = try #require((run["results"] as? [[String: Any]])?.first)
    #expect((result["relatedLocations"] as? [Any])?.count == 2)
    let fingerprint = (result["partialFingerprints"] as? [String: String])?["factlint/v1"]
    // The fingerprint does not depend on the line: move the statement down and it stays.
    let moved = TestSupport.lint(
      "rule s { severity warning\n select n: name\n expect n spelled alike }",
      [
        "Finance Minister Anna Kowalczyk spoke.", "Kowalczyk left.",
        "\n\nLater,\tFinance Minister Anna Kowalczik stayed.",
      ])
    #expect(SARIFReporter().render(moved.report).contains(fingerprint ?? "missing"))
    #expect(SARIFReporter.uri("my docs/ä.txt") == "my%20docs/%C3%A4.txt")
  }

  @Test func githubCommandsEscapeWhatGitHubRequires() {
    let text = GitHubReporter().render(lint.report)
    #expect(text.hasPrefix("::warning file=doc2.txt,line=1,col=30,endLine=1,endColumn=39,title=factlint [s]::"))
    #expect(!text.dropLast().contains("\n"))
    #expect(text.contains("%0Anote: doc0.txt:1:23: spelled \"Kowalczyk\" here"))
    #expect(GitHubReporter.data("50% done\r\nnext") == "50%25 done%0D%0Anext")
    #expect(GitHubReporter.property("a:b,c") == "a%3Ab%2Cc")
  }

  @Test func junitHasOneUniqueCasePerRule() {
    let text = JUnitReporter().render(lint.report)
    #expect(text.contains("<testsuite name=\"factlint\" tests=\"1\" failures=\"1\""))
    #expect(text.contains("<testcase classname=\"factlint.rules\" name=\"s\">"))
    #expect(text.contains("&quot;Kowalczik&quot;"))
    #expect(JUnitReporter.escape("a<b&\u{1}") == "a&lt;b&amp;")
  }

  @Test func severalFormatsInOneRun() throws {
    let directory = try TemporaryDirectory()
    let captured = Captured()
    let status = FactLintCommand.run(
      [
        "seeds/", "--format", "gnu", "--output", "sarif=\(directory.path)/out.sarif", "--output",
        "junit=\(directory.path)/out.xml",
      ], io: captured.io())
    #expect(status == 1)
    #expect(try directory.read("out.sarif").contains("\"version\":\"2.1.0\""))
    #expect(try directory.read("out.xml").contains("<testsuites"))
  }
}
