import Foundation
import Testing
import LastCallKit
@testable import LastCallCLI

/// The progress folder's latest sessions per trainee, their line positions
/// noted while the team report is read and their missed replies read from
/// just those lines afterwards, against a slow reference that decodes every
/// record in full and keeps the latest.
@Suite struct ProgressExportSourceTests {
    static func source(_ box: ReportSandbox, _ arguments: [String]) throws -> ProgressExportSource {
        let parsed = try ArgumentScanner(options: ReportCommands.commonOptions).scan(arguments)
        return ProgressExportSource(try ReportCommands.sources(parsed, box.context), box.context)
    }

    @Test(arguments: [[], ["--since", "2026-11-03"], ["--last", "2"]])
    func latestRecordsMatchDecodingEveryRecord(arguments: [String]) throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        let turn = ManagerReportTests.blamed
        // ana has more sessions than are kept, a bad line among them, and
        // one of ben's sessions sits in her file.
        var ana = (1...9).map { ManagerReportTests.line(day: $0, score: 50 + $0, turns: [turn]) }
        ana.insert("{not json", at: 4)
        ana.insert(ManagerReportTests.line(trainee: "ben", day: 5, score: 11, turns: [turn]), at: 6)
        try box.write("ana.jsonl", ana)
        try box.write("ben.jsonl", (1...3).map { ManagerReportTests.line(trainee: "ben", day: $0 + 5, score: 20 + $0, turns: [turn]) })
        let source = try Self.source(box, arguments)
        var fast: [SessionReplies] = []
        source.withTeamReport(latestReplies: 3) { report, latest in
            #expect(report == source.teamReport())
            // In name order, as the reference gives them.
            for trainee in report.trainees.map(\.trainee).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                fast += latest(trainee)
            }
        }
        var windows = TraineeWindows<SessionRecord>(capacity: min(3, source.filter.last ?? 3))
        source.forEachRecord { windows.append($0, trainee: $0.trainee) }
        var slow: [SessionReplies] = []
        windows.forEach { slow.append(SessionReplies($0)) }
        #expect(fast == slow)
        #expect(!fast.isEmpty)
        #expect(fast.allSatisfy { !$0.missed.isEmpty })
        if arguments.isEmpty {
            #expect(fast.map { "\($0.trainee) \($0.facts.score)" } == ["ana 57", "ana 58", "ana 59", "ben 21", "ben 22", "ben 23"])
        }
    }
}
