import Foundation
@testable import LastCallCLI

/// A console for in-process command tests: scripted input, captured output.
/// Standard input is `input`, one line at a time, as a person or a slow
/// pipe delivers it: each read returns at most the next line.
final class FakeConsole: Console, @unchecked Sendable {
    var input: [String]
    /// Whether the last line of `input` ends with a line break.
    var endsWithNewline = true
    /// Whether each entry of `input` gets a line break after it; when
    /// false, the entries are raw chunks delivered exactly as written.
    var addsLineBreaks = true
    var output = ""
    var errors = ""
    var isInteractive: Bool
    var width = 80
    var usesColor = false
    /// Standard error's width when it stands for a terminal; nil for a pipe.
    var errorWidth: Int?
    /// What `output` held at each read of standard input, in order: shows
    /// whether input is read as the command goes or all up front.
    var outputAtEachRead: [String] = []
    /// The rest of a line a read did not take whole.
    private var pending: [UInt8] = []

    init(input: [String] = [], isInteractive: Bool = false) {
        self.input = input
        self.isInteractive = isInteractive
    }

    func write(_ text: String) { output += text }
    func writeError(_ text: String) { errors += text }

    func readLine() -> String? {
        outputAtEachRead.append(output)
        if !pending.isEmpty {
            defer { pending.removeAll() }
            return String(decoding: pending.last == 0x0A ? pending.dropLast() : pending[...], as: UTF8.self)
        }
        return input.isEmpty ? nil : input.removeFirst()
    }

    func readInput(maximumCount: Int) -> [UInt8] {
        outputAtEachRead.append(output)
        if pending.isEmpty, !input.isEmpty {
            let line = input.removeFirst()
            let breaks = addsLineBreaks && !(input.isEmpty && !endsWithNewline)
            pending = Array(line.utf8) + (breaks ? [0x0A] : [])
        }
        let count = min(maximumCount, pending.count)
        defer { pending.removeFirst(count) }
        return Array(pending[..<count])
    }
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
