import Foundation
import LastCallCLI
import LastCallKit

/// `store-writer DIR TRAINEE WRITER COUNT [PIECE]`: the writer process of the
/// progress store's fault test (Tests/LastCallCLITests/Progress/
/// FileProgressStoreFaultTests.swift). Appends COUNT session records for
/// TRAINEE to DIR through the store's locked append, PIECE bytes per
/// `write` call (default 64) with a 200 µs pause between pieces, so that a
/// SIGKILL can land in the middle of a line, and prints each record's id on standard output once its append
/// has returned. Each record's scenario is `writer-WRITER` and its seed the
/// record's number, so a reader can tell every record apart.
enum StoreFaultWriter {
    static func run(_ arguments: [String]) {
        guard arguments.count >= 4, let writer = Int(arguments[2]), let count = Int(arguments[3]) else {
            fail("usage: lastcall-bench store-writer DIR TRAINEE WRITER COUNT [PIECE]")
        }
        let folder = arguments[0], trainee = arguments[1]
        let piece = arguments.count > 4 ? Int(arguments[4]) ?? 64 : 64
        for index in 0..<count {
            let record = makeRecord(trainee: trainee, writer: writer, index: index)
            do {
                try Platform.appendLocked(record.storedLine, to: folder + "/" + trainee + ".jsonl",
                                          lockPath: folder + "/" + trainee + ".lock", piece: piece,
                                          betweenPieces: { usleep(200) })
            } catch {
                fail("lastcall-bench: \(error)")
            }
            FileHandle.standardOutput.write(Data((record.id + "\n").utf8))
        }
    }

    /// A record of about 3 KB (five turns), so an append takes dozens of
    /// `write` calls.
    static func makeRecord(trainee: String, writer: Int, index: Int) -> SessionRecord {
        let scenario = "writer-\(writer)"
        let startedAt = "2026-12-01T10:00:00Z"
        let turns = (0..<5).map { turn in
            Turn(step: "step-\(turn)", customer: "Where is my order? This is call number \(turn + 1) about it.",
                 reply: "I'm so sorry, writer \(writer) record \(index) turn \(turn): I'll sort it out myself and call you back by 4pm today. My name is Sam, my direct line is 0161 496 0732.",
                 met: [.apology, .ownership, .timeFrame], missed: [.noBlame],
                 evidence: [.apology: ["so sorry"], .timeFrame: ["by 4pm today"]], mood: 50 + turn * 5)
        }
        return SessionRecord(
            id: SessionRecord.makeID(trainee: trainee, scenario: scenario, startedAt: startedAt, seed: UInt64(index)),
            trainee: trainee, scenario: scenario, scenarioTitle: "Fault test", level: 1, scenarioHash: String(repeating: "a", count: 64),
            seed: UInt64(index), startedAt: startedAt, endedAt: "2026-12-01T10:05:00Z", durationSeconds: 300,
            outcome: .resolved, endReason: nil, score: 90, passMark: 70, passed: true, moodStart: 40, moodEnd: 70,
            path: turns.map(\.step), criteria: [CriterionTally(criterion: .apology, met: 5, expected: 5)], turns: turns,
            best: TurnHighlight(turn: 1, reply: turns[0].reply, why: "apology"), weakest: nil, tips: [])
    }
}
