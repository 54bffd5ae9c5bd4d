// swift-tools-version:6.0
import PackageDescription

// Foundation only: no package dependencies, by the users' choice (one
// self-contained binary that a training room can build anywhere).
let package = Package(
    name: "LastCall",
    products: [
        .executable(name: "lastcall", targets: ["lastcall"]),
        .library(name: "LastCallKit", targets: ["LastCallKit"]),
        .library(name: "LastCallCLI", targets: ["LastCallCLI"]),
    ],
    targets: [
        .target(name: "LastCallKit"),
        .target(name: "LastCallCLI", dependencies: ["LastCallKit"]),
        .executableTarget(name: "lastcall", dependencies: ["LastCallCLI"]),
        .executableTarget(name: "lastcall-bench", dependencies: ["LastCallKit", "LastCallCLI"], path: "Benchmarks/lastcall-bench"),
        // The exporters' expected files, read through Bundle.module.
        .testTarget(name: "LastCallKitTests", dependencies: ["LastCallKit"], resources: [.copy("Reports/Fixtures")]),
        // The fake LRS the fault tests start is run by path (#filePath), not bundled.
        .testTarget(name: "LastCallCLITests", dependencies: ["LastCallCLI", "LastCallKit"], exclude: ["Reports/Fixtures/fake-lrs.py"]),
    ],
    swiftLanguageModes: [.v6]
)
