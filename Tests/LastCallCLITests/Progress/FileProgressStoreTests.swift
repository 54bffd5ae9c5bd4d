import Foundation
import Testing
import LastCallKit
@testable import LastCallCLI

@Suite struct FileProgressStoreTests {
    static func record(_ trainee: String = "sam", seed: UInt64 = 1) -> SessionRecord {
        SessionRecord(
            id: SessionRecord.makeID(trainee: trainee, scenario: "late", startedAt: "2026-12-01T10:00:00Z", seed: seed),
            trainee: trainee, scenario: "late", scenarioTitle: "Late order", level: 1, scenarioHash: "abc", seed: seed,
            startedAt: "2026-12-01T10:00:00Z", endedAt: "2026-12-01T10:04:00Z", durationSeconds: 240, outcome: .resolved,
            endReason: nil, score: 90, passMark: 70, passed: true, moodStart: 40, moodEnd: 70, path: ["open"],
            criteria: [CriterionTally(criterion: .apology, met: 1, expected: 1)],
            turns: [Turn(step: "open", customer: "Where is it?", reply: "I'm sorry.", met: [.apology], missed: [], mood: 70)],
            best: nil, weakest: nil, tips: [])
    }

    func store(_ workspace: Workspace) -> FileProgressStore {
        FileProgressStore(folder: "p", context: CommandContext(console: FakeConsole(), environment: [:], currentDirectory: workspace.root))
    }

    @Test func appendsCreatesTheFolderListsTraineesAndReadsBack() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        let store = store(workspace)
        try store.append(Self.record(seed: 1))
        try store.append(Self.record("ana", seed: 2))
        try store.append(Self.record(seed: 3))
        #expect(try store.trainees() == ["ana", "sam"])
        var records: [SessionRecord] = []
        let tally = store.forEachRecord(of: "sam", warn: { Issue.record("\($0)") }) { records.append($0) }
        #expect(records == [Self.record(seed: 1), Self.record(seed: 3)])
        #expect(tally.sessions == 2)
        #expect(FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("p/sam.lock").path))
    }

    @Test func aTornLastLineIsClosedFirstAndReportedWithItsFileAndLine() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        let line = String(decoding: Self.record(seed: 1).storedLine, as: UTF8.self)
        try workspace.write(String(line.prefix(50)), to: "p/sam.jsonl")
        let store = store(workspace)
        try store.append(Self.record(seed: 2))
        #expect(workspace.read("p/sam.jsonl") == String(line.prefix(50)) + "\n" + String(decoding: Self.record(seed: 2).storedLine, as: UTF8.self))
        var warnings: [String] = []
        var seeds: [UInt64] = []
        _ = store.forEachRecord(of: "sam", warn: { warnings.append($0.description) }) { seeds.append($0.seed) }
        #expect(seeds == [2])
        #expect(warnings == ["p/sam.jsonl:1: warning: skipped: not a valid JSON line: unterminated string (at byte 51)"])
    }

    @Test func aTraineeFileThatIsASymbolicLinkIsNeitherWrittenNorRead() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        try workspace.write("precious\n", to: "victim.txt")
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent("p"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.root.appendingPathComponent("p/sam.jsonl").path,
                                                   withDestinationPath: "../victim.txt")
        let store = store(workspace)
        let path = workspace.root.appendingPathComponent("p/sam.jsonl").path
        #expect(throws: ProgressStoreError.symbolicLink(path: path)) { try store.append(Self.record()) }
        #expect(workspace.read("victim.txt") == "precious\n")
        var warnings: [String] = []
        _ = store.forEachFacts(of: "sam", warn: { warnings.append($0.description) }) { _ in Issue.record("read through a link") }
        #expect(warnings == ["p/sam.jsonl: warning: skipped: cannot be read (\(path) is a symbolic link; progress files and locks are never followed through links)"])
    }

    @Test func aDanglingLockLinkIsRefusedAndCreatesNothing() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent("p"), withIntermediateDirectories: true)
        let lock = workspace.root.appendingPathComponent("p/sam.lock").path
        try FileManager.default.createSymbolicLink(atPath: lock, withDestinationPath: "../created-by-link")
        #expect(throws: ProgressStoreError.symbolicLink(path: lock)) { try store(workspace).append(Self.record()) }
        #expect(!FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("created-by-link").path))
        #expect(!FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("p/sam.jsonl").path))
    }

    @Test func aProgressPathThatIsAFileIsAPlainError() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        try workspace.write("not a folder", to: "p")
        #expect(throws: ProgressStoreError.notAFolder(path: workspace.root.appendingPathComponent("p").path)) {
            try store(workspace).append(Self.record())
        }
    }

    @Test func aTraineeIDThatCannotNameAFileIsRefused() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        #expect(throws: ProgressStoreError.invalidTrainee("../evil")) { try store(workspace).append(Self.record("../evil")) }
    }
}
