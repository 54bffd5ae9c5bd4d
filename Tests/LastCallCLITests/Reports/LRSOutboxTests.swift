import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

/// The outbox against a fake LRS that fails every other batch: each flush
/// keeps exactly what was not confirmed, in order, and in the end every
/// statement is stored once.
@Suite struct LRSOutboxTests {
    func statements(_ count: Int, trainee: String = "ana") -> [JSONValue] {
        (1...count).map { day in
            XAPIExporter.statement(for: SessionFacts(ReportLinesRecord.record(trainee: trainee, day: day)), options: XAPIOptions())
        }
    }

    @Test func everyOtherBatchFailingStillDeliversEachStatementOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outbox = LRSOutbox(progress: folder)
        try outbox.add(statements(5), trainee: "ana")
        let lrs = try LoopbackLRS(.flaky)
        defer { lrs.stop() }
        var client = LRSClient(endpoint: lrs.url, credentials: nil, transport: URLSessionTransport(timeout: 10))
        client.batchSize = 2
        let far = Date().addingTimeInterval(120)

        var waiting: [Int] = []
        for _ in 0..<4 {
            let flush = outbox.flush(client, deadline: far, now: { Date() })
            waiting.append(flush.waiting)
            if flush.waiting > 0 { #expect(flush.error?.contains("HTTP 500") == true) }
        }
        // POST 1 fails; 2 sends a batch, 3 fails; 4 sends, 5 fails; 6 sends the last one.
        #expect(waiting == [5, 3, 1, 0])
        #expect(try lrs.count().stored == 5)
        #expect(try outbox.waiting().isEmpty)
        #expect(outbox.lastError() == nil)
    }

    @Test func statementsAddedWhileNothingIsConfirmedStayInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outbox = LRSOutbox(progress: folder)
        let all = statements(3)
        try outbox.add([all[0]], trainee: "ana")
        let lrs = try LoopbackLRS(.flaky)
        defer { lrs.stop() }
        let client = LRSClient(endpoint: lrs.url, credentials: nil)
        let first = outbox.flush(client, deadline: Date().addingTimeInterval(60), now: { Date(timeIntervalSince1970: 0) })
        #expect(first.waiting == 1)
        #expect(outbox.lastError()?.at == "1970-01-01T00:00:00Z")
        try outbox.add([all[1], all[2]], trainee: "ana")
        #expect(try outbox.waiting().map(\.count) == [3])
        let second = outbox.flush(client, deadline: Date().addingTimeInterval(60), now: { Date() })
        #expect(second == LRSOutbox.Flush(confirmed: 3, stored: 3, waiting: 0, error: nil))
    }

    @Test func aLineThatIsNotJSONStaysAndIsSaid() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outbox = LRSOutbox(progress: folder)
        try outbox.add(statements(1), trainee: "ana")
        try Platform.appendLocked(Array("{torn".utf8), to: outbox.url.appendingPathComponent("ana.jsonl").path,
                                  lockPath: outbox.url.appendingPathComponent("ana.lock").path)
        let lrs = try LoopbackLRS(.ok)
        defer { lrs.stop() }
        let flush = outbox.flush(LRSClient(endpoint: lrs.url, credentials: nil), deadline: Date().addingTimeInterval(60), now: { Date() })
        #expect(flush.confirmed == 1)
        #expect(flush.waiting == 1)
        #expect(flush.error?.contains("1 line(s) in") == true)
        #expect(flush.error?.contains("are not JSON and cannot be sent") == true)
        let kept = try String(contentsOf: outbox.url.appendingPathComponent("ana.jsonl"), encoding: .utf8)
        #expect(kept == "{torn\n")
    }
}

/// Records for tests outside the report fixtures.
enum ReportLinesRecord {
    static func record(trainee: String, day: Int) -> SessionRecord {
        (try? SessionRecord(line: Array(ReportLines.line(trainee: trainee, day: day).utf8))) ?? {
            fatalError("ReportLines.line must give a record")
        }()
    }
}
