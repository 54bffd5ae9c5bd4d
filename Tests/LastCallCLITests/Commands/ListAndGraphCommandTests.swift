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

/// `list` reads only headers, yet lists exactly what loading every file
/// whole would list.
@Suite struct ListHeaderTests {
    @Test func headersMatchTheFullLoadOverTheShippedAndAGeneratedLibrary() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let generator = Workspace.packageRoot.appendingPathComponent("Benchmarks/generate-library.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", generator.path, workspace.root.appendingPathComponent("lib").path, "40"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let criteria = ScenarioLoaderTests_criteria
        for folder in [Workspace.packageRoot.appendingPathComponent("scenarios").path, workspace.root.appendingPathComponent("lib").path] {
            let context = CommandContext(console: FakeConsole(), environment: [:], currentDirectory: Workspace.packageRoot)
            let quick = try ScenarioLibrary.headers(folder, criteria: criteria, context: context)
            let whole = try ScenarioLibrary.load(folder, criteria: criteria, context: context)
            #expect(quick.headers == whole.scenarios.map(ScenarioHeader.init), "\(folder)")
            #expect(quick.broken == whole.files.filter { $0.scenario == nil }.map(\.path))
            #expect(quick.headers.count >= 10)
        }
    }

    @Test func aFileWhoseHeaderHasErrorsIsListedAtTheEnd() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let good = try String(contentsOf: Workspace.packageRoot.appendingPathComponent("scenarios/late-order-third-call.yaml"), encoding: .utf8)
        try workspace.write(good, to: "lib/late-order-third-call.yaml")
        try workspace.write(good.replacingOccurrences(of: "scenario: late-order-third-call", with: "scenario: Bad Id"), to: "lib/bad.yaml")
        let (status, console) = workspace.run(["list", "--scenarios", "lib"])
        #expect(status == 0)
        #expect(console.output.contains("late-order-third-call"))
        #expect(console.output.contains("1 file(s) have errors and are not listed: lib/bad.yaml"), "\(console.output)")
    }
}

private let ScenarioLoaderTests_criteria = ["apology", "ownership", "time-frame", "no-blame", "name-and-number"]
