import Testing
@testable import LastCallKit

@Suite struct FieldReaderTests {
    static let object = JSONValue.object([
        ("name", .string("sam")), ("count", .int(3)), ("whole", .double(4)), ("half", .double(4.5)), ("flag", .bool(true)),
        ("list", .array([.string("a"), .string("b")])), ("mixed", .array([.string("a"), .int(1)])), ("none", .null),
    ])

    @Test func readsEachTypedField() throws {
        var reader = FieldReader(Self.object)
        #expect(try reader.string("name") == "sam")
        #expect(try reader.int("count") == 3)
        #expect(try reader.int("whole") == 4)
        #expect(try reader.bool("flag"))
        #expect(try reader.strings("list") == ["a", "b"])
        #expect(try reader.optionalString("name") == "sam")
        #expect(try reader.optionalString("none") == nil)
        #expect(try reader.optionalString("absent") == nil)
    }

    @Test(arguments: [
        ("absent", "missing field 'absent'"),
        ("count", "field 'count' should be a string"),
    ])
    func aStringThatIsNotThereOrNotAStringNamesTheField(key: String, message: String) {
        var reader = FieldReader(Self.object)
        #expect(throws: RecordError(message)) { try reader.string(key) }
    }

    @Test func everyMistypedFieldNamesItself() {
        var reader = FieldReader(Self.object)
        #expect(throws: RecordError("field 'half' should be a whole number")) { try reader.int("half") }
        #expect(throws: RecordError("field 'name' should be a whole number")) { try reader.int("name") }
        #expect(throws: RecordError("field 'count' should be true or false")) { try reader.bool("count") }
        #expect(throws: RecordError("field 'name' should be a list")) { try reader.strings("name") }
        #expect(throws: RecordError("field 'mixed' should hold only strings")) { try reader.strings("mixed") }
        #expect(throws: RecordError("field 'count' should be a string")) { try reader.optionalString("count") }
    }

    @Test func aValueThatIsNotAnObjectIsNotARecord() {
        var reader = FieldReader(.array([]))
        #expect(throws: RecordError("expected a JSON object")) { try reader.string("id") }
        #expect(RecordError("bad").description == "bad")
    }
}
