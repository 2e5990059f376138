// swift-tools-version:6.0
// libFuzzer targets for factlint. Build and run with .ci/fuzz, which passes
// -sanitize=fuzzer,address; a plain `swift build` here cannot link them.
import PackageDescription

let settings: [SwiftSetting] = [.swiftLanguageMode(.v6), .unsafeFlags(["-parse-as-library"])]

let package = Package(
  name: "factlint-fuzz",
  dependencies: [.package(name: "factlint", path: "../..")],
  targets: [
    .executableTarget(
      name: "fuzz-rules", dependencies: [.product(name: "FactLintKit", package: "factlint")], swiftSettings: settings),
    .executableTarget(
      name: "fuzz-extractor", dependencies: [.product(name: "FactLintKit", package: "factlint")],
      swiftSettings: settings),
    .executableTarget(
      name: "fuzz-pipeline", dependencies: [.product(name: "FactLintKit", package: "factlint")],
      swiftSettings: settings),
  ]
)
