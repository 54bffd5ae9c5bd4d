import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

@Suite struct ScoreCommandTests {
    @Test func aSingleReplyShowsEachCriterionWithEvidenceAndFeedback() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["score", "I'm so sorry. The courier messed up."])
        #expect(status == 0)
        let lines = console.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("met      Apologise") == true, "\(console.output)")
        #expect(lines.contains { $0.hasPrefix("missed   Blame no one") && $0.contains("courier") })
        #expect(lines.contains { $0.hasPrefix("missed   Own the problem") })
    }

    @Test func explainListsWhatFiredAndWhatOverruledIt() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (_, console) = workspace.run(["score", "--explain", "I'm sorry you feel that way."])
        #expect(console.output.contains("fired:"))
        #expect(console.output.contains("overruled"))
    }

    @Test func jsonLinesStreamOneObjectPerLineInOrderAndStayValid() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let hostile = "\u{1B}[31mred\u{1B}[0m \"quoted\" \\ back <b>"
        let input = ["I'm so sorry, I'll call you back by 4pm today. My name is Sam.", "", hostile, "sorry?"]
        try workspace.write(input.joined(separator: "\r\n") + "\n", to: "in.txt")
        let (status, console) = workspace.run(["score", "--jsonl", "--input", "in.txt"])
        #expect(status == 0)
        let lines = console.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 4)
        #expect(!console.output.contains("\u{1B}"))
        let values = try lines.map { try JSONParser.parse(String($0)) }
        #expect(values.map { $0["reply"] } == input.map { .string($0) })
        #expect(values[0]["criteria"]?["time-frame"]?["met"] == .bool(true))
        #expect(values[0]["criteria"]?["time-frame"]?["when"] != nil)
        #expect(values[1]["criteria"]?["no-blame"]?["met"] == .bool(true))
        #expect(values[3]["criteria"]?["apology"]?["met"] == .bool(false))
        if case .object(let criteria)? = values[0]["criteria"] {
            #expect(criteria.map(\.0) == ["apology", "ownership", "time-frame", "no-blame", "name-and-number"])
        } else {
            Issue.record("no criteria object")
        }
    }

    @Test func invalidUTF8AndAHugeReplyAreScoredWithoutCrashing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        var bytes: [UInt8] = Array("sorry \u{0}".utf8) + [0xFF, 0xFE, 0x0A]
        bytes += Array(String(repeating: "I'll sort it out for you. ", count: 40_000).utf8) + [0x0A]
        try Data(bytes).write(to: workspace.root.appendingPathComponent("in.txt"))
        let (status, console) = workspace.run(["score", "--jsonl", "--input", "in.txt"])
        #expect(status == 0)
        let lines = console.output.split(separator: "\n")
        try #require(lines.count == 2)
        let first = try JSONParser.parse(String(lines[0]))
        let second = try JSONParser.parse(String(lines[1]))
        // Invalid bytes read as U+FFFD, and the NUL stays escaped in the JSON.
        #expect(first["reply"] == .string("sorry \u{0}\u{FFFD}\u{FFFD}"))
        #expect(lines[0].contains(#""sorry \u0000\#u{FFFD}\#u{FFFD}""#))
        #expect(first["criteria"]?["apology"]?["met"] == .bool(true))
        #expect(second["reply"] == .string(String(repeating: "I'll sort it out for you. ", count: 40_000)))
        #expect(second["criteria"]?["ownership"]?["met"] == .bool(true))
    }

    @Test func usage() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(workspace.run(["score"]).status == 64)
        #expect(workspace.run(["score", "two", "words"]).console.errors.contains("hint: lastcall score \"two words\""))
        #expect(workspace.run(["score", "--input", "x"]).status == 64)
        let noRubric = workspace.run(["score", "hi", "--rubric", "missing.yaml"])
        #expect(noRubric.status == 66)
        #expect(noRubric.console.errors.contains("(from --rubric)"))
    }

    @Test func jsonLinesReadStandardInputThroughTheConsole() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let console = FakeConsole(input: ["I'm so sorry.", "The courier lost it.", "I'll call you by 4pm."])
        console.endsWithNewline = false
        let (status, _) = workspace.run(["score", "--jsonl"], console: console)
        #expect(status == 0, "\(console.errors)")
        let values = try console.output.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        #expect(values.map { $0["reply"] } == [.string("I'm so sorry."), .string("The courier lost it."), .string("I'll call you by 4pm.")])
        #expect(values[0]["criteria"]?["apology"]?["met"] == .bool(true))
        #expect(values[1]["criteria"]?["no-blame"]?["met"] == .bool(false))
        #expect(values[2]["criteria"]?["time-frame"]?["met"] == .bool(true))
        #expect(console.input.isEmpty)
    }

    @Test func jsonLinesFromAMissingFileExit66() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["score", "--jsonl", "--input", "nope.txt"])
        #expect(status == 66)
        #expect(console.errors == "lastcall: nope.txt: no such file\n")
    }

    @Test func helpAfterDoubleDashIsAReplyToScore() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["score", "--", "--help"])
        #expect(status == 0)
        #expect(console.output.hasPrefix("missed   Apologise"), "\(console.output)")
        #expect(!console.output.contains("lastcall score \"REPLY\""))
        let help = workspace.run(["score", "--help", "--", "sorry"])
        #expect(help.console.output.hasPrefix("lastcall score \"REPLY\""))
    }
}
