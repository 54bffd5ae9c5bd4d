import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

@Suite struct CalibrateCommandTests {
    @Test func printsTheFiguresAndTheDisagreements() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("a\tI'm so sorry about this.\nb\tThe courier lost it.\n-\tI'm really sorry.\n", to: "dev.tsv")
        let (status, console) = workspace.run(["calibrate", "dev.tsv"])
        #expect(status == 0, "\(console.errors)")
        #expect(console.output.hasPrefix("3 labelled replies from dev.tsv, scored with scoring/rubric.yaml\n"))
        #expect(console.output.contains("criterion           labelled  precision     recall         F1  agreement      kappa\n"))
        // apology: TP 1, FP 1, TN 1 -> precision 0.5, recall 1, F1 0.667, agreement 0.667,
        // kappa: chance = (1/3)(2/3) + (2/3)(1/3) = 4/9, (2/3 - 4/9) / (5/9) = 0.4
        #expect(console.output.contains("apology                    3      0.500      1.000      0.667      0.667      0.400\n"))
        #expect(console.output.contains("no-blame (blamed)          3"))
        #expect(console.output.contains("dev.tsv:3: apology: the label says missed, the scorer met\n  \u{201C}I'm really sorry.\u{201D}"))
        #expect(console.output.contains("  rule: phrase '"))
    }

    @Test func jsonHasTheDocumentedKeysAsFractions() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("a\tI'm so sorry about this.\n-\tI'm really sorry.\n", to: "dev.tsv")
        let (status, console) = workspace.run(["calibrate", "dev.tsv", "--json"])
        #expect(status == 0)
        let json = try JSONParser.parse(console.output)
        #expect(json["replies"] == .int(2))
        let apology = try #require(json["criteria"]?["apology"])
        #expect(apology["labelled"] == .int(2))
        #expect(apology["precision"] == .double(0.5))
        #expect(apology["recall"] == .double(1) || apology["recall"] == .int(1))
        #expect(apology["agreement"] == .double(0.5))
        #expect(apology["kappa"] == .int(0) || apology["kappa"] == .double(0))
        guard case .array(let disagreements)? = json["disagreements"] else { Issue.record("no disagreements"); return }
        #expect(disagreements.count == 1)
        #expect(disagreements[0]["line"] == .int(2))
        #expect(disagreements[0]["expected"] == .string("missed"))
    }

    @Test func theShippedLabelsFileIsTheDefault() {
        let context = CommandContext(console: FakeConsole(), environment: [:], currentDirectory: Workspace.packageRoot)
        let status = CommandRunner.run(["calibrate"], context: context)
        let console = context.console as! FakeConsole
        #expect(status == 0, "\(console.errors)")
        #expect(console.output.contains(" labelled replies from scoring/labels.tsv"))
        #expect(console.output.contains("macro-F1 "))
    }

    @Test func betweenComparesTwoPeople() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("ao\tReply one\nb\tReply two\n", to: "anna.tsv")
        try workspace.write("b\tReply two\na\tReply one\n", to: "ben.tsv")
        let (status, console) = workspace.run(["calibrate", "--between", "anna.tsv", "ben.tsv"])
        #expect(status == 0, "\(console.errors)")
        #expect(console.output.hasPrefix("2 replies labelled by both (anna.tsv as the reference, ben.tsv measured)\n"))
        // ownership: anna yes/no, ben no/no -> FN 1, TN 1: agreement 0.5, chance = 0.5*0 + 0.5*1 = 0.5, kappa 0
        #expect(console.output.contains("ownership                  2      1.000      0.000      0.000      0.500      0.000\n"))
        #expect(console.output.contains("anna.tsv:1 ben.tsv:2: ownership: met vs missed"))
    }

    @Test func aMalformedFileFailsWithItsLines() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("a\tfine\nzz\tbad\n", to: "dev.tsv")
        let (status, console) = workspace.run(["calibrate", "dev.tsv"])
        #expect(status == 1)
        #expect(console.errors.contains("dev.tsv:2:1: error: 'z' is no criterion letter"))
        #expect(workspace.run(["calibrate", "--between", "dev.tsv"]).status == 64)
    }
}
