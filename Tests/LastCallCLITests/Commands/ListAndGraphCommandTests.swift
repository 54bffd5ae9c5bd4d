import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

@Suite struct ListAndGraphCommandTests {
    func shipped(_ arguments: [String]) -> (Int32, FakeConsole) {
        let console = FakeConsole()
        let context = CommandContext(console: console, environment: [:], currentDirectory: Workspace.packageRoot)
        return (CommandRunner.run(arguments, context: context), console)
    }

    @Test func listShowsATableSortedByLevel() {
        let (status, console) = shipped(["list"])
        #expect(status == 0)
        let lines = console.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.count >= 13)
        #expect(lines.contains { $0.hasPrefix("late-order-third-call") })
    }

    @Test func listFiltersCombine() {
        let (_, console) = shipped(["list", "--level", "5"])
        let rows = console.output.split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains("  5  ") })
        #expect(shipped(["list", "--level", "9"]).0 == 64)
        #expect(shipped(["list", "--criterion", "apolgy"]).1.errors.contains("did you mean 'apology'?"))
        #expect(shipped(["list", "--tag", "no-such-tag"]).1.output == "No scenario matches those filters.\n")
    }

    @Test func graphDrawsMermaidAndDot() {
        let (status, console) = shipped(["graph", "late-order-third-call"])
        #expect(status == 0)
        #expect(console.output.hasPrefix("flowchart TD\n"))
        #expect(console.output.contains("end_resolved(((resolved)))"))
        let dot = shipped(["graph", "late-order-third-call", "--format", "dot"]).1.output
        #expect(dot.hasPrefix("digraph \"late-order-third-call\" {"))
        #expect(dot.contains("shape=doublecircle"))
        #expect(shipped(["graph", "late-order-third-call", "--format", "svg"]).0 == 64)
    }

    @Test func helpListsEveryCommandAndUnknownOnesSuggest() {
        let (status, console) = shipped(["help"])
        #expect(status == 0)
        for name in ["play", "list", "score", "check", "parse", "graph"] {
            #expect(console.output.contains("  \(name) "))
        }
        let (unknown, errors) = shipped(["plya"])
        #expect(unknown == 64)
        #expect(errors.errors == "lastcall: unknown command 'plya'\n  hint: did you mean 'lastcall play'?\n")
        #expect(shipped([]).1.output.hasPrefix("lastcall: practise"))
    }
}
