import Testing
@testable import LastCallKit

/// One document and the compact JSON it must read as.
struct ReadCase: CustomTestStringConvertible, Sendable {
    var name: String
    var yaml: String
    var json: String
    var testDescription: String { name }
    init(_ name: String, _ yaml: String, _ json: String) {
        self.name = name
        self.yaml = yaml
        self.json = json
    }
}

@Suite struct YAMLReaderTests {
    static let blockCases: [ReadCase] = [
        ReadCase("mapping", "a: 1\nb: two\n", #"{"a":"1","b":"two"}"#),
        ReadCase("nested mapping", "a:\n  b:\n    c: d\n  e: f\n", #"{"a":{"b":{"c":"d"},"e":"f"}}"#),
        ReadCase("sequence", "- a\n- b\n", #"["a","b"]"#),
        ReadCase("sequence of mappings", "- a: 1\n  b: 2\n- c: 3\n", #"[{"a":"1","b":"2"},{"c":"3"}]"#),
        ReadCase("zero-indented sequence", "key:\n- a\n- b\nnext: c\n", #"{"key":["a","b"],"next":"c"}"#),
        ReadCase("nested compact sequences", "- - a\n  - b\n- c\n", #"[["a","b"],"c"]"#),
        ReadCase("entry on next line", "-\n  a: 1\n-\n", #"[{"a":"1"},null]"#),
        ReadCase("absent value", "key:\nother: x\n", #"{"key":null,"other":"x"}"#),
        ReadCase("no type resolution", "a: yes\nb: 1.0\nc: ~\nd: null\n", #"{"a":"yes","b":"1.0","c":"~","d":"null"}"#),
        ReadCase("indented top level", "  a: 1\n  b: 2\n", #"{"a":"1","b":"2"}"#),
        ReadCase("key with spaces before colon", "a b  : c\n", #"{"a b":"c"}"#),
        ReadCase("document markers", "---\na: 1\n...\n# done\n", #"{"a":"1"}"#),
        ReadCase("scalar after marker", "--- text\n", #""text""#),
        ReadCase("empty", "", "null"),
        ReadCase("comments only", "# one\n\n   # two\n", "null"),
        ReadCase("marker only", "---\n", "null"),
    ]

    static let plainCases: [ReadCase] = [
        ReadCase("hash inside word", "a: b#c\n", #"{"a":"b#c"}"#),
        ReadCase("comment", "a: b #c\n", #"{"a":"b"}"#),
        ReadCase("colon inside word", "url: http://x.org/a:b\n", #"{"url":"http://x.org/a:b"}"#),
        ReadCase("indicators inside", "a: b, [c] {d} -e ?f\n", #"{"a":"b, [c] {d} -e ?f"}"#),
        ReadCase("leading dash and colon", "- -x\n- :y\n- ?z\n", #"["-x",":y","?z"]"#),
        ReadCase("folding", "a: one\n  two\n\n  three\n\n\n  four\n", #"{"a":"one two\nthree\n\nfour"}"#),
        ReadCase("continuation trims", "a: one   \n     two  \n", #"{"a":"one two"}"#),
        ReadCase("dash continues text", "a: one\n  - two\n", #"{"a":"one - two"}"#),
        ReadCase("top-level multi-line", "one\ntwo\n", #""one two""#),
        ReadCase("tab inside text", "a: b\tc\n", #"{"a":"b\tc"}"#),
        ReadCase("spaces then tab before value", "a:\n \tb\n", #"{"a":"b"}"#),
        ReadCase("blank lines with tabs", "a: 1\n\t\nb: 2\n", #"{"a":"1","b":"2"}"#),
        ReadCase("unicode", "name: Zoë 日本\n", #"{"name":"Zoë 日本"}"#),
    ]

    static let quotedCases: [ReadCase] = [
        ReadCase("single", "a: 'it''s # x'\n", #"{"a":"it's # x"}"#),
        ReadCase("single folding", "a: 'one\n  two\n\n  three '\n", #"{"a":"one two\nthree "}"#),
        ReadCase("double escapes", "a: \"\\0\\a\\b\\t\\\t\\n\\v\\f\\r\\e\\ \\\"\\/\\\\\"\n", #"{"a":"\u0000\u0007\u0008\t\t\n\u000b\u000c\r\u001b \"/\\"}"#),
        ReadCase("unicode escapes", #"a: "\N\_\L\P\x41\u00e9\U0001F600""# + "\n", "{\"a\":\"\\u0085\u{A0}\\u2028\\u2029Aé😀\"}"),
        ReadCase("double folding", "a: \"one \n  two\n\n  three\"\n", #"{"a":"one two\nthree"}"#),
        ReadCase("escaped line break", "a: \"one \\\n    two\"\n", #"{"a":"one two"}"#),
        ReadCase("escaped blank kept", "a: \"one\\t\n  two\"\n", #"{"a":"one\t two"}"#),
        ReadCase("quoted key", "\"a b\": 1\n'c': 2\n", #"{"a b":"1","c":"2"}"#),
    ]

    static let blockScalarCases: [ReadCase] = [
        ReadCase("literal clip", "a: |\n  one\n  two\n\nb: x\n", #"{"a":"one\ntwo\n","b":"x"}"#),
        ReadCase("literal strip", "a: |-\n  one\n\n", #"{"a":"one"}"#),
        ReadCase("literal keep", "a: |+\n  one\n\n\nb: x\n", #"{"a":"one\n\n\n","b":"x"}"#),
        ReadCase("literal keeps indentation", "a: |\n  one\n    two\n  # not a comment\n", #"{"a":"one\n  two\n# not a comment\n"}"#),
        ReadCase("explicit indentation", "a: |2\n    one\n  two\n", #"{"a":"  one\ntwo\n"}"#),
        ReadCase("indicator order", "a: >-1\n  one\n b: c\n", #"{"a":" one\nb: c"}"#),
        ReadCase("folded", "a: >\n  one\n  two\n\n  three\n", #"{"a":"one two\nthree\n"}"#),
        ReadCase("folded more indented", "a: >\n  one\n    two\n  three\n\n    four\n  five\n", #"{"a":"one\n  two\nthree\n\n  four\nfive\n"}"#),
        ReadCase("leading empty lines", "a: |\n\n  one\n", #"{"a":"\none\n"}"#),
        ReadCase("empty block scalar", "a: |\nb: |+\n\nc: x\n", #"{"a":"","b":"\n","c":"x"}"#),
        ReadCase("no final line break, stripped", "a: |-\n  one", #"{"a":"one"}"#),
        ReadCase("clipped text then unbroken blank line", "a: |\n  one\n  ", #"{"a":"one\n"}"#),
        ReadCase("in sequence", "- |\n  one\n- >\n  two\n", #"["one\n","two\n"]"#),
        ReadCase("top level", "--- |\n  text\n", #""text\n""#),
        ReadCase("tab as text after indentation", "a: |\n \tb\n", #"{"a":"\tb\n"}"#),
        ReadCase("header comment", "a: | # note\n  x\n", #"{"a":"x\n"}"#),
        ReadCase("indentation digit counts from the parent", "literal: |2\n  value\nfolded: >1\n value\n", #"{"literal":"value\n","folded":"value\n"}"#),
        ReadCase("top-level text at column one", "--- |\n%!PS-Adobe-2.0\n...\n", #""%!PS-Adobe-2.0\n""#),
        ReadCase("kept text with its final line break", "a: |+\n  one\n", #"{"a":"one\n"}"#),
    ]

    static let flowCases: [ReadCase] = [
        ReadCase("sequence", "a: [x, y, 'z']\n", #"{"a":["x","y","z"]}"#),
        ReadCase("mapping", "a: {b: 1, c: \"2\"}\n", #"{"a":{"b":"1","c":"2"}}"#),
        ReadCase("nested", "[a, [b, {c: [d]}]]\n", #"["a",["b",{"c":["d"]}]]"#),
        ReadCase("empty", "a: []\nb: {}\n", #"{"a":[],"b":{}}"#),
        ReadCase("trailing comma", "[a, b, ]\n", #"["a","b"]"#),
        ReadCase("several lines", "a: [\n    one,\n    two  # c\n  ]\n", #"{"a":["one","two"]}"#),
        ReadCase("key without value", "{a, b: }\n", #"{"a":null,"b":null}"#),
        ReadCase("json-like key", "{\"a\":b}\n", #"{"a":"b"}"#),
        ReadCase("colon inside text", "[a:b, http://x]\n", #"["a:b","http://x"]"#),
        ReadCase("multi-line text", "[one\n two, three]\n", #"["one two","three"]"#),
        ReadCase("negative numbers", "[-1, -2]\n", #"["-1","-2"]"#),
    ]

    @Test(arguments: blockCases) func readsBlockStructure(_ test: ReadCase) throws {
        #expect(try YAMLReader.read(test.yaml, path: "t.yaml").jsonValue.jsonText == test.json)
    }

    @Test(arguments: plainCases) func readsPlainScalars(_ test: ReadCase) throws {
        #expect(try YAMLReader.read(test.yaml, path: "t.yaml").jsonValue.jsonText == test.json)
    }

    @Test(arguments: quotedCases) func readsQuotedScalars(_ test: ReadCase) throws {
        #expect(try YAMLReader.read(test.yaml, path: "t.yaml").jsonValue.jsonText == test.json)
    }

    @Test(arguments: blockScalarCases) func readsBlockScalars(_ test: ReadCase) throws {
        #expect(try YAMLReader.read(test.yaml, path: "t.yaml").jsonValue.jsonText == test.json)
    }

    @Test(arguments: flowCases) func readsFlowCollections(_ test: ReadCase) throws {
        #expect(try YAMLReader.read(test.yaml, path: "t.yaml").jsonValue.jsonText == test.json)
    }

    @Test func keepsLocationsAndStyles() throws {
        let node = try YAMLReader.read("a:\n  - \"x\"\n  - |\n    y\nb: 'z'\nc:\n", path: "f.yaml")
        #expect(node.location == SourceLocation(path: "f.yaml", line: 1, column: 1))
        let pairs = try #require(node.pairs)
        #expect(pairs[1].key.location == SourceLocation(path: "f.yaml", line: 5, column: 1))
        #expect(pairs[1].value.location == SourceLocation(path: "f.yaml", line: 5, column: 4))
        #expect(pairs[1].value.scalarStyle == .singleQuoted)
        let items = try #require(pairs[0].value.items)
        #expect(items[0].location == SourceLocation(path: "f.yaml", line: 2, column: 5))
        #expect(items[0].scalarStyle == .doubleQuoted)
        #expect(items[1].location == SourceLocation(path: "f.yaml", line: 3, column: 5))
        #expect(items[1].scalarStyle == .literal)
        #expect(pairs[2].value.isNull)
        #expect(pairs[2].value.location.line == 6)
    }

    @Test func countsColumnsInUnicodeScalars() throws {
        let node = try YAMLReader.read("日本: [é, x]\n", path: "f.yaml")
        let items = try #require(node["日本"]?.items)
        #expect(items[1].location.column == 9)
    }
}
