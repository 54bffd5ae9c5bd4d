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
    @Test func untilNarrowsTheQueueAndIsCheckedAsTheReportsCheckIt() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        // Every session here started on 2026-11-18 (the workspace's clock).
        #expect(workspace.run(["review", "--progress", "p", "--until", "2026-11-17"]).console.output
                == "Nothing to review: no flagged turn waits.\n")
        let (status, console) = workspace.run(["review", "--progress", "p", "--since", "2026-11-18", "--until", "2026-11-18", "--list"])
        #expect(status == 0, "\(console.errors)")
        #expect(console.output.hasPrefix("3 flagged turns to review\n"))
        let bad = workspace.run(["review", "--progress", "p", "--until", "2026-02-30"])
        #expect(bad.status == 64)
        #expect(bad.console.errors.contains("--until needs a date written YYYY-MM-DD (UTC), not '2026-02-30'"))
        let backwards = workspace.run(["review", "--progress", "p", "--since", "2026-11-18", "--until", "2026-11-01"])
        #expect(backwards.status == 64)
        #expect(backwards.console.errors.contains("--until 2026-11-01 is before --since 2026-11-18: no session can start in between"))
        #expect(workspace.run(["review", "--help"]).console.output.contains("--until DATE     only sessions started on or before DATE"))
    }
    @Test func theExplanationIsWrappedToTheTerminalAndInert() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write(PlayCommandTests.scenario, to: "scenarios/late.yaml")
        let reply = "I'm so sorry about this, I apologise, my apologies, I will personally look into it myself \u{1B}[2J right now"
        try workspace.write(reply + "\n/flag apology too much\n", to: "a.txt")
        _ = workspace.run(["play", "late", "--trainee", "sam", "--replies", "a.txt", "--progress", "p"])
        let console = FakeConsole(input: ["q"])
        console.width = 40
        #expect(workspace.run(["review", "--progress", "p"], console: console).status == 0, "\(console.errors)")
        let shown = console.output.components(separatedBy: "the scorer now (--explain):\n")
        let block = try #require(shown.dropFirst().first?.components(separatedBy: "\n  apology").first)
        let lines = block.split(separator: "\n")
        #expect(lines.count > 4)
        #expect(lines.allSatisfy { $0.count <= 40 }, "\(lines)")
        #expect(lines.allSatisfy { $0.hasPrefix("    ") })
        #expect(!block.contains("\u{1B}"))
        // Nothing lost: the same words as the unwrapped trace, the padding of its columns kept.
        let context = CommandContext(console: FakeConsole(), environment: [:], currentDirectory: workspace.root,
                                     now: { Date() }, makeSeed: { 1 })
        let scoring = try ScoringSetup.load(ParsedArguments(), context)
        let trace = TerminalText.inert(scoring.scorer.score(reply).rendered(with: scoring.rubric, explain: true))
        #expect(block.split(whereSeparator: \.isWhitespace) == trace.split(whereSeparator: \.isWhitespace))
        #expect(block.contains("    met     apology"))
        #expect(lines.contains { $0.hasPrefix("            ") }, "a verdict line continues under its text")
    }
}
