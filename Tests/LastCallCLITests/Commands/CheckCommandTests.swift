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
        #expect(console.output.hasSuffix("checked 1 file: 0 scenarios, 0 examples run, 1 rubric, 3 rubric tests run; 1 error, 1 warning\n"), "\(console.output)")
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
        #expect(console.output.hasSuffix("checked 1 file: 1 scenario, 2 examples run; 0 errors, 0 warnings\n"), "\(console.output)")
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
        // bad.yaml could not be read, dup2.yaml reuses an id, dup.yaml has a
        // failing example (as has dup2.yaml): three scenarios with errors
        #expect(out.hasSuffix("checked 3 files: 3 scenarios (3 with errors), 4 examples run; 4 errors, 1 warning\n"), "\(out)")

        let json = workspace.run(["check", "scenarios", "--json"])
        #expect(json.status == 1)
        let value = try JSONParser.parse(json.console.output)
        #expect(value["errors"] == .int(4))
        #expect(value["scenarios"] == .int(3))
        #expect(value["scenarios_with_errors"] == .int(3))
        #expect(value["examples"] == .int(4))
        guard case .array(let diagnostics)? = value["diagnostics"] else { Issue.record("no diagnostics"); return }
        #expect(diagnostics.contains { $0["path"] == .string("scenarios/dup2.yaml") && $0["line"] == .int(1) && $0["column"] == .int(11) && $0["severity"] == .string("error") })
    }

    @Test func aMissingPathExits66() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["check", "nowhere"])
        #expect(status == 66)
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

    /// A rubric draft kept outside scoring/, with a pass mark that makes
    /// the scenario's example fail, so a test can tell which rubric ran it.
    static func writeDraft(_ workspace: Workspace, to path: String) throws {
        let rubric = try #require(workspace.read("scoring/rubric.yaml"))
        try workspace.write(rubric.replacingOccurrences(of: "pass: 70", with: "pass: 170"), to: path)
    }

    @Test func aRubricNamedByOptionOrEnvironmentIsTheOneCheckedAndRun() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.writeDraft(workspace, to: "drafts/new-rubric.yaml")
        for (arguments, environment) in [(["check", "--rubric", "drafts/new-rubric.yaml"], [:]),
                                         (["check"], ["LASTCALL_RUBRIC": "drafts/new-rubric.yaml"])] {
            let (status, console) = workspace.run(arguments, environment: environment)
            #expect(status == 1, "\(arguments)")
            // the draft is checked (its error reported) even with no path given
            #expect(console.output.contains("drafts/new-rubric.yaml:"), "\(console.output)")
            #expect(console.output.contains("1 rubric;"), "\(console.output)")
            #expect(console.output.contains("hint: fix the errors in drafts/new-rubric.yaml shown here, and the examples will run with it"))
        }
        // a good draft is the one the examples run with: one that never
        // matches "sorry" makes the example fail
        try workspace.write("""
            scenario: sorry
            title: Sorry
            customer: {name: Ann}
            criteria: [apology]
            steps:
              a:
                customer: Hi
                expect: apology
                next:
                  - when: apology
                    end: resolved
                  - end: lost
            examples:
              - replies: ["I am sorry."]
                outcome: resolved
            """, to: "scenarios/sorry.yaml")
        #expect(workspace.run(["check"]).status == 0)
        let rubric = try #require(workspace.read("scoring/rubric.yaml"))
        try workspace.write(rubric.replacingOccurrences(of: "\"[I am|we are] sorry\"", with: "\"zebra crossing\""), to: "drafts/odd.yaml")
        let (status, console) = workspace.run(["check", "--rubric", "drafts/odd.yaml"])
        #expect(status == 1)
        #expect(console.output.contains("fails: expected outcome"), "\(console.output)")
        #expect(!console.output.contains("scoring/rubric.yaml"))
    }

    @Test func aRubricDraftAnywhereIsRecognisedByItsContent() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let rubric = try #require(workspace.read("scoring/rubric.yaml"))
        try workspace.write(rubric, to: "drafts/my-draft.yaml")
        let (status, console) = workspace.run(["check", "drafts/my-draft.yaml"])
        #expect(status == 0, "\(console.output)")
        #expect(!console.output.contains("required key 'scenario'"))
        #expect(console.output.hasSuffix("checked 1 file: 0 scenarios, 0 examples run, 1 rubric; 0 errors, 0 warnings\n"), "\(console.output)")
        #expect(CheckCommand.isRubric(path: "x/a.yaml", bytes: Array("criteria: []\n".utf8)))
        #expect(!CheckCommand.isRubric(path: "scoring/rubric-scenario.yaml", bytes: Array("scenario: a\ncriteria: [apology]\n".utf8)))
        #expect(!CheckCommand.isRubric(path: "x/draft.yaml", bytes: Array("title: t\nsteps: {}\ncriteria: [apology]\n".utf8)))
        // unreadable YAML falls back to where the file is saved
        #expect(CheckCommand.isRubric(path: "scoring/broken.yaml", bytes: Array("a: [\n".utf8)))
    }
}
