import Foundation
import Testing
@testable import LastCallKit

/// The JSON Schema editors use must allow exactly the keys the loader allows.
@Suite struct ScenarioSchemaTests {
    static let schema: JSONValue = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios/scenario.schema.json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return (try? JSONParser.parse(bytes: [UInt8](data))) ?? .null
    }()

    func keys(_ value: JSONValue?) -> [String] {
        if case .object(let pairs)? = value?["properties"] { return pairs.map(\.0).sorted() }
        return []
    }

    @Test func schemaKeysMatchTheLoader() {
        let definitions = Self.schema["definitions"]
        #expect(keys(Self.schema) == ScenarioLoader.topKeys.sorted())
        #expect(keys(Self.schema["properties"]?["customer"]) == ScenarioLoader.customerKeys.sorted())
        #expect(keys(definitions?["step"]) == ScenarioLoader.stepKeys.sorted())
        #expect(keys(definitions?["branch"]) == ScenarioLoader.branchKeys.sorted())
        #expect(keys(definitions?["any"]) == ScenarioLoader.anyKeys.sorted())
        #expect(keys(definitions?["example"]) == ScenarioLoader.exampleKeys.sorted())
        #expect(definitions?["outcome"]?["enum"] == .array(Outcome.allCases.map { .string($0.rawValue) }))
    }
}
