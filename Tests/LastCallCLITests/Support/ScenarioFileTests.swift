import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

@Suite struct ScenarioFileTests {
    static let criteria = ScoringSetup.defaultCriteria

    @Test func aGoodFileLoadsWithItsHash() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        try workspace.write(PlayCommandTests.scenario, to: "scenarios/late.yaml")
        let context = CommandContext(console: FakeConsole(), environment: [:], currentDirectory: workspace.root)
        let file = try ScenarioFile.load("scenarios/late.yaml", criteria: Self.criteria, context: context)
        #expect(file.scenario?.id == "late")
        #expect(file.diagnostics.isEmpty)
        #expect(file.hash == SHA256.hex(PlayCommandTests.scenario))
        #expect(file.text == PlayCommandTests.scenario)
    }

    @Test func aFileThatDoesNotParseKeepsItsTextAndTheLocatedError() {
        let file = ScenarioFile.load(bytes: Array("a: &x 1\n".utf8), path: "bad.yaml", criteria: Self.criteria)
        #expect(file.scenario == nil)
        #expect(file.node == nil)
        #expect(file.text == "a: &x 1\n")
        #expect(file.diagnostics.map(\.location.description) == ["bad.yaml:1:4"])
    }

    @Test func aMissingFileIsAMissingInput() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        let context = CommandContext(console: FakeConsole(), environment: [:], currentDirectory: workspace.root)
        #expect(throws: CommandFailure.missing("nope.yaml: no such file")) {
            try ScenarioFile.load("nope.yaml", criteria: Self.criteria, context: context)
        }
    }
}
