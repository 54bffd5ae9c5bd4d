import Foundation
import Testing
@testable import LastCallCLI

@Suite struct CommandRunnerTests {
    /// Every command that reads a path, each pointed at one that is not there.
    static let missingPaths: [[String]] = [
        ["check", "nowhere"],
        ["parse", "nowhere.yaml"],
        ["play", "nowhere.yaml", "--trainee", "sam", "--replies", "-"],
        ["play", "nowhere", "--trainee", "sam", "--replies", "-"],
        ["play", "nowhere", "--trainee", "sam", "--replies", "-", "--scenarios", "no-folder"],
        ["play", "nowhere.yaml", "--trainee", "sam", "--replies", "-", "--rubric", "no-rubric.yaml"],
        ["score", "sorry", "--rubric", "no-rubric.yaml"],
        ["score", "--jsonl", "--input", "nowhere.txt"],
        ["list", "--scenarios", "no-folder"],
        ["graph", "nowhere.yaml"],
        ["progress", "sam", "--progress", "no-folder"],
        ["report", "--progress", "no-folder"],
        ["export", "--format", "csv", "--progress", "no-folder"],
    ]

    @Test(arguments: missingPaths)
    func aMissingPathExits66InEveryCommand(arguments: [String]) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(arguments)
        #expect(status == ExitCode.missingInput, "\(console.errors)")
        #expect(console.errors.hasPrefix("lastcall: "))
        #expect(console.errors.contains("no such") || console.errors.contains("no scenario") || console.errors.contains("no rubric")
                || console.errors.contains("folder at"), "\(console.errors)")
    }

    @Test func anErrorOnANarrowTerminalIsWrappedAtSpacesAndLosesNoWord() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let narrow = FakeConsole()
        narrow.errorWidth = 40
        let (status, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "-"], console: narrow)
        #expect(status == ExitCode.missingInput)
        let lines = console.errors.split(separator: "\n")
        #expect(lines.count > 2, "\(console.errors)")
        for line in lines { #expect(line.count <= 40, "\(line)") }
        #expect(lines[0].hasPrefix("lastcall: no scenario 'late'"))
        #expect(lines.contains { $0.hasPrefix("  hint: ") })
        // the same words as the one-line message a pipe gets
        let (_, piped) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "-"])
        #expect(piped.errors.split(separator: "\n").count == 2, "\(piped.errors)")
        #expect(console.errors.split(whereSeparator: \.isWhitespace) == piped.errors.split(whereSeparator: \.isWhitespace))
    }

    @Test func wrappingKeepsALineThatFitsAndIndentsWhatGoesOn() {
        let text = "lastcall: short\n  hint: run lastcall from the folder that holds scenarios/ or pass --scenarios"
        #expect(CommandRunner.wrapped(text, width: 40) == """
            lastcall: short
              hint: run lastcall from the folder
                    that holds scenarios/ or pass
                    --scenarios
            """)
        #expect(CommandRunner.wrapped("lastcall: a message that is longer than the width", width: 24) == """
            lastcall: a message that
              is longer than the
              width
            """)
    }

    @Test func everyHelpTextThatListsExitStatusesListsTheSameCodes() {
        var texts = CommandRunner.commands.map(\.usage)
        texts.append(HelpCommand.overview())
        let listing = texts.filter { $0.contains("Exit status") }
        #expect(listing.count >= 4)
        for text in listing {
            for code in ["64", "66", "130"] { #expect(text.contains(code), "\(text)") }
        }
    }

    @Test func helpIsHelpOnlyBeforeDoubleDash() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        for flag in ["--help", "-h"] {
            let before = workspace.run(["parse", flag, "--", "x"])
            #expect(before.status == 0)
            #expect(before.console.output.hasPrefix("lastcall parse FILE"))
            let after = workspace.run(["parse", "--", flag])
            #expect(after.status == 66)
            #expect(after.console.output.isEmpty)
            #expect(after.console.errors == "lastcall: \(flag): no such file\n")
        }
    }

    @Test func aUsageErrorExits64WithTheUsageLine() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["parse", "--bogus"])
        #expect(status == 64)
        #expect(console.errors == "lastcall: unknown option '--bogus'\nusage: lastcall parse FILE\n")
    }

    @Test func anUnknownCommandSuggestsTheClosest() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["chek"])
        #expect(status == 64)
        #expect(console.errors == "lastcall: unknown command 'chek'\n  hint: did you mean 'lastcall check'?\n")
    }

    @Test func noArgumentsOffTheTerminalPrintsTheOverview() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run([])
        #expect(status == 0)
        #expect(console.output == HelpCommand.overview())
    }

    @Test func exitCodesAfterSignalsAre128PlusTheirNumber() {
        #expect(ExitCode.ended(by: .interrupt) == 130)
        #expect(ExitCode.ended(by: .terminate) == 143)
        #expect(ExitCode.ended(by: .hangUp) == 129)
        #expect(ExitCode.interrupted == ExitCode.ended(by: .interrupt))
    }
}
