import Foundation
@testable import LastCallCLI

/// A console for in-process command tests: scripted input, captured output.
final class FakeConsole: Console, @unchecked Sendable {
    var input: [String]
    var output = ""
    var errors = ""
    var isInteractive: Bool
    var width = 80
    var usesColor = false

    init(input: [String] = [], isInteractive: Bool = false) {
        self.input = input
        self.isInteractive = isInteractive
    }

    func write(_ text: String) { output += text }
    func writeError(_ text: String) { errors += text }
    func readLine() -> String? { input.isEmpty ? nil : input.removeFirst() }
}

/// A temporary folder holding a copy of the package's scenarios and rubric,
/// removed when the test ends.
struct Workspace {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL

    init(copyLibrary: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lastcall-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if copyLibrary {
            try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("scoring"), to: root.appendingPathComponent("scoring"))
            try FileManager.default.createDirectory(at: root.appendingPathComponent("scenarios"), withIntermediateDirectories: true)
        }
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Runs `lastcall ARGS` in the workspace with a fixed clock and seed.
    func run(_ arguments: [String], console: FakeConsole = FakeConsole(), environment: [String: String] = [:]) -> (status: Int32, console: FakeConsole) {
        var env = ["HOME": root.appendingPathComponent("home").path]
        env.merge(environment) { $1 }
        let context = CommandContext(
            console: console, environment: env, currentDirectory: root,
            now: { Date(timeIntervalSince1970: 1_795_000_000) }, makeSeed: { 12345 })
        return (CommandRunner.run(arguments, context: context), console)
    }
}
