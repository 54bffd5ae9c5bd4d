import Testing
@testable import LastCallKit

/// One document the reader must reject, and the exact first line of its error.
struct RejectCase: CustomTestStringConvertible, Sendable {
    var name: String
    var yaml: String
    var error: String
    var testDescription: String { name }
    init(_ name: String, _ yaml: String, _ error: String) {
        self.name = name
        self.yaml = yaml
        self.error = error
    }
}

@Suite struct YAMLErrorTests {
    static let outsideSubset: [RejectCase] = [
        RejectCase("anchor", "a: &x 1\n", "t.yaml:1:4: error: anchors ('&name') are not supported"),
        RejectCase("alias", "a: *x\n", "t.yaml:1:4: error: aliases ('*name') are not supported"),
        RejectCase("tag", "a: !!str 1\n", "t.yaml:1:4: error: tags ('!tag') are not supported"),
        RejectCase("local tag", "- !x 1\n", "t.yaml:1:3: error: tags ('!tag') are not supported"),
        RejectCase("directive", "%YAML 1.2\n---\na: 1\n", "t.yaml:1:1: error: directives ('%YAML', '%TAG') are not supported"),
        RejectCase("second document", "a: 1\n---\nb: 2\n", "t.yaml:2:1: error: only one document per file is supported, but a second one starts here"),
        RejectCase("content after end", "a: 1\n...\nb: 2\n", "t.yaml:3:1: error: only one document per file is supported, but there is content after the end marker '...'"),
        RejectCase("explicit key", "? a\n: b\n", "t.yaml:1:1: error: explicit keys ('? key') are not supported"),
        RejectCase("flow key", "[a]: b\n", "t.yaml:1:1: error: a key must be text, not a list"),
        RejectCase("flow mapping key", "x: {[a]: b}\n", "t.yaml:1:5: error: a key must be text, not a list"),
        RejectCase("duplicate key", "a: 1\nb: 2\n'a': 3\n", "t.yaml:3:1: error: duplicate key 'a' (first used on line 1)"),
        RejectCase("duplicate flow key", "{a: 1, a: 2}\n", "t.yaml:1:8: error: duplicate key 'a' (first used on line 1)"),
        RejectCase("tab indentation", "a:\n\tb: 1\n", "t.yaml:2:1: error: tabs are not allowed for indentation"),
        RejectCase("tab after spaces", "a:\n  \tb: 1\n", "t.yaml:2:3: error: tabs are not allowed for indentation"),
        RejectCase("empty key", ": a\n", "t.yaml:1:1: error: a key is missing before ':'"),
        RejectCase("multi-line key", "a\nb: c\n", "t.yaml:1:1: error: a key must fit on one line"),
        RejectCase("multi-line quoted key", "\"a\n b\": c\n", "t.yaml:1:1: error: a key must fit on one line"),
        RejectCase("pair in flow sequence", "[a: b]\n", "t.yaml:1:3: error: a 'key: value' pair directly inside '[ ]' is not supported"),
        RejectCase("question mark in flow", "{?x: y}\n", "t.yaml:1:2: error: '?' cannot start unquoted text"),
    ]

    static let malformed: [RejectCase] = [
        RejectCase("mapping on key line", "a: b: c\n", "t.yaml:1:4: error: a mapping cannot start on this line"),
        RejectCase("sequence on key line", "a: - b\n", "t.yaml:1:4: error: a list cannot start on this line"),
        RejectCase("mapping after marker", "--- a: b\n", "t.yaml:1:5: error: a mapping cannot start on this line"),
        RejectCase("over-indented", "a: b\n  c: d\n", "t.yaml:2:3: error: this key is indented 2 spaces, but the top-level keys start at column 1"),
        RejectCase("over-indented after quote", "a: 'b'\n  c\n", "t.yaml:2:3: error: this line is indented more than expected"),
        RejectCase("entry inside mapping", "a: 1\n- b\n", "t.yaml:2:1: error: expected a 'key: value' line"),
        RejectCase("text after quote", "a: \"b\" c\n", "t.yaml:1:8: error: unexpected text after the value"),
        RejectCase("unterminated double", "a: \"b\n", "t.yaml:1:4: error: a double-quoted text never ends (missing '\"')"),
        RejectCase("unterminated single", "a: 'b", "t.yaml:1:4: error: a single-quoted text never ends (missing \"'\")"),
        RejectCase("bad escape", "a: \"x\\qy\"\n", "t.yaml:1:6: error: '\\q' is not a valid escape in double-quoted text"),
        RejectCase("short hex escape", "a: \"\\x4\"\n", "t.yaml:1:5: error: '\\x4\"' is not a valid escape in double-quoted text"),
        RejectCase("unclosed flow", "a: [b, c\n", "t.yaml:1:4: error: '[' is never closed (missing ']')"),
        RejectCase("missing comma", "[a, {c: d} e]\n", "t.yaml:1:12: error: expected ',' or ']' here"),
        RejectCase("empty flow entry", "[a, , b]\n", "t.yaml:1:5: error: ',' cannot start unquoted text"),
        RejectCase("reserved indicator", "a: @b\n", "t.yaml:1:4: error: '@' cannot start unquoted text"),
        RejectCase("block scalar in flow", "[|\n a]\n", "t.yaml:1:2: error: '|' and '>' block text cannot appear inside '[ ]' or '{ }'"),
        RejectCase("bad block header", "a: |x\n  b\n", "t.yaml:1:5: error: invalid '|' or '>' header: only an indentation digit 1-9, '-' or '+' and a comment may follow"),
        RejectCase("leading spaces in block scalar", "a: |\n     \n  b\n", "t.yaml:2:6: error: a leading empty line of this block text has more spaces than its first line of text"),
        RejectCase("marker inside quotes", "a: \"b\n---\n c\"\n", "t.yaml:2:1: error: a document marker ('---' or '...') cannot appear inside quotes or brackets"),
        RejectCase("under-indented flow", "a: [b,\nc]\n", "t.yaml:2:1: error: this line is not indented enough to continue the value above"),
        RejectCase("kept block text ending in spaces", "- |+\n   ", "t.yaml:1:3: error: this block text ends the file without a final line break, which YAML parsers read differently"),
        RejectCase("block text ending without line break", "a: |\n  one", "t.yaml:1:4: error: this block text ends the file without a final line break, which YAML parsers read differently"),
        RejectCase("block text ending in a spaces line", "foo: |\n  x\n   ", "t.yaml:1:6: error: this block text ends the file without a final line break, which YAML parsers read differently"),
        RejectCase("kept folded text without line break", "a: >+\n  one", "t.yaml:1:4: error: this block text ends the file without a final line break, which YAML parsers read differently"),
        RejectCase("tab before a block collection", "a:\n \t- b\n", "t.yaml:2:2: error: tabs are not allowed for indentation"),
        RejectCase("tab-led block scalar line", "a: |\n\tb\n", "t.yaml:2:1: error: tabs are not allowed for indentation"),
        RejectCase("comment needs space", "a: \"b\"# c\n", "t.yaml:1:7: error: unexpected text after the value"),
    ]


    @Test(arguments: outsideSubset) func rejectsConstructsOutsideTheSubset(_ test: RejectCase) {
        #expect(throws: Never.self) { try Self.check(test) }
    }

    @Test(arguments: malformed) func rejectsMalformedDocuments(_ test: RejectCase) {
        #expect(throws: Never.self) { try Self.check(test) }
    }

    static func check(_ test: RejectCase) throws {
        do {
            let node = try YAMLReader.read(test.yaml, path: "t.yaml")
            Issue.record("accepted as \(node.jsonValue.jsonText)")
        } catch {
            #expect(error.description == test.error)
        }
    }

    @Test func invalidUTF8IsLocatedAtTheFirstBadByte() {
        let bytes: [UInt8] = Array("a: 1\nbé: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        #expect(throws: YAMLError.invalidUTF8(at: SourceLocation(path: "b.yaml", line: 2, column: 5))) {
            try YAMLReader.read(bytes: bytes, path: "b.yaml")
        }
    }

    @Test func nulMeansBinary() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        #expect(throws: YAMLError.binaryFile(at: SourceLocation(path: "p.png", line: 3, column: 1))) {
            try YAMLReader.read(bytes: bytes, path: "p.png")
        }
        let error = YAMLError.binaryFile(at: SourceLocation(path: "p.png", line: 3, column: 1))
        #expect(error.description == "p.png:3:1: error: this looks like a binary file, not YAML text")
    }

    @Test func controlCharactersAreRejected() {
        #expect(throws: YAMLError.disallowedCharacter(at: SourceLocation(path: "c.yaml", line: 1, column: 4), codePoint: 7)) {
            try YAMLReader.read("a: \u{7}\n", path: "c.yaml")
        }
        #expect(YAMLError.disallowedCharacter(at: SourceLocation(path: "c.yaml", line: 1, column: 4), codePoint: 7).message
            == "the character U+0007 is not allowed in YAML text")
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: |\r\n  x\r\n  y\r\n".utf8)
        let node = try YAMLReader.read(bytes: bytes, path: "w.yaml")
        #expect(node.jsonValue.jsonText == #"{"a":"1","b":"x\ny\n"}"#)
        #expect(node.pairs?[1].key.location == SourceLocation(path: "w.yaml", line: 2, column: 1))
    }

    @Test func emptyAndCommentOnlyFilesAreNullAtTheStart() throws {
        for text in ["", "# only a comment\n", "\n\n  \n"] {
            let node = try YAMLReader.read(text, path: "e.yaml")
            #expect(node.isNull)
            #expect(node.location == SourceLocation(path: "e.yaml", line: 1, column: 1))
        }
    }

    @Test func deepNestingIsCappedNotACrash() {
        let limit = YAMLReader.maximumDepth
        let flow = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: YAMLError.nestingTooDeep(at: SourceLocation(path: "d.yaml", line: 1, column: limit + 1), limit: limit)) {
            try YAMLReader.read(flow, path: "d.yaml")
        }
        let block = String(repeating: "- ", count: 10_000) + "x\n"
        #expect(throws: YAMLError.nestingTooDeep(at: SourceLocation(path: "d.yaml", line: 1, column: 2 * limit + 1), limit: limit)) {
            try YAMLReader.read(block, path: "d.yaml")
        }
        var indented = ""
        for level in 0..<10_000 { indented += String(repeating: " ", count: level) + "k:\n" }
        #expect(throws: YAMLError.nestingTooDeep(at: SourceLocation(path: "d.yaml", line: limit + 1, column: limit + 1), limit: limit)) {
            try YAMLReader.read(indented, path: "d.yaml")
        }
        let nested = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect((try? YAMLReader.read(nested, path: "d.yaml")) != nil)
    }

    @Test func longLinesAreRead() throws {
        let value = String(repeating: "x", count: 1_000_000)
        let node = try YAMLReader.read("a: " + value + "\n", path: "l.yaml")
        #expect(node["a"]?.scalar?.count == 1_000_000)
        let flow = "[" + Array(repeating: "ab", count: 200_000).joined(separator: ",") + "]"
        #expect(try YAMLReader.read(flow, path: "l.yaml").items?.count == 200_000)
    }

    @Test func longKeysAreRejected() {
        let key = String(repeating: "k", count: 1025)
        #expect(throws: YAMLError.keyTooLong(at: SourceLocation(path: "k.yaml", line: 1, column: 1), limit: 1024)) {
            try YAMLReader.read(key + ": v\n", path: "k.yaml")
        }
    }

    static func rendered(_ text: String) -> String {
        do {
            let node = try YAMLReader.read(text, path: "s.yaml")
            return "accepted as \(node.jsonValue.jsonText)"
        } catch {
            return DiagnosticRenderer(sources: ["s.yaml": text]).render(error.diagnostic)
        }
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpensWithTheFix() {
        let text = "steps:\n  a:\n    customer: \"Where is it?\n    expect: apology\n"
        #expect(Self.rendered(text) == """
            s.yaml:3:15: error: the double quote that opens this text is not closed on this line, so line 4 was read as more of the text
                    customer: "Where is it?
                              ^
              hint: add the closing '"' where the text ends (write \\" for a '"' inside it, or quote the text with ' instead)
            """)
        #expect(Self.rendered("a: 'here\nb: c\n") == """
            s.yaml:1:4: error: the single quote that opens this text is not closed on this line, so line 2 was read as more of the text
                a: 'here
                   ^
              hint: add the closing "'" where the text ends (write '' for a "'" inside it)
            """)
        // at the end of the file too
        #expect(Self.rendered("a: \"b\n") == """
            s.yaml:1:4: error: a double-quoted text never ends (missing '"')
                a: "b
                   ^
              hint: add the closing '"' where the text ends (write \\" for a '"' inside it, or quote the text with ' instead)
            """)
        // a quoted text may still go on over indented lines
        #expect(Self.rendered("a: \"one\n  two\"\n") == #"accepted as {"a":"one two"}"#)
    }

    @Test func aKeyOutOfLineWithItsSiblingsNamesTheirColumn() {
        // three spaces among four-space siblings: after the block ends
        #expect(Self.rendered("customer:\n    name: Ann\n   mood: 40\n") == """
            s.yaml:3:4: error: this key is indented 3 spaces, but the keys beside it are indented 4 (column 5)
                   mood: 40
                   ^
              hint: indent it to column 5 like its siblings
            """)
        // five spaces among four-space siblings: after a value
        #expect(Self.rendered("customer:\n    name: Ann\n     mood: 40\n") == """
            s.yaml:3:6: error: this key is indented 5 spaces, but the keys beside it are indented 4 (column 5)
                     mood: 40
                     ^
              hint: indent it to column 5 like its siblings
            """)
        // a key of a list entry's mapping, one space short or over
        #expect(Self.rendered("next:\n  - when: apology\n   goto: done\n").hasPrefix(
            "s.yaml:3:4: error: this key is indented 3 spaces, but the keys beside it are indented 4 (column 5)"))
        #expect(Self.rendered("next:\n  - when: apology\n     goto: done\n").hasPrefix(
            "s.yaml:3:6: error: this key is indented 5 spaces, but the keys beside it are indented 4 (column 5)"))
        // between two levels, under a nested mapping
        #expect(Self.rendered("a:\n  b:\n    c: 1\n   d: 2\n").hasPrefix(
            "s.yaml:4:4: error: this key is indented 3 spaces, but the keys beside it are indented 4 (column 5)"))
    }

    @Test func errorsBecomeDiagnosticsWithACaret() {
        let text = "a: 1\nb: &x 2\n"
        do {
            _ = try YAMLReader.read(text, path: "s.yaml")
            Issue.record("accepted")
        } catch {
            let rendered = DiagnosticRenderer(sources: ["s.yaml": text]).render(error.diagnostic)
            #expect(rendered == "s.yaml:2:4: error: anchors ('&name') are not supported\n    b: &x 2\n       ^\n  hint: write the value out in full where it is used")
        }
    }
}
