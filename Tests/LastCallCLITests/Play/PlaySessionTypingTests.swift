import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

/// What a new trainee types at the terminal, good and bad, driven through
/// the fake console: a pasted paragraph, empty lines, escapes, long lines.
@Suite struct PlaySessionTypingTests {
    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write(PlayCommandTests.scenario, to: "scenarios/late.yaml")
        return workspace
    }

    /// Chunks as the terminal delivers them, no line breaks added.
    func play(_ workspace: Workspace, chunks: [String], arguments: [String] = []) -> (status: Int32, output: String) {
        let console = FakeConsole(input: chunks, isInteractive: true)
        console.addsLineBreaks = false
        let (status, _) = workspace.run(["play", "late", "--trainee", "sam", "--progress", "p"] + arguments, console: console)
        return (status, console.output)
    }

    func savedRecord(_ workspace: Workspace) throws -> SessionRecord {
        try SessionRecord(json: JSONParser.parse(try #require(workspace.read("p/sam.jsonl")).trimmingWhitespace()))
    }

    /// A paragraph pasted over three lines is one reply, said so, and the
    /// customer answers it once.
    @Test func aPastedParagraphIsOneReply() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let (start, end) = (PasteMarks.start, PasteMarks.end)
        let (status, output) = play(workspace, chunks: [
            "\(start)I'm so sorry about this.\n", "I'll take care of it myself.\n", "Leave it with me.\(end)\n",
            "I'll call you back by 4pm today.\n", "\n",
        ])
        #expect(status == 0, "\(output)")
        #expect(output.contains("  (3 pasted lines, sent as one reply)\nDana: When will I hear?"), "\(output)")
        let record = try savedRecord(workspace)
        #expect(record.turns.map(\.reply) == ["I'm so sorry about this. I'll take care of it myself. Leave it with me.",
                                             "I'll call you back by 4pm today."])
        #expect(record.outcome == .resolved)
        #expect(!output.contains(start) && !output.contains(end))
    }

    /// A paste longer than a reply may be is refused once, as one reply:
    /// none of its lines arrives as a reply of its own, and the trainee
    /// replies again.
    @Test func aPasteOverTheReplyLimitIsRefusedWhole() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let line = String(repeating: "word ", count: 200) + "\n"
        let paste = [PasteMarks.start + line] + Array(repeating: line, count: 8) + ["the end" + PasteMarks.end + "\n"]
        let (_, output) = play(workspace, chunks: paste + ["I'm so sorry about this. I'll take care of it myself.\n"])
        #expect(output.components(separatedBy: "Not sent: that paste is longer than a reply may be (4000 characters).").count - 1 == 1,
                "\(output)")
        let record = try savedRecord(workspace)
        #expect(record.turns.map(\.reply) == ["I'm so sorry about this. I'll take care of it myself."])
    }

    /// A flag pasted at "Press Enter for your results" is taken, marks and all.
    @Test func aFlagPastedAfterTheCallIsTaken() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let console = FakeConsole(input: ["I'm so sorry about this. I'll take care of it myself.", "I'll call you back by 4pm today.",
                                          PasteMarks.start + "/flag time-frame I said when" + PasteMarks.end, ""], isInteractive: true)
        _ = workspace.run(["play", "late", "--trainee", "sam", "--progress", "p"], console: console)
        #expect(console.output.contains("Flagged the Give a time-frame verdict (met) on reply 2"), "\(console.output)")
        #expect(try savedRecord(workspace).flags.map(\.note) == ["I said when"])
    }

    /// Enter on an empty line, or on only spaces, sends nothing: the first
    /// time says so, later ones just prompt again.
    @Test func anEmptyLineSendsNothingAndSaysSoOnce() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let (_, output) = play(workspace, chunks: ["\n", "     \n", "\t\n"])
        #expect(output.components(separatedBy: "Nothing sent: type your reply, then press Enter.").count - 1 == 1, "\(output)")
        #expect(output.components(separatedBy: "you> ").count - 1 == 4)
        #expect(try savedRecord(workspace).turns.isEmpty)
    }

    /// A line over a screen long, then escapes and a direction override:
    /// each is taken as typed, shown inert, and fits the screen when shown.
    @Test func hostileRepliesAreTakenAsTypedAndShownInert() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let escapes = "It's \u{1B}[31mred\u{1B}[0m and \u{1B}]0;pwned\u{7} title \u{202E}desrever"
        let long = String(repeating: "sorry ", count: 60) + "I'll take care of it myself."
        let (_, output) = play(workspace, chunks: [long + "\n", escapes + "\n"])
        #expect(!output.contains("\u{1B}") && !output.contains("\u{202E}") && !output.contains("\u{7}"))
        #expect(output.split(separator: "\n").filter { $0.count > 80 } == [], "\(output)")
        let record = try savedRecord(workspace)
        #expect(record.turns.map(\.reply) == [long, escapes])
    }
}

extension PlaySessionTypingTests {
    /// On a narrow terminal every line of the session fits: the brief, the
    /// customer, the mood meter, coaching and the whole end card, with a
    /// flag and the end reasons' explanations.
    @Test(arguments: [40, 52, 80])
    func everyLineOfPlayFitsTheTerminal(width: Int) throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let console = FakeConsole(input: ["I'm so sorry, this is Sam Lee. I'll take care of it myself.", "/flag time-frame I did say when",
                                          "/hint", "/frobnicate the customer please", "Unsure.", "/flag", ""], isInteractive: true)
        console.width = width
        _ = workspace.run(["play", "late", "--trainee", "sam", "--progress", "p", "--coach"], console: console)
        #expect(console.output.contains("Outcome: escalated"))
        // The fake console does not echo what was typed, so what follows a
        // prompt lands on its line: at a terminal it starts a line of its own.
        let lines = console.output.replacingOccurrences(of: "you> ", with: "you>\n").split(separator: "\n").map(String.init)
        let over = lines.filter { $0.count > width }
        #expect(over.isEmpty, "\(over.joined(separator: "\n"))")
        #expect(console.output.contains("Unknown command /frobnicate"))

        // A script's transcript too: its replies and flags wrap.
        try workspace.write("I'm so sorry, this is Sam Lee from the dispatch team. I'll take care of it myself, all of it.\n"
                            + "/flag ownership I owned it, all of it, in the first person, as the rubric asks\nUnsure.\n", to: "replies.txt")
        let scripted = FakeConsole()
        scripted.width = width
        _ = workspace.run(["play", "late", "--trainee", "sam", "--progress", "p", "--replies", "replies.txt"], console: scripted)
        #expect(scripted.output.contains("Outcome: escalated"))
        let overScripted = scripted.output.split(separator: "\n").filter { $0.count > width }
        #expect(overScripted.isEmpty, "\(overScripted.joined(separator: "\n"))")
    }
}
