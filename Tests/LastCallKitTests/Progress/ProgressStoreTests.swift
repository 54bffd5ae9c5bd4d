import Testing
@testable import LastCallKit

@Suite struct ProgressStoreTests {
    static func record(_ trainee: String = "ana", day: Int, score: Int = 80) -> SessionRecord {
        ReportFixtures.record(trainee: trainee, day: day, score: score)
    }

    @Test func appendsAndStreamsEachTraineesRecordsInOrder() throws {
        let store = MemoryProgressStore()
        try store.append(Self.record(day: 1))
        try store.append(Self.record("ben", day: 2))
        try store.append(Self.record(day: 3, score: 40))
        #expect(try store.trainees() == ["ana", "ben"])
        var records: [SessionRecord] = []
        var warnings: [ProgressWarning] = []
        let tally = store.forEachRecord(of: "ana", warn: { warnings.append($0) }) { records.append($0) }
        #expect(records == [Self.record(day: 1), Self.record(day: 3, score: 40)])
        #expect(warnings.isEmpty)
        #expect(tally.sessions == 2 && tally.skipped == 0 && tally.histories == 1)
        var facts: [SessionFacts] = []
        _ = store.forEachFacts(of: "ana", warn: { warnings.append($0) }) { facts.append($0) }
        #expect(facts == records.map(SessionFacts.init))
    }

    @Test func aTornLineIsReportedWithItsPlaceAndNeverMergedIntoTheNextRecord() throws {
        let store = MemoryProgressStore()
        try store.append(Self.record(day: 1))
        let torn = Self.record(day: 2).storedLine
        store.appendRaw(Array(torn.prefix(torn.count / 2)), to: "ana")
        try store.append(Self.record(day: 3))
        var warnings: [ProgressWarning] = []
        var days: [String] = []
        let tally = store.forEachFacts(of: "ana", warn: { warnings.append($0) }) { days.append($0.date) }
        #expect(days == ["2026-11-01", "2026-11-03"])
        #expect(tally.skipped == 1 && tally.sessions == 2)
        let warning = try #require(warnings.first)
        #expect(warning.line == 2)
        #expect(warning.description.hasPrefix("memory/ana.jsonl:2: warning: skipped: the line ends in the middle of the JSON"))
        var fullWarnings: [ProgressWarning] = []
        _ = store.forEachRecord(of: "ana", warn: { fullWarnings.append($0) }) { _ in }
        #expect(fullWarnings.map(\.line) == [2])
    }

    @Test func blankLinesArePassedOverAndOverLongLinesReported() throws {
        let store = MemoryProgressStore(maximumLineLength: 100)
        store.appendRaw(Array(" \t\n".utf8) + Array(repeating: 0x41, count: 101) + [0x0A], to: "ana")
        var warnings: [String] = []
        let tally = store.forEachFacts(of: "ana", warn: { warnings.append($0.description) }) { _ in }
        #expect(warnings == ["memory/ana.jsonl:2: warning: skipped: line longer than 16 MB"])
        #expect(tally.skipped == 1 && tally.sessions == 0)
    }

    @Test func aHistoryThatCannotBeReadIsOneWarningWithoutALine() {
        let store = MemoryProgressStore()
        var warnings: [String] = []
        let tally = store.forEachRecord(of: "nobody", warn: { warnings.append($0.description) }) { _ in }
        #expect(warnings == ["memory/nobody.jsonl: warning: skipped: cannot be read (cannot read memory/nobody.jsonl: no such history)"])
        #expect(tally.skipped == 1)
    }

    @Test func warningsAreInertOnATerminal() {
        let warning = ProgressWarning(source: "p/\u{1B}[2J.jsonl", line: 4, message: "bad \u{1B}]0;x\u{07} text")
        #expect(!warning.description.contains("\u{1B}"))
        #expect(!warning.description.contains("\u{07}"))
    }

    @Test func storeErrorsSayWhatFailedAndWhere() {
        #expect(ProgressStoreError.symbolicLink(path: "p/ana.lock").description
                == "p/ana.lock is a symbolic link; progress files and locks are never followed through links")
        #expect(ProgressStoreError.cannotWrite(path: "p/ana.jsonl", reason: "No space left on device").description
                == "cannot write p/ana.jsonl: No space left on device")
        #expect(ProgressStoreError.notAFolder(path: "p").description == "p is a file, not a progress folder")
    }

    @Test func repliesUpToTheCapAreTakenAndLongerOnesRefusedWithTheReason() {
        #expect(SessionRecord.replyLengthProblem(String(repeating: "é", count: SessionRecord.maximumReplyLength)) == nil)
        let problem = SessionRecord.replyLengthProblem(String(repeating: "a", count: SessionRecord.maximumReplyLength + 1))
        #expect(problem == "that reply is 4001 characters long; a reply may be at most 4000 characters, so that the session can be saved and read back")
    }
}
