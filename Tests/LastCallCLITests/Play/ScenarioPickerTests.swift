import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

/// `lastcall play` with no scenario at the terminal: the list to pick from.
@Suite struct ScenarioPickerTests {
    /// A long title wraps under itself, and the list fits a 40-column screen.
    @Test func theListFitsANarrowTerminalAndANumberPicks() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let long = PlayCommandTests.scenario
            .replacingOccurrences(of: "scenario: late", with: "scenario: long")
            .replacingOccurrences(of: "title: Late order", with: "title: 'The name-and-blame game: \"Can I speak to the person I spoke to?\"'")
        try workspace.write(PlayCommandTests.scenario, to: "scenarios/late.yaml")
        try workspace.write(long, to: "scenarios/long.yaml")
        let console = FakeConsole(input: ["2"], isInteractive: true)
        console.width = 40
        _ = workspace.run(["play", "--trainee", "sam", "--progress", "p"], console: console)
        let list = console.output.components(separatedBy: "Number (or q to quit): ").first ?? ""
        #expect(list == """
        Pick a scenario to practise:
          1   [level 1] Late order
          2   [level 1] The name-and-blame game:
                        "Can I speak to the
                        person I spoke to?"

        """, "\(console.output)")
        #expect(try SessionRecord(json: JSONParser.parse(try #require(workspace.read("p/sam.jsonl")).trimmingWhitespace())).scenario == "long")
    }
}
