import Foundation
import Testing
import LastCallKit
@testable import LastCallCLI

/// Hand-edited progress files and hostile replies: C1 controls, bidi
/// overrides and line breaks never reach an output raw.
@Suite struct UnsafeTextOutputTests {
    static let raw = ["\u{9B}", "\u{202E}", "\u{2066}", "\u{85}"]

    @Test func aLineBreakInATraineeNameKeepsTheReportTableOneRowPerTrainee() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("a.jsonl", [ReportLines.line(trainee: "ana\nFAKE  9  100%", title: "Late\norder")])
        try box.write("b.jsonl", [ReportLines.line(trainee: "ben\u{202E}nimda")])
        #expect(box.run(["report"]) == 0, "\(box.console.errors)")
        let rows = box.console.output.split(separator: "\n", omittingEmptySubsequences: false)
        // One row per trainee in each table (the criteria may have tables of their own).
        let tables = rows.filter { $0.hasPrefix("TRAINEE") }.count
        #expect(tables >= 1 && rows.filter { $0.hasPrefix("ana") }.count == tables, "\(box.console.output)")
        #expect(!rows.contains { $0.hasPrefix("FAKE") }, "\(box.console.output)")
        #expect(box.console.output.contains(#"ana\u{A}FAKE"#))
        #expect(box.console.output.contains(#"ben\u{202E}nimda"#))
        box.console.output = ""
        #expect(box.run(["progress", "ana\nFAKE  9  100%"]) == 0, "\(box.console.errors)")
        #expect(box.console.output.hasPrefix(#"Progress: ana\u{A}FAKE"#), "\(box.console.output)")
        #expect(box.console.output.contains(#"Late\u{A}order"#), "\(box.console.output)")
    }

    @Test(arguments: ["json", "xapi"])
    func jsonExportsEscapeC1AndBidi(format: String) throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("a.jsonl", [ReportLines.line(trainee: "ana\u{9B}2J\u{202E}x", outcome: .abandoned,
                                                   reply: "sorry \u{2066}\u{85}")])
        let arguments = ["export", "--format", format, "--by", "session", "--output", "out.json"] + (format == "xapi" ? ["--turns"] : [])
        #expect(box.run(arguments) == 0, "\(box.console.errors)")
        let text = try String(contentsOf: box.root.appendingPathComponent("out.json"), encoding: .utf8)
        for character in Self.raw where format == "xapi" || character != "\u{2066}" && character != "\u{85}" {
            #expect(!text.contains(character), "raw U+\(String(character.unicodeScalars.first!.value, radix: 16)) in \(format)")
        }
        #expect(text.contains(#"\u009b2J\u202ex"#))
        #expect(try JSONParser.parse(text) != .null)
    }

    @Test func scoreJSONLinesEscapeC1AndBidi() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("I'm so sorry \u{9B}31m, I'll call you by 4pm \u{202E}today\u{2069}.\n", to: "in.txt")
        let (status, console) = workspace.run(["score", "--jsonl", "--input", "in.txt"])
        #expect(status == 0)
        for character in Self.raw { #expect(!console.output.contains(character)) }
        #expect(console.output.contains(#"sorry \u009b31m"#), "\(console.output)")
        #expect(console.output.contains(#"\u202etoday\u2069"#), "\(console.output)")
    }
}
