import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

@Suite struct CheckCommandTests {
    @Test func theShippedLibraryAndRubricPassWithEveryExample() {
        let context = CommandContext(console: FakeConsole(), environment: [:], currentDirectory: Workspace.packageRoot)
        let console = context.console as! FakeConsole
        let status = CommandRunner.run(["check"], context: context)
        #expect(status == 0, "\(console.output)")
        #expect(console.output.contains(" 0 errors, "))
        // The only warnings are the labels file's known misses.
        let warnings = console.output.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.allSatisfy { $0.hasPrefix("scoring/labels.tsv:") && $0.contains("known miss") }, "\(warnings)")
        let scenarios = (try? FileManager.default.contentsOfDirectory(atPath: Workspace.packageRoot.appendingPathComponent("scenarios").path)) ?? []
        #expect(scenarios.filter { $0.hasSuffix(".yaml") }.count >= 12)
    }

    @Test func aLabelTheScorerDisagreesWithIsAnErrorAtItsLine() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let header = "apology\townership\ttime-frame\tno-blame\tname-and-number\tknown-miss\tsource\treply\n"
        try workspace.write(header
            + "met\t\t\t\t\t\tguide\tI'm so sorry.\n"
            + "missed\t\t\t\t\t\tguide\tI'm really sorry.\n"
            + "missed\t\t\t\t\tapology\tguide\tI apologise.\n", to: "scoring/labels.tsv")
        let (status, console) = workspace.run(["check", "scoring"])
        #expect(status == 1)
        #expect(console.output.contains("scoring/labels.tsv:3:19: error: expected apology missed, the scorer says met: \u{201C}I'm really sorry.\u{201D}\n  hint: the scorer: phrase '"))
        #expect(console.output.contains("scoring/labels.tsv:4:26: warning: known miss: expected apology missed, the scorer says met: \u{201C}I apologise.\u{201D}"))
        #expect(console.output.contains("scoring/labels.tsv: 3 labelled replies run through the scorer: 1 disagreement, 1 known miss"))
        #expect(console.output.contains("1 error, 1 warning"))
        // The labels file the other commands use goes with the rubric in use.
        try workspace.write(header + "met\t\t\t\t\t\tguide\tI'm so sorry.\n", to: "elsewhere.tsv")
        let elsewhere = workspace.run(["check", "scoring"], environment: ["LASTCALL_LABELS": "elsewhere.tsv"])
        #expect(elsewhere.status == 0, "\(elsewhere.console.output)")
        #expect(elsewhere.console.output.contains("elsewhere.tsv: 1 labelled reply run through the scorer: 0 disagreements, 0 known misses"))
    }

    @Test func aMalformedLabelsLineIsShownUnderACaret() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("apology\treply\nmaybe\tHello\n", to: "scoring/labels.tsv")
        let (status, console) = workspace.run(["check", "scoring"])
        #expect(status == 1)
        #expect(console.output.contains("scoring/labels.tsv:2:1: error: 'maybe' is no label for apology\n    maybe\tHello\n    ^\n  hint: write met, missed"))
    }

    @Test func theReadmeExampleScenarioPasses() throws {
        let readme = try String(contentsOf: Workspace.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = try #require(readme.range(of: "A complete example:"))
        let afterMarker = readme[marker.upperBound...]
        let open = try #require(afterMarker.range(of: "```yaml\n"))
        let close = try #require(afterMarker[open.upperBound...].range(of: "```"))
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write(String(afterMarker[open.upperBound..<close.lowerBound]), to: "scenarios/broadband-callback-missed.yaml")
        let (status, console) = workspace.run(["check", "scenarios"])
        #expect(status == 0, "\(console.output)")
        #expect(console.output.hasSuffix("checked 1 file (1 scenario): 0 errors, 0 warnings\n"))
    }

    @Test func reportsEveryProblemAcrossFilesIncludingDuplicatesAndFailingExamples() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let base = """
        scenario: dup
        title: One
        customer: {name: Ann}
        steps:
          a:
            customer: Hi
            expect: apology
            next:
              - when: apology
                goto: done
              - goto: gone
          done:
            customer: Bye
            end: resolved
          gone:
            customer: Bye then
            end: lost
        examples:
          - name: says sorry
            replies: ["I'm so sorry about that."]
            outcome: resolved
          - name: wrong expectation
            replies: ["Hello."]
            outcome: resolved
            path: [a, done]
        """
        try workspace.write(base, to: "scenarios/dup.yaml")
        try workspace.write(base.replacingOccurrences(of: "title: One", with: "title: Two"), to: "scenarios/dup2.yaml")
        try workspace.write("scenario: bad\ntitle: [x\n", to: "scenarios/bad.yaml")
        let (status, console) = workspace.run(["check", "scenarios"])
        #expect(status == 1)
        let out = console.output
        #expect(out.contains("scenarios/bad.yaml:2:"))
        #expect(out.contains("scenarios/dup.yaml:22:5: error: example 'wrong expectation' fails: expected outcome 'resolved', got 'lost'; expected path a > done, got a > gone"))
        #expect(out.contains("scenarios/dup2.yaml:1:11: error: scenario id 'dup' is already used by scenarios/dup.yaml:1"))
        #expect(out.contains("scenarios/dup2.yaml:1:11: warning: scenario id 'dup' does not match the file name 'dup2'"))
        #expect(out.hasSuffix("checked 3 files (2 scenarios): 4 errors, 1 warning\n"), "\(out)")

        let json = workspace.run(["check", "scenarios", "--json"])
        #expect(json.status == 1)
        let value = try JSONParser.parse(json.console.output)
        #expect(value["errors"] == .int(4))
        guard case .array(let diagnostics)? = value["diagnostics"] else { Issue.record("no diagnostics"); return }
        #expect(diagnostics.contains { $0["path"] == .string("scenarios/dup2.yaml") && $0["line"] == .int(1) && $0["column"] == .int(11) && $0["severity"] == .string("error") })
    }

    @Test func aMissingPathIsAUsageError() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["check", "nowhere"])
        #expect(status == 64)
        #expect(console.errors.hasPrefix("lastcall: nowhere: no such file or folder"))
    }

    @Test func aBrokenRubricIsReportedWithItsLocation() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let rubric = try #require(workspace.read("scoring/rubric.yaml"))
        try workspace.write(rubric.replacingOccurrences(of: "pass: 70", with: "pass: 170"), to: "scoring/rubric.yaml")
        let (status, console) = workspace.run(["check", "scoring"])
        #expect(status == 1)
        #expect(console.output.contains("scoring/rubric.yaml:"), "\(console.output)")
        #expect(console.output.contains("error:"))
    }
}
