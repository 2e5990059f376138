import FactLintKit
import Foundation

// factlint's benchmark: generates a news-like corpus at each size and measures
// factlint against `wc -w` on the same files. Build with -c release:
//   swift run -c release factlint-bench [--sizes 10,100,1000] [--dir DIR] [--runs N] [--cold] [--linear 10,1000]
//   swift run -c release factlint-bench generate DIR --mb 100
let arguments = Array(CommandLine.arguments.dropFirst())
exit(BenchmarkCommand.run(arguments))
