import Testing
@testable import LastCallKit

/// The reader's input checks and its one-line quoted scalars: the quick
/// paths (a clean file handed back as is, a quoted text read as the bytes
/// between its quotes) must give what the byte-by-byte paths give.
@Suite struct YAMLInputTests {
    @Test func aCleanFileIsHandedBackUnchanged() throws {
        let bytes = Array("a: café\n\tb: \"x\"\n".utf8)
        #expect(try YAMLInput.normalize(bytes, path: "t.yaml") == bytes)
    }

    @Test(arguments: [
        ("\u{FEFF}a: 1\n", "a: 1\n"),
        ("a: 1\r\nb: é\r\n", "a: 1\nb: é\n"),
        ("a: é\rb: 2", "a: é\nb: 2"),
        ("\u{FEFF}a: 1\r\n", "a: 1\n"),
    ])
    func byteOrderMarksAndCarriageReturnsAreRewritten(input: String, expected: String) throws {
        #expect(try YAMLInput.normalize(Array(input.utf8), path: "t.yaml") == Array(expected.utf8))
    }

    @Test(arguments: [
        // a problem after a clean stretch, and after a rewritten one
        ("a: é\u{7}", YAMLError.disallowedCharacter(at: SourceLocation(path: "t.yaml", line: 1, column: 5), codePoint: 7)),
        ("a\r\nb: \u{7}", YAMLError.disallowedCharacter(at: SourceLocation(path: "t.yaml", line: 2, column: 4), codePoint: 7)),
        ("a: \u{85}", YAMLError.disallowedCharacter(at: SourceLocation(path: "t.yaml", line: 1, column: 4), codePoint: 0x85)),
        ("a\nb: \u{2028}", YAMLError.disallowedCharacter(at: SourceLocation(path: "t.yaml", line: 2, column: 4), codePoint: 0x2028)),
        ("a: x\u{FEFF}", YAMLError.byteOrderMark(at: SourceLocation(path: "t.yaml", line: 1, column: 5))),
    ])
    func problemsAreReportedWhereTheyStand(input: String, expected: YAMLError) {
        #expect(throws: expected) { try YAMLInput.normalize(Array(input.utf8), path: "t.yaml") }
    }

    @Test func invalidUTF8AfterACleanStretchIsReported() {
        let bytes = Array("a: ok\nb: ".utf8) + [0xC3, 0x28]
        #expect(throws: YAMLError.invalidUTF8(at: SourceLocation(path: "t.yaml", line: 2, column: 4))) {
            try YAMLInput.normalize(bytes, path: "t.yaml")
        }
    }

    @Test(arguments: [
        // (document, the value of `a`, its style) – the next key must still be read
        ("a: \"one line\"\nb: x\n", "one line", ScalarStyle.doubleQuoted),
        ("a: \"\"\nb: x\n", "", .doubleQuoted),
        ("a: \"é \u{2019}s # not a comment\"  # a comment\nb: x\n", "é \u{2019}s # not a comment", .doubleQuoted),
        ("a: \"it's\"\nb: x\n", "it's", .doubleQuoted),
        ("a: \"tab\\there\"\nb: x\n", "tab\there", .doubleQuoted),
        ("a: \"quote \\\" inside\"\nb: x\n", "quote \" inside", .doubleQuoted),
        ("a: \"two\n  lines\"\nb: x\n", "two lines", .doubleQuoted),
        ("a: 'one line'\nb: x\n", "one line", .singleQuoted),
        ("a: 'it''s'\nb: x\n", "it's", .singleQuoted),
        ("a: 'back\\slash \"q\"'\nb: x\n", "back\\slash \"q\"", .singleQuoted),
        ("a: ''\nb: x\n", "", .singleQuoted),
        ("a: 'two\n  lines'\nb: x\n", "two lines", .singleQuoted),
    ] as [(String, String, ScalarStyle)])
    func quotedTextsReadAsWritten(document: String, value: String, style: ScalarStyle) throws {
        let root = try YAMLReader.read(document, path: "t.yaml")
        #expect(root["a"]?.scalar == value)
        #expect(root["a"]?.scalarStyle == style)
        #expect(root["a"]?.location == SourceLocation(path: "t.yaml", line: 1, column: 4))
        #expect(root["b"]?.scalar == "x")
    }

    @Test func aFlowListOfQuotedTextsKeepsItsLocations() throws {
        let root = try YAMLReader.read("k: [\"é\", 'b''c', \"d\"]\n", path: "t.yaml")
        let items = root["k"]?.items ?? []
        #expect(items.map(\.scalar) == ["é", "b'c", "d"])
        #expect(items.map(\.location.column) == [5, 10, 18])
    }

    @Test func anUnclosedQuoteIsStillReported() {
        #expect(throws: YAMLError.unterminatedQuote(at: SourceLocation(path: "t.yaml", line: 1, column: 4), isDouble: true)) {
            try YAMLReader.read("a: \"never closed", path: "t.yaml")
        }
    }
}

extension YAMLInputTests {
    @Test(arguments: [
        // a NUL anywhere makes the file binary, even after another problem
        ("a: 1\n\u{0}", 2, 1),
        ("a: \u{7}\nb: \u{0}", 2, 4),
        ("a\r\n\u{FEFF}b\n\u{0}", 3, 1),
    ])
    func aNULAnywhereMakesTheFileBinary(input: String, line: Int, column: Int) {
        #expect(throws: YAMLError.binaryFile(at: SourceLocation(path: "t.yaml", line: line, column: column))) {
            try YAMLInput.normalize(Array(input.utf8), path: "t.yaml")
        }
    }
}
