import Foundation
import Testing
import LastCallKit
@testable import LastCallCLI

@Suite struct PlatformTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lastcall-append-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func concurrentLockedAppendsLoseNothingAndNeverInterleave() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sam.jsonl").path
        let lock = folder.appendingPathComponent("sam.lock").path
        let writers = 8, lines = 150
        // Each line is long enough that an unlocked write could be split.
        let padding = String(repeating: "x", count: 5_000)
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            for index in 0..<lines {
                let line = "{\"writer\":\(writer),\"index\":\(index),\"pad\":\"\(padding)\"}\n"
                try? Platform.appendLocked(Array(line.utf8), to: file, lockPath: lock)
            }
        }
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let written = text.split(separator: "\n")
        #expect(written.count == writers * lines)
        #expect(written.allSatisfy { $0.hasPrefix("{\"writer\":") && $0.hasSuffix("\"}") && $0.count > 5_000 })
        #expect(Set(written).count == writers * lines)
    }

    @Test func aTornLastLineIsKeptAndTheNewRecordStartsOnItsOwnLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kim.jsonl")
        try Data("{\"complete\":1}\n{\"torn\":".utf8).write(to: file)
        try Platform.appendLocked(Array("{\"next\":2}\n".utf8), to: file.path, lockPath: folder.appendingPathComponent("kim.lock").path)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == "{\"complete\":1}\n{\"torn\":\n{\"next\":2}\n")
    }

    @Test func anUnwritableFolderIsAClearError() throws {
        #expect(throws: ProgressStoreError.cannotLock(path: "/nonexistent-folder/x.lock", reason: "No such file or directory")) {
            try Platform.appendLocked([0x41], to: "/nonexistent-folder/x.jsonl", lockPath: "/nonexistent-folder/x.lock")
        }
    }
}
