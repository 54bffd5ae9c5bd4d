import Testing
@testable import LastCallCLI

@Suite struct ArgumentScannerTests {
    let scanner = ArgumentScanner(flags: ["--json", "--coach"], options: ["--trainee", "--seed"])

    @Test func splitsFlagsOptionsAndPositionals() throws {
        let parsed = try scanner.scan(["late", "--json", "--trainee", "sam", "--seed=4", "-", "--", "--coach"])
        #expect(parsed.positionals == ["late", "-", "--coach"])
        #expect(parsed.has("--json"))
        #expect(!parsed.has("--coach"))
        #expect(parsed.value("--trainee") == "sam")
        #expect(parsed.value("--seed") == "4")
    }

    @Test(arguments: [
        (["--jsno"], UsageError("unknown option '--jsno'", hint: "did you mean '--json'?")),
        (["--trainee"], UsageError("option '--trainee' needs a value")),
        (["--json=yes"], UsageError("option '--json' takes no value")),
        (["--\u{1B}[31m"], UsageError("unknown option '--\\u{1B}[31m'")),
    ])
    func rejectsMistakesClearly(arguments: [String], expected: UsageError) {
        #expect(throws: expected) { try scanner.scan(arguments) }
    }
}
