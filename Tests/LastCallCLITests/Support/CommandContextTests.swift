import Foundation
import Testing
@testable import LastCallCLI

@Suite struct CommandContextTests {
    let context = CommandContext(console: FakeConsole(), environment: ["HOME": "/home/sam", "EMPTY": ""],
                                 currentDirectory: URL(fileURLWithPath: "/work/team"))

    @Test func pathsResolveAgainstTheCurrentFolderWithTildeExpanded() {
        #expect(context.url(for: "scenarios/late.yaml").path == "/work/team/scenarios/late.yaml")
        #expect(context.url(for: "/etc/lastcall").path == "/etc/lastcall")
        #expect(context.url(for: "~/progress").path == "/home/sam/progress")
        #expect(context.url(for: "~sam/x").path == "/work/team/~sam/x")
    }

    @Test func anEmptyVariableIsUnset() {
        #expect(context.env("HOME") == "/home/sam")
        #expect(context.env("EMPTY") == nil)
        #expect(context.env("MISSING") == nil)
    }
}
