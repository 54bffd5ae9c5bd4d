import Foundation
import LastCallCLI
import LastCallKit

/// `sessions [DIR] [RUBRIC] [--no-clock]`: plays every scenario's examples
/// in-process (engine, scorer, session record, JSON line) for about three
/// seconds and prints sessions per second in non-interactive mode. As `play`
/// does, each reply is scored against the conversation's simulated clock and
/// the record carries its contacts and promises; `--no-clock` scores without
/// a clock and leaves them out, as `play` did before follow-through, for a
/// before-and-after figure.
enum PlayBenchmark {
    static func run(_ allArguments: [String]) {
        let usesClock = !allArguments.contains("--no-clock")
        let arguments = allArguments.filter { $0 != "--no-clock" }
        let folder = arguments.first ?? "scenarios"
        let rubricPath = arguments.dropFirst().first ?? "scoring/rubric.yaml"
        let context = CommandContext(
            console: Terminal(), environment: [:],
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let scoring: ScoringSetup
        let library: ScenarioLibrary
        do {
            scoring = try ScoringSetup.load(ParsedArguments(values: ["--rubric": rubricPath]), context)
            library = try ScenarioLibrary.load(folder, criteria: scoring.criteria, context: context)
        } catch {
            fail("lastcall-bench: \(error)")
        }
        let scripts = library.scenarios.flatMap { scenario in scenario.examples.map { (scenario, $0.replies) } }
        guard !scripts.isEmpty else { fail("lastcall-bench: no scenario examples in \(folder)") }
        var sessions = 0, turns = 0, bytes = 0
        let start = DispatchTime.now().uptimeNanoseconds
        var elapsed = 0.0
        while elapsed < 3 {
            for (scenario, replies) in scripts {
                var conversation = Conversation(scenario: scenario, rules: scoring.rules, seed: UInt64(sessions))
                for reply in replies where !conversation.isOver {
                    conversation.reply(reply, verdict: usesClock ? scoring.judge(reply, at: conversation.clock) : scoring.judge(reply))
                }
                conversation.abandon()
                let summary = SessionSummary(conversation, feedback: scoring.feedback)
                let record = SessionRecord(
                    id: "bench", trainee: "bench", scenario: scenario.id, scenarioTitle: scenario.title, level: scenario.level,
                    scenarioHash: "", seed: conversation.seed, startedAt: "2026-11-25T00:00:00Z", endedAt: "2026-11-25T00:05:00Z",
                    durationSeconds: 300, outcome: conversation.outcome ?? .abandoned, endReason: conversation.endReason?.rawValue,
                    score: conversation.score, passMark: conversation.passMark, passed: conversation.passed,
                    moodStart: scenario.customer.mood, moodEnd: conversation.mood, path: conversation.path,
                    criteria: summary.criteria, turns: usesClock ? conversation.turns : conversation.turns.map { turn in
                        var plain = turn
                        plain.contact = nil
                        plain.clock = nil
                        return plain
                    }, best: summary.best, weakest: summary.weakest, tips: summary.tips,
                    contacts: usesClock ? conversation.contacts : [], promises: usesClock ? conversation.promises : [])
                bytes += record.jsonValue.jsonText.utf8.count
                sessions += 1
                turns += conversation.turns.count
            }
            elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        print("sessions\(usesClock ? "" : " (no clock)"): \(sessions) in \(String(format: "%.2f", elapsed)) s = \(Int(Double(sessions) / elapsed)) sessions/s "
              + "(\(Int(Double(turns) / elapsed)) replies/s, \(scripts.count) example scripts from \(library.scenarios.count) scenarios, "
              + "\(bytes / max(1, sessions)) bytes a record)")
    }
}
