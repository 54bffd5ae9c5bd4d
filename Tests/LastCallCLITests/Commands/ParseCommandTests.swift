import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

@Suite struct ParseCommandTests {
    @Test func printsTheDocumentAsOrderedJSON() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        try workspace.write("b: 1\na:\n  - \"x\\ty\"\n  - |\n    two\n    lines\nc:\n", to: "f.yaml")
        let (status, console) = workspace.run(["parse", "f.yaml"])
        #expect(status == 0)
        #expect(try JSONParser.parse(console.output) == .object([
            ("b", .string("1")),
            ("a", .array([.string("x\ty"), .string("two\nlines\n")])),
            ("c", .null),
        ]))
    }

    @Test func anErrorIsLocatedWithACaretOnStandardError() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        try workspace.write("a: 1\nb: &anchor 2\n", to: "f.yaml")
        let (status, console) = workspace.run(["parse", "f.yaml"])
        #expect(status == 1)
        #expect(console.output.isEmpty)
        let lines = console.errors.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("f.yaml:2:4: error: ") == true, "\(console.errors)")
        #expect(lines.dropFirst().first == "    b: &anchor 2")
        #expect(lines.dropFirst(2).first == "       ^")
    }

    @Test(arguments: [
        ([UInt8](), "null"),
        ([0xEF, 0xBB, 0xBF] + Array("a: b\r\n".utf8), "{\n  \"a\": \"b\"\n}"),
    ])
    func oddButValidBytesReadCleanly(bytes: [UInt8], json: String) throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        try Data(bytes).write(to: workspace.root.appendingPathComponent("f.yaml"))
        let (status, console) = workspace.run(["parse", "f.yaml"])
        #expect(status == 0)
        #expect(console.output == json + "\n")
    }

    @Test(arguments: [
        [0x61, 0x3A, 0x20, 0xFF, 0x0A],
        [0x00, 0x01, 0x02, 0x03],
    ])
    func badBytesAreLocatedErrors(bytes: [UInt8]) throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        try Data(bytes).write(to: workspace.root.appendingPathComponent("f.yaml"))
        let (status, console) = workspace.run(["parse", "f.yaml"])
        #expect(status == 1)
        #expect(console.errors.hasPrefix("f.yaml:1:"))
    }

    @Test func usageMistakesExit64() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        #expect(workspace.run(["parse"]).status == 64)
        #expect(workspace.run(["parse", "a", "b"]).status == 64)
        let missing = workspace.run(["parse", "nope.yaml"])
        #expect(missing.status == 66)
        #expect(missing.console.errors == "lastcall: nope.yaml: no such file\n")
    }

    @Test func standardInputIsReadThroughTheConsoleAndNamedInErrors() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        let good = FakeConsole(input: ["a: 1", "b: [x, y]"])
        #expect(workspace.run(["parse", "-"], console: good).status == 0)
        #expect(try JSONParser.parse(good.output) == .object([("a", .string("1")), ("b", .array([.string("x"), .string("y")]))]))
        let bad = FakeConsole(input: ["a: 1", "a: 2"])
        #expect(workspace.run(["parse", "-"], console: bad).status == 1)
        #expect(bad.errors.hasPrefix("<stdin>:2:1: error: "), "\(bad.errors)")
    }
}
