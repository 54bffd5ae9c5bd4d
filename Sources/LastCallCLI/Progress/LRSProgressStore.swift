import LastCallKit

/// Sessions read back from a learning record store, held in memory and
/// served through the `ProgressStore` seam, so the report commands read
/// them exactly as they read a progress folder. Each session is one record
/// line built from its facts (no turns: the LRS statement does not carry
/// them). Read-only: `append` refuses.
struct LRSProgressStore: ProgressStore {
    /// The endpoint, for messages.
    let endpoint: String
    /// Each trainee's lines, in the order the sessions ended.
    private let lines: [String: [[UInt8]]]
    /// The same sessions' facts, served whole to the reports: a line without
    /// turns or promises would lose the reply and promise counts.
    private let facts: [String: [SessionFacts]]

    /// A store over `sessions` read from `endpoint`.
    init(endpoint: String, sessions: [SessionFacts]) {
        self.endpoint = endpoint
        var lines: [String: [[UInt8]]] = [:]
        facts = Dictionary(grouping: sessions, by: \.trainee)
        for facts in sessions {
            let record = SessionRecord(
                id: facts.id, trainee: facts.trainee, scenario: facts.scenario, scenarioTitle: facts.scenarioTitle,
                level: facts.level, scenarioHash: "", seed: 0, startedAt: facts.startedAt, endedAt: facts.endedAt,
                durationSeconds: facts.durationSeconds, outcome: facts.outcome, endReason: nil, score: facts.score,
                passMark: facts.passMark, passed: facts.passed, moodStart: 0, moodEnd: 0, path: [], criteria: facts.criteria,
                turns: [], best: nil, weakest: nil, tips: [], focus: facts.focus)
            var line = record.storedLine
            if line.last == 0x0A { line.removeLast() }
            lines[facts.trainee, default: []].append(line)
        }
        self.lines = lines
    }

    func trainees() throws(ProgressStoreError) -> [String] {
        lines.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    func append(_ record: SessionRecord) throws(ProgressStoreError) {
        throw .cannotWrite(path: endpoint, reason: "sessions read back from an LRS are read-only")
    }

    func source(of trainee: String) -> String {
        endpoint + " (" + trainee + ")"
    }

    func forEachFacts(of trainee: String, warn: (ProgressWarning) -> Void, _ each: (SessionFacts) -> Void) -> ProgressTally {
        var tally = ProgressTally()
        tally.histories = 1
        for session in facts[trainee] ?? [] {
            each(session)
            tally.sessions += 1
        }
        return tally
    }

    func forEachLine(of trainee: String, _ body: (Int, UnsafeBufferPointer<UInt8>?) -> Void) throws(ProgressStoreError) {
        for (index, line) in (lines[trainee] ?? []).enumerated() {
            line.withUnsafeBufferPointer { body(index + 1, $0) }
        }
    }
}
