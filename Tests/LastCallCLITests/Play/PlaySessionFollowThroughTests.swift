import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

/// `play` on the simulated clock: the contacts as they start, the promise
/// tracked, the end card's promises, and the record's follow-through fields.
@Suite struct PlaySessionFollowThroughTests {
    static let scenario = """
    scenario: router-callback
    title: The callback that comes due
    clock: Tuesday 10:15
    ready: Wednesday 14:00
    customer: {name: Ada Okafor, mood: 45}
    steps:
      opening:
        customer: "My broadband has been down since Sunday. When will it work?"
        expect: [apology, time-frame, name-and-number]
        next:
          - when: promised
            contact: callback
            at: promise
          - goto: opening
      callback:
        customer: "It's {clock}. {agent|The last agent} said {promise}. Is it fixed?"
        expect: [apology, ownership]
        next:
          - when: promise kept
            end: resolved
          - when: [promise broken, contact < 3]
            contact: chase
            at: promise + 1 hour
          - end: lost
      chase:
        customer: "This is my {contact} call. You said {due}. Nothing."
        end: escalated
    examples:
      - name: under-promises and keeps it
        replies:
          - "I'm so sorry. My name is Priya; I'll call you by Thursday with the fix."
          - "Sorry for the wait: it's fixed, as promised."
        outcome: resolved
        contacts: 2
      - name: over-promises
        replies:
          - "I'm so sorry. I'll call you back by 4pm today."
          - "Not yet, sorry."
        outcome: escalated
        contacts: 3
        path: [opening, callback, chase]
    """

    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write(Self.scenario, to: "scenarios/router-callback.yaml")
        return workspace
    }

    @Test func theScenarioChecksAndItsExamplesPass() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["check", "scenarios/router-callback.yaml"])
        #expect(status == 0, "\(console.output)\(console.errors)")
        #expect(console.output.contains("2 examples run; 0 errors"), "\(console.output)")
    }

    @Test func playShowsEachContactThePromiseTrackedAndWhyItWasBroken() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("I'm so sorry. I'll call you back by 4pm today.\nNot yet, sorry.\n", to: "replies.txt")
        let (status, console) = workspace.run(["play", "router-callback", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(status == 1)
        let output = console.output
        #expect(output.contains("Tuesday 10:15, first contact\nAda Okafor: My broadband"), "\(output)")
        #expect(output.contains("  Promise tracked: \u{201C}by 4pm today\u{201D}, due 4pm today (Tuesday 16:00)\n"), "\(output)")
        #expect(output.contains("Tuesday 16:00, second contact\nAda Okafor: It's Tuesday 4pm. The last agent said by 4pm today. Is it fixed?"), "\(output)")
        #expect(output.contains("Tuesday 17:00, third contact\nAda Okafor: This is my third call. You said 4pm today. Nothing."), "\(output)")
        #expect(output.contains("Promises:\n- turn 1, contact 1: broken: promised \u{201C}by 4pm today\u{201D} (due Tuesday 16:00), but\n  the answer was ready only Wednesday 14:00\n"),
                "\(output)")
        #expect(output.contains("Contacts: first Tuesday 10:15, second Tuesday 16:00, third Tuesday 17:00."), "\(output)")
    }

    /// One blank line before each new contact, with coaching (which ends
    /// with one) or without.
    @Test(arguments: [[], ["--coach"]])
    func eachContactFollowsOneBlankLine(arguments: [String]) throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("I'm so sorry. I'll call you back by 4pm today.\nNot yet, sorry.\n", to: "replies.txt")
        let (_, console) = workspace.run(["play", "router-callback", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"] + arguments)
        for contact in ["Tuesday 16:00, second contact", "Tuesday 17:00, third contact"] {
            #expect(console.output.contains("\n\n" + contact) && !console.output.contains("\n\n\n" + contact), "\(console.output)")
        }
    }

    @Test func aKeptPromiseSaysSoAndTheCustomerUsesTheAgentsName() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("I'm so sorry. My name is Priya; I'll call you by Thursday with the fix.\nSorry for the wait: it's fixed, as promised.\n",
                            to: "replies.txt")
        let (_, console) = workspace.run(["play", "router-callback", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(console.output.contains("Thursday 17:00, second contact\nAda Okafor: It's Thursday 5pm. Priya said by Thursday. Is it fixed?"),
                "\(console.output)")
        #expect(console.output.contains("kept: promised \u{201C}by Thursday\u{201D} (due Thursday 17:00), and the\n  answer was ready Wednesday 14:00"),
                "\(console.output)")
    }

    @Test func theRecordAndPlayJSONCarryContactsPromisesAndTurnClocks() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("I'm so sorry. I'll call you back by 4pm today.\nNot yet, sorry.\n", to: "replies.txt")
        let (_, console) = workspace.run(["play", "router-callback", "--trainee", "sam", "--replies", "replies.txt", "--json", "--progress", "p"])
        let json = try JSONParser.parse(console.output.trimmingWhitespace())
        #expect(json["contacts"]?.jsonText == #"[{"number":1,"started":"2026-03-03T10:15","steps":["opening"]},{"number":2,"started":"2026-03-03T16:00","steps":["callback"]},{"number":3,"started":"2026-03-03T17:00","steps":["chase"]}]"#)
        #expect(json["promises"]?.jsonText == #"[{"turn":1,"contact":1,"words":"by 4pm today","due":"2026-03-03T16:00","kept":false}]"#)
        #expect(json["path"]?.jsonText == #"["opening","callback","chase"]"#)
        guard case .array(let turns)? = json["turns"] else {
            Issue.record("no turns")
            return
        }
        #expect(turns.map { $0["contact"] } == [.int(1), .int(2)])
        #expect(turns.map { $0["clock"] } == [.string("2026-03-03T10:15"), .string("2026-03-03T16:00")])
        let stored = try SessionRecord(json: JSONParser.parse(try #require(workspace.read("p/sam.jsonl")).trimmingWhitespace()))
        #expect(stored.contacts.count == 3)
        #expect(stored.promises.map(\.kept) == [false])
        // the scenario's ready, so a card rebuilt from either can say why
        #expect(json["ready"] == .string("2026-03-04T14:00"))
        #expect(stored.ready == LocalDateTime(year: 2026, month: 3, day: 4, hour: 14, minute: 0))
    }

    /// A promise padded to thousands of characters is kept whole in the
    /// record, but the customer, the promise line and the end card quote it
    /// by its two ends.
    @Test func aPaddedPromiseIsQuotedShortWhereverItIsSaidBack() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let padded = "by " + String(repeating: "really ", count: 500) + "4pm today"
        try workspace.write("I'm so sorry. I'll call you back \(padded).\nNot yet, sorry.\n", to: "replies.txt")
        let (_, console) = workspace.run(["play", "router-callback", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        let short = "by really really really \u{2026} really really 4pm today"
        #expect(console.output.contains("Promise tracked: \u{201C}\(short)\u{201D}"), "\(console.output)")
        #expect(console.output.contains("broken: promised \u{201C}by really really really \u{2026} really really\n  4pm today\u{201D}"), "\(console.output)")
        let stored = try SessionRecord(json: JSONParser.parse(try #require(workspace.read("p/sam.jsonl")).trimmingWhitespace()))
        #expect(stored.promises.map(\.words) == [padded])
        #expect(stored.turns.map(\.customer).last == "It's Tuesday 4pm. The last agent said \(short). Is it fixed?")
    }

    @Test func aSingleContactScenarioPlaysAsBeforeButRecordsItsContactAndPromise() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write(PlayCommandTests.scenario, to: "scenarios/late.yaml")
        try workspace.write("I'm so sorry about this. I'll take care of it myself.\nI'll call you back by 4pm today.\n", to: "replies.txt")
        let (_, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(!console.output.contains("first contact"))
        #expect(!console.output.contains("Promise"))
        let stored = try SessionRecord(json: JSONParser.parse(try #require(workspace.read("p/sam.jsonl")).trimmingWhitespace()))
        #expect(stored.contacts == [Contact(number: 1, started: Scenario.defaultClock, steps: ["opening", "when", "thanks"])])
        #expect(stored.promises.map(\.due.iso) == ["2026-03-02T16:00"])
        #expect(stored.promises.map(\.kept) == [nil])
    }
}
