import Testing
@testable import LastCallKit

@Suite struct NodeCheckerTests {
    func node(_ text: String) throws -> YAMLNode { try YAMLReader.read(text, path: "t.yaml") }

    @Test func reportsUnknownKeysWithADidYouMeanAndKeepsGoing() throws {
        var check = NodeChecker()
        let root = try node("titel: x\nbanana: y\nname: z\n")
        #expect(check.mapping(root, "a step", allowed: ["title", "name"])?.count == 3)
        #expect(check.diagnostics.map(\.description) == [
            "t.yaml:1:1: error: unknown key 'titel' in a step",
            "t.yaml:2:1: error: unknown key 'banana' in a step",
        ])
        #expect(check.diagnostics.map(\.hint) == ["did you mean 'title'?", "the keys allowed here are: title, name"])
        #expect(check.hasErrors)
    }

    @Test func aMappingOfTheWrongKindIsOneError() throws {
        var check = NodeChecker()
        #expect(check.mapping(try node("[a, b]"), "'customer'", allowed: []) == nil)
        #expect(check.diagnostics.map(\.message) == ["'customer' should be a mapping of keys to values, not a list"])
    }

    @Test func requireNamesEachMissingKeyAtTheMapping() throws {
        var check = NodeChecker()
        check.require(["title", "steps", "name"], in: try node("name: x\n"), "the scenario")
        #expect(check.diagnostics.map(\.description) == [
            "t.yaml:1:1: error: the scenario is missing the required key 'title'",
            "t.yaml:1:1: error: the scenario is missing the required key 'steps'",
        ])
    }

    @Test func textRejectsEmptyUnlessAllowedAndNonText() throws {
        var check = NodeChecker()
        let root = try node("a: '  '\nb: [x]\nc: ok\n")
        #expect(check.text(root["a"]!, "'a'") == nil)
        #expect(check.text(root["a"]!, "'a'", allowEmpty: true) == "  ")
        #expect(check.text(root["b"]!, "'b'") == nil)
        #expect(check.text(root["c"]!, "'c'") == "ok")
        #expect(check.diagnostics.map(\.message) == ["'a' is empty", "'b' should be text, not a list"])
    }

    @Test(arguments: [
        ("n: 3", 3, nil),
        ("n: 9", nil, "'n' is 9, outside 1 to 5"),
        ("n: '3'", nil, "'n' should be a number, not quoted text"),
        ("n: three", nil, "'n' should be a whole number from 1 to 5, not 'three'"),
        ("n: [3]", nil, "'n' should be a whole number from 1 to 5, not a list"),
    ] as [(String, Int?, String?)])
    func integerChecksTypeStyleAndRange(text: String, value: Int?, message: String?) throws {
        var check = NodeChecker()
        #expect(check.integer(try node(text)["n"]!, "'n'", in: 1...5) == value)
        #expect(check.diagnostics.first?.message == message)
    }

    @Test func numberAcceptsDecimalsWithinRange() throws {
        var check = NodeChecker()
        let root = try node("a: 0.5\nb: 2.5\nc: '1'\n")
        #expect(check.number(root["a"]!, "'a'", in: 0...1) == 0.5)
        #expect(check.number(root["b"]!, "'b'", in: 0...1) == nil)
        #expect(check.number(root["c"]!, "'c'", in: 0...1) == nil)
        #expect(check.diagnostics.map(\.message) == ["'b' is 2.5, outside 0 to 1", "'c' should be a number from 0 to 1"])
    }

    @Test func wordsAcceptOneWordOrAListEachWithItsLocation() throws {
        var check = NodeChecker()
        let root = try node("one: apology\nmany: [apology, ' ownership ']\n")
        #expect(check.words(root["one"]!, "'one'")?.map(\.0) == ["apology"])
        let words = check.words(root["many"]!, "'many'")
        let many = try #require(words)
        #expect(many.map(\.0) == ["apology", "ownership"])
        #expect(many.map(\.1.column) == [8, 17])
        #expect(check.diagnostics.isEmpty)
    }

    @Test func textsMayBeOneTextOnlyWhenAllowed() throws {
        var check = NodeChecker()
        let root = try node("one: hi\nnone: []\nmany: [a, b]\n")
        #expect(check.texts(root["one"]!, "'one'", allowSingle: true) == ["hi"])
        #expect(check.texts(root["one"]!, "'one'", allowSingle: false) == nil)
        #expect(check.texts(root["none"]!, "'none'", allowSingle: true) == nil)
        #expect(check.texts(root["many"]!, "'many'", allowSingle: false) == ["a", "b"])
        #expect(check.diagnostics.map(\.message) == ["'one' should be a list, not text", "'none' is an empty list"])
    }

    @Test func warningsAreNotErrors() throws {
        var check = NodeChecker()
        check.warning("odd", at: SourceLocation(path: "t.yaml", line: 1, column: 1))
        #expect(!check.hasErrors)
        check.append(contentsOf: [Diagnostic(.error, at: SourceLocation(path: "t.yaml", line: 2, column: 1), "bad")])
        #expect(check.hasErrors)
        #expect(check.diagnostics.count == 2)
    }
}
