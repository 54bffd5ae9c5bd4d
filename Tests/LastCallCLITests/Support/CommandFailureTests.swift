import Testing
@testable import LastCallCLI

@Suite struct CommandFailureTests {
    @Test func aFailureExits1UnlessSomethingToReadIsMissing() {
        #expect(CommandFailure("cannot write x").status == ExitCode.failure)
        #expect(CommandFailure.missing("x: no such file").status == ExitCode.missingInput)
        #expect(ExitCode.missingInput == 66)
    }

    @Test func theMessageAndHintReadAsTheUserSeesThem() {
        #expect(CommandFailure("x: no such file").description == "lastcall: x: no such file")
        #expect(CommandFailure.missing("no rubric", hint: "pass --rubric FILE").description == "lastcall: no rubric\n  hint: pass --rubric FILE")
        #expect(UsageError("bad", hint: "try this").description == "lastcall: bad\n  hint: try this")
    }
}
