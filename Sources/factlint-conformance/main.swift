import FactLintKit
import Foundation

// Scores factlint's extraction on conformance TSV files:
//   swift run factlint-conformance ../shared/conformance/*.tsv [--failures]
let arguments = Array(CommandLine.arguments.dropFirst())
let showFailures = arguments.contains("--failures")
let files = arguments.filter { !$0.hasPrefix("--") }
guard !files.isEmpty else {
  FileHandle.standardError.write(Data("usage: factlint-conformance FILE.tsv ... [--failures]\n".utf8))
  exit(2)
}
var report = ConformanceReport()
for path in files {
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("factlint-conformance: error: cannot read \(path)\n".utf8))
    exit(2)
  }
  report.add(
    file: (path as NSString).lastPathComponent, outcomes: ConformanceScorer().score(ConformanceCase.parse(text)))
}
print(report.render(failures: showFailures), terminator: "")
