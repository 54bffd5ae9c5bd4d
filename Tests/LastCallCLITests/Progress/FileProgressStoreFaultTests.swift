import Foundation
import Testing
import LastCallKit
@testable import LastCallCLI

/// The store under a SIGKILL storm: eight writer processes append to one
/// trainee's file through the locked append, a few dozen bytes a `write`,
/// while writers are killed at random points and replaced. Afterwards every
/// record whose append returned reads back exactly once and intact, and
/// every torn line is reported with its file and line and never merged into
/// the record after it. Bounded: 16 rounds of one to four kills, 40
/// records a writer, a three-minute deadline against a hang; the kill
/// times and victims come from a fixed seed.
@Suite struct FileProgressStoreFaultTests {
    static let writers = 8
    static let rounds = 16
    static let recordsPerWriter = 40

    /// `lastcall-bench`, built beside the test binary.
    static var helper: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Workspace.packageRoot.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent("lastcall-bench") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    final class Writer {
        let number: Int
        let process = Process()
        let output = Pipe()

        init(number: Int, helper: URL, folder: String) throws {
            self.number = number
            process.executableURL = helper
            process.arguments = ["store-writer", folder, "sam", String(number), String(FileProgressStoreFaultTests.recordsPerWriter), "48"]
            process.standardOutput = output
            try process.run()
        }

        /// Waits for the process (at most until `deadline`) and returns the
        /// ids it confirmed, each on a whole line.
        func finish(deadline: Date) -> (ids: [String], wasKilled: Bool, timedOut: Bool) {
            var timedOut = false
            while process.isRunning {
                if Date() > deadline {
                    kill(process.processIdentifier, SIGKILL)
                    timedOut = true
                }
                usleep(2_000)
            }
            let data = output.fileHandleForReading.readDataToEndOfFile()
            var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.removeLast()  // the text after the last line break: empty, or an id cut short
            return (lines, process.terminationReason == .uncaughtSignal, timedOut)
        }
    }

    @Test func everyFinishedAppendReadsBackAndEveryTornLineIsReportedWhereItIs() throws {
        guard let helper = Self.helper else {
            Issue.record("lastcall-bench is not built: run 'swift build' first (the fault test runs it as its writer)")
            return
        }
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        let folder = workspace.root.appendingPathComponent("p")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let deadline = Date().addingTimeInterval(180)
        var random = SeededGenerator(seed: 20261201)
        var running = try (0..<Self.writers).map { try Writer(number: $0, helper: helper, folder: folder.path) }
        var next = Self.writers
        var confirmed: [String] = []
        var killed = 0, finishedWhole = 0
        for _ in 0..<Self.rounds {
            usleep(UInt32(1_000 + random.next() % 12_000))
            // One to four writers at once, so the one holding the lock is
            // often among them.
            var slots = Array(0..<Self.writers)
            slots.shuffle(using: &random)
            let victims = slots.prefix(1 + Int(random.next() % 4))
            for slot in victims { kill(running[slot].process.processIdentifier, SIGKILL) }
            for slot in victims {
                let result = running[slot].finish(deadline: deadline)
                #expect(!result.timedOut)
                confirmed += result.ids
                if result.wasKilled { killed += 1 } else { finishedWhole += 1; #expect(result.ids.count == Self.recordsPerWriter) }
                running[slot] = try Writer(number: next, helper: helper, folder: folder.path)
                next += 1
            }
        }
        for writer in running {
            let result = writer.finish(deadline: deadline)
            #expect(!result.timedOut)
            #expect(!result.wasKilled)
            #expect(result.ids.count == Self.recordsPerWriter)
            confirmed += result.ids
        }
        #expect(killed > 0)

        let store = FileProgressStore(folder: "p", context: CommandContext(console: FakeConsole(), environment: [:], currentDirectory: workspace.root))
        var records: [SessionRecord] = []
        var warnings: [ProgressWarning] = []
        _ = store.forEachRecord(of: "sam", warn: { warnings.append($0) }) { records.append($0) }

        // Every record read is whole (its id is derived from its fields, and
        // each reply names its writer, record and turn) and read once.
        let ids = records.map(\.id)
        #expect(Set(ids).count == ids.count)
        for record in records {
            #expect(record.id == SessionRecord.makeID(trainee: record.trainee, scenario: record.scenario, startedAt: record.startedAt, seed: record.seed))
            let writer = record.scenario.dropFirst("writer-".count)
            #expect(record.turns.count == 5)
            for (turn, item) in record.turns.enumerated() {
                #expect(item.reply.contains("writer \(writer) record \(record.seed) turn \(turn):"))
            }
        }
        // Every append that returned is there.
        #expect(Set(confirmed).subtracting(ids).isEmpty)
        // Every other line is a torn record, reported at its own line, and
        // holds the start of one record only.
        let lines = try #require(workspace.read("p/sam.jsonl")).split(separator: "\n", omittingEmptySubsequences: false)
        let nonEmpty = lines.filter { !$0.isEmpty }.count
        #expect(nonEmpty == records.count + warnings.count)
        for warning in warnings {
            #expect(warning.source == "p/sam.jsonl")
            let number = try #require(warning.line)
            let line = lines[number - 1]
            #expect(line.hasPrefix(#"{"version":1,"#))
            #expect(line.components(separatedBy: #"{"version":1,"#).count == 2, "line \(number) holds more than one record")
        }
        print("fault test: \(next) writers, \(killed) killed mid-run, \(finishedWhole) finished before their kill, "
              + "\(records.count) records read, \(warnings.count) torn lines reported")
    }
}
