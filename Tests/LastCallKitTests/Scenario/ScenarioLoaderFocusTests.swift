import Foundation
import Testing
@testable import LastCallKit

/// A scenario's optional `focus`: the criteria it is built to train.
@Suite struct ScenarioLoaderFocusTests {
    /// The loader tests' scenario with `focus` written after its `criteria` line.
    func load(focus: String) throws -> (Scenario?, [String]) {
        let text = ScenarioLoaderTests.good.replacingOccurrences(
            of: "criteria: [apology, ownership, no-blame]\n", with: "criteria: [apology, ownership, no-blame]\nfocus: \(focus)\n")
        return try ScenarioLoaderTests().load(text)
    }

    @Test func readsTheFocusInRubricOrder() throws {
        let (scenario, messages) = try load(focus: "[no-blame, apology]")
        #expect(messages.isEmpty)
        #expect(scenario?.focus == ["apology", "no-blame"])
        #expect(try load(focus: "ownership").0?.focus == ["ownership"])
        #expect(try ScenarioLoaderTests().load(ScenarioLoaderTests.good).0?.focus == [])
    }

    @Test func anUnknownCriterionGetsADidYouMeanAtItsColumn() throws {
        let (scenario, messages) = try load(focus: "[apology, no-blam]")
        #expect(scenario == nil)
        #expect(messages.first?.hasPrefix("scenarios/late.yaml:9:18: error: unknown criterion 'no-blam' in 'focus'") == true, "\(messages)")
        #expect(messages.first?.contains("did you mean 'no-blame'?") == true)
    }

    @Test func aCriterionTheScenarioDoesNotScoreIsAnErrorWithTheFix() throws {
        let (scenario, messages) = try load(focus: "[time-frame]")
        #expect(scenario == nil)
        #expect(messages.first?.hasPrefix("scenarios/late.yaml:9:9: error: 'focus' names 'time-frame', which this scenario does not score") == true, "\(messages)")
        #expect(messages.first?.contains("add 'time-frame' to the scenario's 'criteria' or remove it from 'focus'") == true)
    }

    @Test func aRepeatIsAWarning() throws {
        let (scenario, messages) = try load(focus: "[apology, apology]")
        #expect(scenario?.focus == ["apology"])
        #expect(messages.first?.hasPrefix("scenarios/late.yaml:9:18: warning: criterion 'apology' is listed twice in 'focus'") == true, "\(messages)")
    }

    @Test func everyShippedScenarioNamesItsFocusRightAfterItsCriteria() throws {
        let folder = ScenarioHeaderTests.root.appendingPathComponent("scenarios")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count >= 10)
        var focused = 0
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard let at = lines.firstIndex(where: { $0.hasPrefix("criteria:") }) else { continue }
            let path = "scenarios/" + name
            let (scenario, diagnostics) = ScenarioLoader(knownCriteria: ScenarioLoaderTests.criteria).load(try YAMLReader.read(text, path: path), path: path)
            if lines[at + 1].hasPrefix("focus:") {
                focused += 1
                #expect(scenario?.focus.isEmpty == false, "\(name): \(diagnostics)")
            }
        }
        // The twelve scenarios the library had when focus came in all name one.
        #expect(focused >= 12)
    }

    @Test func theSchemaKnowsTheKey() throws {
        let schema = try String(contentsOf: ScenarioHeaderTests.root.appendingPathComponent("scenarios/scenario.schema.json"), encoding: .utf8)
        let value = try JSONParser.parse(schema)
        #expect(value["properties"]?["focus"] != nil)
    }
}
