import Foundation
import Testing
import LastCallKit
@testable import LastCallCLI

@Suite struct ProgressReaderTests {
    @Test(arguments: ["progress/ana.jsonl", "progress/ana.lock", "progress/new.csv", "progress", "./progress/../progress/x.csv", "link/ana.jsonl"])
    func exportRefusesToWriteIntoTheProgressFolder(output: String) throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [ReportLines.line()])
        try FileManager.default.createSymbolicLink(atPath: box.root.appendingPathComponent("link").path, withDestinationPath: "progress")
        let before = try Data(contentsOf: box.progress.appendingPathComponent("ana.jsonl"))
        #expect(box.run(["export", "--format", "csv", "--output", output]) == 1)
        #expect(box.console.errors.contains("will not write \(output): it is inside the progress folder"))
        #expect(try Data(contentsOf: box.progress.appendingPathComponent("ana.jsonl")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: box.progress.path) == ["ana.jsonl"])
    }

    @Test func exportStillWritesBesideTheProgressFolder() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [ReportLines.line()])
        #expect(box.run(["export", "--format", "csv", "--output", "progress-export.csv"]) == 0)
        #expect(FileManager.default.fileExists(atPath: box.root.appendingPathComponent("progress-export.csv").path))
    }

    @Test func reportAndExportWithTurnsSkipTheSameLines() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        let broken = ReportLines.line(day: 2).replacingOccurrences(of: #""reply":"#, with: #""replied":"#)
        try box.write("ana.jsonl", [ReportLines.line(), broken, ReportLines.line(day: 3)])
        #expect(box.run(["export", "--format", "csv"]) == 0)
        let path = box.progress.path + "/ana.jsonl"
        #expect(box.console.errors.contains("\(path):2: warning: skipped: missing field 'reply'"))
        #expect(box.console.output.contains("\r\nana,2,"))
        box.console.errors = ""
        box.console.output = ""
        #expect(box.run(["export", "--format", "xapi", "--turns", "--actor-home", "https://lms.example.com"]) == 0)
        #expect(box.console.errors.contains("\(path):2: warning: skipped: missing field 'reply'"))
        let statements = try JSONParser.parse(box.console.output)
        guard case .array(let items) = statements else { Issue.record("not an array"); return }
        #expect(items.filter { $0["verb"]?["id"] != .string("http://adlnet.gov/expapi/verbs/answered") }.count == 2)
    }
}
