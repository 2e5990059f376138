// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "factlint",
  products: [
    .executable(name: "factlint", targets: ["factlint"]),
    .executable(name: "factlint-conformance", targets: ["factlint-conformance"]),
    .library(name: "FactLintKit", targets: ["FactLintKit"]),
  ],
  targets: [
    .target(
      name: "FactLintKit",
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
    .executableTarget(
      name: "factlint",
      dependencies: ["FactLintKit"],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
    .executableTarget(
      name: "factlint-conformance",
      dependencies: ["FactLintKit"],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
    .executableTarget(
      name: "factlint-bench",
      dependencies: ["FactLintKit"],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
    .testTarget(
      name: "FactLintKitTests",
      dependencies: ["FactLintKit", "factlint"],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
  ]
)
