import Foundation
import Testing
@testable import LastCallCLI

@Suite struct LocationsTests {
    func context(_ environment: [String: String]) -> CommandContext {
        CommandContext(console: FakeConsole(), environment: environment, currentDirectory: URL(fileURLWithPath: "/work"))
    }

    func arguments(_ values: [String: String]) -> ParsedArguments {
        var parsed = ParsedArguments()
        parsed.values = values
        return parsed
    }

    @Test func anOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        let environment = ["LASTCALL_RUBRIC": "env.yaml", "LASTCALL_SCENARIOS": "env-scenarios", "LASTCALL_PROGRESS": "env-progress"]
        let options = arguments(["--rubric": "opt.yaml", "--scenarios": "opt-scenarios", "--progress": "opt-progress"])
        #expect(Locations.rubric(options, context(environment)) == ("opt.yaml", "--rubric"))
        #expect(Locations.scenarios(options, context(environment)) == "opt-scenarios")
        #expect(Locations.progress(options, context(environment)) == "opt-progress")
        #expect(Locations.rubric(arguments([:]), context(environment)) == ("env.yaml", "$LASTCALL_RUBRIC"))
        #expect(Locations.scenarios(arguments([:]), context(environment)) == "env-scenarios")
        #expect(Locations.progress(arguments([:]), context(environment)) == "env-progress")
        #expect(Locations.rubric(arguments([:]), context([:])) == ("scoring/rubric.yaml", "the default"))
        #expect(Locations.scenarios(arguments([:]), context([:])) == "scenarios")
    }

    @Test func theProgressFolderFollowsXDGThenHome() {
        #expect(Locations.progress(arguments([:]), context(["XDG_DATA_HOME": "/data", "HOME": "/home/sam"])) == "/data/lastcall/progress")
        #expect(Locations.progress(arguments([:]), context(["HOME": "/home/sam"])) == "/home/sam/.local/share/lastcall/progress")
        #expect(Locations.progress(arguments([:]), context([:])) == ".local/share/lastcall/progress")
        // An empty variable counts as unset.
        #expect(Locations.progress(arguments([:]), context(["LASTCALL_PROGRESS": "", "HOME": "/h"])) == "/h/.local/share/lastcall/progress")
    }
}
