import Testing
@testable import LastCallKit

@Suite struct JSONParserTests {
    @Test(arguments: [
        ("null", JSONValue.null),
        (" true ", .bool(true)),
        ("false", .bool(false)),
        ("0", .int(0)),
        ("-42", .int(-42)),
        ("9007199254740993", .int(9_007_199_254_740_993)),
        ("1.5", .double(1.5)),
        ("-2e3", .double(-2000)),
        ("1E-2", .double(0.01)),
        ("99999999999999999999", .double(1e20)),
        (#""a\"b\\c\/d\b\f\n\r\t""#, .string("a\"b\\c/d\u{8}\u{C}\n\r\t")),
        (#""\u00e9\u20AC\ud83d\ude00""#, .string("\u{E9}\u{20AC}\u{1F600}")),
        ("\"caf\u{E9}\"", .string("caf\u{E9}")),
        ("[]", .array([])),
        ("[1, [2], {}]", .array([.int(1), .array([.int(2)]), .object([])])),
        (#"{"b": 1, "a": [true]}"#, .object([("b", .int(1)), ("a", .array([.bool(true)]))])),
    ])
    func readsEveryKindOfValue(text: String, value: JSONValue) throws {
        #expect(try JSONParser.parse(text) == value)
    }

    @Test(arguments: [
        ("", "unexpected end of text", 0),
        ("nul", "unexpected end of text", 0),
        ("nulx", "unexpected character", 0),
        ("01", "a number may not start with 0", 2),
        ("1.", "expected digits after '.'", 2),
        ("1e", "expected digits in the exponent", 2),
        ("-", "unexpected character", 1),
        ("[1 2]", "expected ',' or ']' in an array", 3),
        ("[1,", "unexpected end of text", 3),
        (#"{"a" 1}"#, "expected ':' after a key", 5),
        ("{1: 2}", "expected a quoted key", 1),
        (#"{"a": 1"#, "unexpected end of text in an object", 7),
        (#"{"a": 1 "b": 2}"#, "expected ',' or '}' in an object", 8),
        ("\"abc", "unterminated string", 4),
        ("\"a\u{1}b\"", "unescaped control character in a string", 2),
        (#""\x""#, "unknown escape in a string", 3),
        (#""\u12G4""#, #"bad hex digit in a \u escape"#, 5),
        (#""\ud800""#, "unpaired surrogate in a string", 7),
        (#""\udc00""#, "unpaired surrogate in a string", 7),
        ("1 2", "unexpected text after the JSON value", 2),
    ])
    func rejectsMalformedTextWithWhereItWentWrong(text: String, message: String, offset: Int) {
        #expect(throws: JSONParser.Failure(message: message, offset: offset)) { try JSONParser.parse(text) }
    }

    @Test func invalidUTF8InAStringIsRejected() {
        #expect(throws: JSONParser.Failure(message: "invalid UTF-8 in a string", offset: 1)) {
            try JSONParser.parse(bytes: [0x22, 0xFF, 0x22])
        }
    }

    @Test func nestingIsCappedSoHostileInputCannotOverflowTheStack() throws {
        let depth = JSONParser.maximumDepth
        let tooDeep = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(tooDeep) }
        let allowed = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(try JSONParser.parse(allowed) != .null)
        let hostile = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParser.Failure(message: "nesting deeper than 200 levels", offset: 200)) { try JSONParser.parse(hostile) }
    }

    @Test func theFailureSaysTheOneBasedByte() {
        #expect(JSONParser.Failure(message: "unexpected character", offset: 4).description == "unexpected character (at byte 5)")
    }
}
