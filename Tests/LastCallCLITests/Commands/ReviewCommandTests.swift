import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

@Suite struct ReviewCommandTests {
    /// A workspace where sam played twice with flags and ana once without.
    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write(PlayCommandTests.scenario, to: "scenarios/late.yaml")
        try workspace.write("Sorry. I'll sort it myself.\n/flag apology I said sorry\nI'll call you by 4pm.\n", to: "a.txt")
        try workspace.write("Oh no. Leave it with me.\n/flag\n", to: "b.txt")
        _ = workspace.run(["play", "late", "--trainee", "sam", "--replies", "a.txt", "--progress", "p"])
        _ = workspace.run(["play", "late", "--trainee", "sam", "--replies", "b.txt", "--progress", "p", "--seed", "7"])
        _ = workspace.run(["play", "late", "--trainee", "ana", "--replies", "b.txt", "--progress", "p"])
        return workspace
    }

    @Test func listAndJSONPrintTheQueueWithoutAsking() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["review", "--progress", "p", "--trainee", "sam", "--list"])
        #expect(status == 0, "\(console.errors)")
        #expect(console.output.hasPrefix("2 flagged turns to review\n"))
        #expect(console.output.contains("sam  late  turn 1  apology: \u{201C}I said sorry\u{201D}"))
        #expect(console.output.contains("sam  late  turn 1  whole verdict"))
        let json = workspace.run(["review", "--progress", "p", "--json", "--scenario", "late"]).console.output
        let value = try JSONParser.parse(json)
        guard case .array(let queue)? = value["queue"] else { Issue.record("no queue"); return }
        #expect(queue.count == 3)
        // The same clock for every session: by trainee, then in the order played.
        #expect(queue.map { $0["trainee"] } == [.string("ana"), .string("sam"), .string("sam")])
        #expect(queue[1]["reply"] == .string("Sorry. I'll sort it myself."))
        #expect(queue[1]["turn"] == .int(1))
        #expect(value["labels"] == .string("scoring/labels.tsv"))
    }

    @Test func eachDecisionLandsOnceInTheLabelsFileAndIsNotShownAgain() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let before = try #require(workspace.read("scoring/labels.tsv"))
        // First flagged turn: apology first (flagged), then the rest in rubric order.
        let console = FakeConsole(input: ["m", "huh?", "m", "s", "m", "x", "q"], isInteractive: true)
        let (status, _) = workspace.run(["review", "--progress", "p", "--trainee", "sam"], console: console)
        #expect(status == 0, "\(console.errors)")
        #expect(console.output.contains("customer: \u{201C}"))
        #expect(console.output.contains("reply:    \u{201C}Sorry. I'll sort it myself.\u{201D}"))
        #expect(console.output.contains("flagged:  apology: \u{201C}I said sorry\u{201D}"))
        #expect(console.output.contains("the scorer said then: apology met (\u{201C}Sorry\u{201D})"))
        #expect(console.output.contains("the scorer now (--explain):"))
        #expect(console.output.contains("press m (met), x (missed), s (skip: no label) or q (stop)"))
        #expect(console.output.contains("1 flagged turn reviewed; 1 left."))
        let after = try #require(workspace.read("scoring/labels.tsv"))
        #expect(after.hasPrefix(before))
        let added = after.dropFirst(before.count).split(separator: "\n")
        #expect(added.count == 1)
        let cells = added[0].split(separator: "\t", omittingEmptySubsequences: false)
        #expect(Array(cells.prefix(6)) == ["met", "met", "", "met", "missed", ""])
        #expect(cells[6].hasPrefix("review of sam's session ") && cells[6].contains(" turn 1 (late, reviewed 2026-11-18)"))
        #expect(cells[7] == "Sorry. I'll sort it myself.")

        // The reviewed turn is gone from the queue; the labels file still reads.
        let list = workspace.run(["review", "--progress", "p", "--trainee", "sam", "--list"]).console.output
        #expect(list.hasPrefix("1 flagged turn to review (1 already reviewed)\n"))
        let (file, diagnostics) = LabelsFile.read(text: after, path: "l.tsv")
        #expect(diagnostics.isEmpty)
        #expect(file.replies.last?.labels == [.apology: true, .ownership: true, .noBlame: true, .nameAndNumber: false])
    }

    @Test func endOfInputStopsWithoutWritingAHalfDecision() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let before = workspace.read("scoring/labels.tsv")
        let console = FakeConsole(input: ["m", "m"])
        let (status, _) = workspace.run(["review", "--progress", "p"], console: console)
        #expect(status == 0)
        #expect(workspace.read("scoring/labels.tsv") == before)
        #expect(console.output.contains("0 flagged turns reviewed; 3 left."))
    }

    @Test func aNewLabelsFileGetsAHeader() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let console = FakeConsole(input: ["x", "x", "x", "x", "x"])
        _ = workspace.run(["review", "--progress", "p", "--labels", "new.tsv", "--trainee", "ana"], console: console)
        let text = try #require(workspace.read("new.tsv"))
        let (file, diagnostics) = LabelsFile.read(text: text, path: "new.tsv")
        #expect(diagnostics.isEmpty)
        #expect(file.replies.count == 1)
        #expect(file.replies[0].reply == "Oh no. Leave it with me.")
    }

    @Test func aFileInTheGuidesFormIsNotReviewedInto() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("a\tI'm sorry.\n", to: "dev.tsv")
        let (status, console) = workspace.run(["review", "--progress", "p", "--labels", "dev.tsv"], console: FakeConsole(input: ["m"]))
        #expect(status == 1)
        #expect(console.errors.contains("dev.tsv is in the guide's FLAGS<TAB>REPLY form"))
        #expect(workspace.read("dev.tsv") == "a\tI'm sorry.\n")
    }

    @Test func nothingToReviewSaysSo() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["review", "--progress", "p", "--since", "2030-01-01"])
        #expect(status == 0)
        #expect(console.output == "Nothing to review: no flagged turn waits.\n")
        #expect(workspace.run(["review", "--progress", "p", "--since", "yesterday"]).status == 64)
    }
}
