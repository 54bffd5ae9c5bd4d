import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

@Suite struct ScoreCommandClockTests {
    @Test func aSingleReplyGainsItsDueTimeUnderTimeFrame() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["score", "I'm sorry, I'll call you back by 4pm.", "--clock", "2026-03-03T10:15"])
        #expect(status == 0)
        let lines = console.output.split(separator: "\n").map(String.init)
        let timeFrame = try #require(lines.firstIndex { $0.contains("Give a time-frame") })
        #expect(lines[timeFrame + 1] == "          due: 4pm today (2026-03-03T16:00)")
    }

    @Test func aWeekdayClockAndAVagueReply() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let dated = workspace.run(["score", "--clock", "Friday 15:30", "I'll ring you on Monday."])
        #expect(dated.console.output.contains("          due: Monday at 5pm (2026-03-09T17:00)"))
        let vague = workspace.run(["score", "--clock", "Friday 15:30", "I'll get back to you soon."])
        #expect(vague.console.output.contains("          due: none (no concrete time promised)"))
    }

    @Test func withoutAClockTheOutputIsUnchanged() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let plain = workspace.run(["score", "I'll call you back by 4pm."]).console.output
        #expect(!plain.contains("due:"))
        try workspace.write("I'll call you back by 4pm.\nsoon\n", to: "in.txt")
        let lines = workspace.run(["score", "--jsonl", "--input", "in.txt"]).console.output
        #expect(!lines.contains("\"due\""))
        let expected = try Self.jsonLines(["I'll call you back by 4pm.", "soon"])
        #expect(lines == expected)
    }

    @Test func jsonLinesCarryDueAfterWhen() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("I'll call you back by 4pm.\nI'll get back to you soon.\nI'll call you tomorrow at 3.\n", to: "in.txt")
        let (status, console) = workspace.run(["score", "--jsonl", "--input", "in.txt", "--clock", "2026-03-03 10:15"])
        #expect(status == 0)
        let values = try console.output.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        #expect(values.map { $0["criteria"]?["time-frame"]?["due"] } == [.string("2026-03-03T16:00"), .null, .string("2026-03-04T15:00")])
        #expect(console.output.contains(#""when":"by 4pm","due":"2026-03-03T16:00"}"#))
    }

    @Test func aBadClockIsAUsageErrorPointingAtTheMistake() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["score", "sorry", "--clock", "2026-13-03T10:15"])
        #expect(status == 64)
        #expect(console.errors.contains("--clock '2026-13-03T10:15': there is no month 13 (at character 6)"))
        #expect(console.errors.contains("    2026-13-03T10:15\n         ^"))
        let weekday = workspace.run(["score", "sorry", "--clock", "Tuseday 10:15"])
        #expect(weekday.status == 64)
        #expect(weekday.console.errors.contains("did you mean 'Tuesday'?"))
    }

    /// The `--jsonl` output for `replies` as the scorer writes it without a clock.
    static func jsonLines(_ replies: [String]) throws -> String {
        let path = Workspace.packageRoot.appendingPathComponent("scoring/rubric.yaml")
        let scorer = ReplyScorer(rubric: try #require(Rubric.load(yaml: try String(contentsOf: path, encoding: .utf8), path: "rubric.yaml").0))
        var out: [UInt8] = []
        for reply in replies {
            out.append(contentsOf: scorer.score(reply, explain: false).jsonValue().jsonText.utf8)
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
