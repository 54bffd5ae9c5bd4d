import Testing
@testable import LastCallKit

@Suite struct JSONValueTests {
    @Test func objectsCompareWithTheirKeyOrder() {
        let ab = JSONValue.object([("a", .int(1)), ("b", .int(2))])
        let ba = JSONValue.object([("b", .int(2)), ("a", .int(1))])
        #expect(ab == .object([("a", .int(1)), ("b", .int(2))]))
        #expect(ab != ba)
        #expect(ab != .object([("a", .int(1))]))
        #expect(Set([ab, ab, ba]).count == 2)
    }

    @Test func differentKindsAreNeverEqual() {
        #expect(JSONValue.int(1) != .double(1))
        #expect(JSONValue.string("1") != .int(1))
        #expect(JSONValue.null != .array([]))
        #expect(JSONValue.bool(false) != .null)
    }

    @Test func subscriptFindsAKeyInAnObjectOnly() {
        let value = JSONValue.object([("a", .int(1)), ("b", .object([("c", .null)]))])
        #expect(value["a"] == .int(1))
        #expect(value["b"]?["c"] == .null)
        #expect(value["z"] == nil)
        #expect(JSONValue.array([.int(1)])["a"] == nil)
        #expect(JSONValue.string("a")["a"] == nil)
    }

    @Test func compactAndPrettyText() {
        let value = JSONValue.object([("name", .string("Sam")), ("scores", .array([.int(1), .double(2.5)])), ("empty", .object([])), ("none", .array([]))])
        #expect(value.jsonText == #"{"name":"Sam","scores":[1,2.5],"empty":{},"none":[]}"#)
        #expect(value.prettyJSONText == """
        {
          "name": "Sam",
          "scores": [
            1,
            2.5
          ],
          "empty": {},
          "none": []
        }
        """)
    }

    @Test(arguments: [
        JSONValue.null, .bool(true), .int(-7), .double(0.25), .string("line\nbreak \u{1B} \u{1F600}"),
        .array([.int(1), .string("x")]), .object([("k", .object([("nested", .array([]))]))]),
    ])
    func textReadsBackAsTheSameValue(value: JSONValue) throws {
        #expect(try JSONParser.parse(value.jsonText) == value)
        #expect(try JSONParser.parse(value.prettyJSONText) == value)
    }
}
