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
        #expect(lines.count == 2)
        for line in lines { _ = try JSONParser.parse(String(line)) }
    }

    @Test func usage() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(workspace.run(["score"]).status == 64)
        #expect(workspace.run(["score", "two", "words"]).console.errors.contains("hint: lastcall score \"two words\""))
        #expect(workspace.run(["score", "--input", "x"]).status == 64)
        let noRubric = workspace.run(["score", "hi", "--rubric", "missing.yaml"])
        #expect(noRubric.status == 1)
        #expect(noRubric.console.errors.contains("(from --rubric)"))
    }
}
