import Foundation
@testable import LastCallCLI

/// A console that records what commands write, for in-process tests.
final class ReportTestConsole: Console, @unchecked Sendable {
    var output = ""
    var errors = ""
    var usesColor = false
    var width = 100
    var isInteractive: Bool { false }

    func write(_ text: String) { output += text }
    func writeError(_ text: String) { errors += text }
    func readLine() -> String? { nil }
    func readInput(maximumCount: Int) -> [UInt8] { [] }
}

/// A temporary folder with a progress folder inside, removed by `cleanUp`.
struct ReportSandbox {
    let root: URL
    let console = ReportTestConsole()

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lastcall-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("progress"), withIntermediateDirectories: true)
    }

    var progress: URL { root.appendingPathComponent("progress") }

    /// Writes `lines` to `progress/NAME`.
    func write(_ name: String, _ lines: [String]) throws {
        try Data(lines.joined(separator: "\n").utf8).write(to: progress.appendingPathComponent(name))
    }

    /// A context with a fixed clock and no real home folder.
    var context: CommandContext {
        CommandContext(console: console, environment: ["HOME": root.path, "LASTCALL_PROGRESS": progress.path],
                       currentDirectory: root, now: { Date(timeIntervalSince1970: 1_764_064_800) })
    }

    /// Runs `lastcall ARGUMENTS` in-process and returns the exit status.
    func run(_ arguments: [String], environment: [String: String] = [:]) -> Int32 {
        var context = self.context
        context.environment.merge(environment) { $1 }
        return CommandRunner.run(arguments, context: context)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }
}
