// swift-tools-version:6.0
// libFuzzer targets for factlint. Build and run with .ci/fuzz, which passes
// -sanitize=fuzzer,address; a plain `swift build` here cannot link them.
import PackageDescription

let settings: [SwiftSetting] = [.swiftLanguageMode(.v6), .unsafeFlags(["-parse-as-library"])]

let dependencies: [Target.Dependency] = [.product(name: "FactLintKit", package: "factlint"), "FuzzDriver"]

let package = Package(
  name: "factlint-fuzz",
  dependencies: [.package(name: "factlint", path: "../..")],
  targets: [
    .target(name: "FuzzDriver", swiftSettings: settings),
    .executableTarget(name: "fuzz-rules", dependencies: dependencies, swiftSettings: settings),
    .executableTarget(name: "fuzz-extractor", dependencies: dependencies, swiftSettings: settings),
    .executableTarget(name: "fuzz-pipeline", dependencies: dependencies, swiftSettings: settings),
  ]
)
