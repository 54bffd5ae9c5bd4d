import Foundation
import Testing
@testable import LastCallCLI

@Suite struct InputFileTests {
    @Test func standardInputIsReadWholeThroughTheConsole() throws {
        let console = FakeConsole(input: ["a: 1", "b: 2"])
        #expect(try InputFile.standardInput(console) == Array("a: 1\nb: 2\n".utf8))
    }

    @Test func standardInputOverTheLimitFailsWithoutReadingOn() {
        let console = FakeConsole(input: ["0123456789", "0123456789", "never read"])
        #expect(throws: CommandFailure("standard input is larger than the 15-byte limit",
                                       hint: "save it to a file and check its size, or pass a smaller input")) {
            try InputFile.standardInput(console, limit: 15)
        }
        #expect(console.input == ["never read"])
    }

    @Test func standardInputOfExactlyTheLimitIsRead() throws {
        let console = FakeConsole(input: ["0123456789", "0123"])
        #expect(try InputFile.standardInput(console, limit: 16).count == 16)
    }

    @Test func theLimitIsSixtyFourMegabytes() {
        #expect(InputFile.maximumSize == 64 << 20)
        #expect(InputFile.limitText == "64 MB")
    }

    @Test func aMissingFileExits66AndAFolderIsAFailure() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        let context = CommandContext(console: FakeConsole(), environment: [:], currentDirectory: workspace.root)
        #expect(throws: CommandFailure("nope.yaml: no such file", status: 66)) { try InputFile.bytes("nope.yaml", context: context) }
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent("dir"), withIntermediateDirectories: true)
        #expect(throws: CommandFailure("dir: is a folder, not a file")) { try InputFile.bytes("dir", context: context) }
        #expect(throws: CommandFailure("nowhere: no such file or folder", status: 66)) { try InputFile.yamlFiles(under: "nowhere", context: context) }
        try workspace.write("a: 1\n", to: "dir/x.yaml")
        try workspace.write("a: 1\n", to: "dir/.hidden/y.yaml")
        try workspace.write("a: 1\n", to: "dir/notes.txt")
        #expect(try InputFile.yamlFiles(under: "dir", context: context) == ["dir/x.yaml"])
        #expect(try InputFile.bytes("dir/x.yaml", context: context) == Array("a: 1\n".utf8))
    }
}
