import Foundation
import Testing
import LastCallKit
@testable import LastCallCLI

/// `--from-lrs`: the sessions a progress folder holds, exported to a fake
/// LRS on loopback that serves small pages with `more` links, give the same
/// reports, byte for byte, as the folder, with every filter; `--since` and
/// `--until` narrow the LRS query itself.
@Suite(.serialized) struct ProgressReaderLRSTests {
    /// Three trainees over November: passes, fails, an abandoned session,
    /// several criteria, one trainee in the middle of the month only.
    static func team() -> [String: [String]] {
        var files: [String: [String]] = [:]
        for day in 1...24 {
            let score = 35 + (day * 17) % 60
            files["ana.jsonl", default: []].append(ReportLines.line(
                trainee: "ana", scenario: day % 3 == 0 ? "refund" : "late-order", title: day % 3 == 0 ? "Refund" : "Late order",
                day: day, score: score, tallies: [(.apology, day % 2, 1), (.ownership, 1, 1), (.timeFrame, day % 4 == 0 ? 0 : 1, 1)]))
        }
        for day in stride(from: 2, through: 28, by: 2) {
            files["ben.jsonl", default: []].append(ReportLines.line(
                trainee: "ben", day: day, score: 30 + day, outcome: day == 10 ? .abandoned : .resolved,
                tallies: [(.apology, day > 14 ? 1 : 0, 1), (.timeFrame, 0, day % 3 == 0 ? 0 : 1)]))
        }
        for day in 10...14 {
            files["carla é.jsonl", default: []].append(ReportLines.line(trainee: "carla é", scenario: "refund", title: "Refund",
                                                                       day: day, score: 90, tallies: [(.apology, 1, 1)]))
        }
        return files
    }

    /// A folder with `team()` in it, and a fake LRS holding the same
    /// sessions (sent by `export --format xapi --lrs`), serving `pageSize`
    /// statements a page.
    func folderAndLRS(pageSize: Int, mode: LoopbackLRS.Mode = .ok) throws -> (box: ReportSandbox, lrs: LoopbackLRS) {
        let box = try ReportSandbox()
        for (name, lines) in Self.team() { try box.write(name, lines) }
        let lrs = try LoopbackLRS(mode, pageSize: pageSize)
        #expect(box.run(["export", "--format", "xapi", "--lrs", lrs.url]) == 0, "\(box.console.errors)")
        #expect(try lrs.count().stored == 24 + 14 + 5)
        return (box, lrs)
    }

    /// What `arguments` print (output and errors) from the folder and from the LRS.
    func both(_ box: ReportSandbox, _ lrs: LoopbackLRS, _ arguments: [String]) -> (folder: String, lrs: String) {
        func run(_ extra: [String]) -> String {
            box.console.output = ""
            box.console.errors = ""
            let status = box.run(arguments + extra)
            return "exit \(status)\n" + box.console.output + "\n--- stderr\n" + box.console.errors
        }
        return (run([]), run(["--from-lrs", lrs.url]))
    }

    static let commands: [[String]] = [
        ["report"], ["progress", "ana"], ["progress", "ben"], ["progress", "carla é"],
        ["export", "--format", "csv"], ["export", "--format", "csv", "--by", "session"],
        ["export", "--format", "json"], ["export", "--format", "json", "--by", "session"],
        ["export", "--format", "html"], ["export", "--format", "xapi"],
    ]
    static let filters: [[String]] = [
        [], ["--since", "2026-11-12"], ["--until", "2026-11-11"], ["--since", "2026-11-05", "--until", "2026-11-20", "--last", "4"],
    ]

    @Test func theSameSessionsGiveTheSameReportsFromTheFolderAndFromTheLRS() throws {
        let (box, lrs) = try folderAndLRS(pageSize: 7)
        defer { box.cleanUp(); lrs.stop() }
        for command in Self.commands {
            for filter in Self.filters {
                let (folder, read) = both(box, lrs, command + filter)
                #expect(folder.hasPrefix("exit 0\n"), "\(command + filter): \(folder)")
                #expect(folder.count > 200, "\(command + filter) printed almost nothing: \(folder)")
                if command.contains("html") {
                    // The page's missed replies need the turns, which statements do not carry.
                    #expect(read.contains("No replies recorded in the sessions counted (statements read back from an LRS carry none)."))
                    #expect(Self.withoutMissedReplies(read) == Self.withoutMissedReplies(folder), "\(command + filter) differs")
                } else {
                    #expect(read == folder, "\(command + filter) differs between the folder and the LRS")
                }
            }
        }
        // The LRS was read across pages: 43 statements, 7 a page.
        let queries = try lrs.queries()
        #expect(queries.filter { $0.contains("offset=42") }.count == Self.commands.count)
    }

    /// An HTML page without its missed-replies sections.
    static func withoutMissedReplies(_ page: String) -> String {
        guard let start = page.range(of: "<h2>Missed replies</h2>"), let end = page.range(of: "</body>") else { return page }
        return String(page[..<start.lowerBound]) + String(page[end.lowerBound...])
    }

    @Test func sinceAndUntilNarrowTheQueryAndTheReportKeepsExactlyTheirDays() throws {
        let (box, lrs) = try folderAndLRS(pageSize: 100)
        defer { box.cleanUp(); lrs.stop() }
        let (folder, read) = both(box, lrs, ["export", "--format", "csv", "--by", "session", "--since", "2026-11-11",
                                             "--until", "2026-11-12"])
        #expect(read == folder)
        let rows = folder.components(separatedBy: "\r\n").filter { $0.contains("2026-11-") }
        #expect(rows.count == 5, "ana 11 and 12, ben 12, carla 11 and 12: \(rows)")
        let query = try #require(try lrs.queries().last)
        let items = URLComponents(string: "?" + query)?.queryItems ?? []
        #expect(items.first { $0.name == "since" }?.value == "2026-11-10T23:59:59Z")
        // The end of the 12th plus the week a session may wait in an outbox.
        #expect(items.first { $0.name == "until" }?.value == "2026-11-20T00:00:00Z")
    }

    @Test func anLRSWhoseActivityFilterMatchesNothingIsReadUnfilteredAndSaysSo() throws {
        let (box, lrs) = try folderAndLRS(pageSize: 10, mode: .noactivity)
        defer { box.cleanUp(); lrs.stop() }
        let (folder, read) = both(box, lrs, ["report", "--until", "2026-11-20"])
        let note = "\(lrs.url): note: the LRS found nothing for activity https://lastcall.example.org but holds 42 session "
            + "statement(s) under it (its activity filter does not work: Ralph 5.1's filesystem backend); read every statement instead\n"
        #expect(read.contains(note), "\(read)")
        #expect(read.replacingOccurrences(of: note, with: "") == folder)
        let queries = try lrs.queries()
        #expect(queries.first?.hasPrefix("activity=") == true)
        #expect(queries.dropFirst().allSatisfy { !$0.contains("activity=") && $0.contains("until=") }, "\(queries)")

        // An LRS that is simply empty is asked twice and says nothing more.
        let empty = try LoopbackLRS(.ok)
        defer { empty.stop() }
        box.console.errors = ""
        #expect(box.run(["report", "--from-lrs", empty.url]) == 0)
        #expect(box.console.output.contains("No sessions to report in the LRS at \(empty.url)."))
        #expect(!box.console.errors.contains("note: the LRS found nothing"))
        #expect(try empty.queries().count == 2)
    }

    @Test func aSessionSentLateFromAnOutboxIsStillInItsDaysReport() throws {
        // Started on the 3rd, ended (and so timestamped) on the 5th: still
        // a session of the 3rd for --until 2026-11-03.
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        let late = ReportLines.line(day: 3).replacingOccurrences(of: "2026-11-03T09:34:12Z", with: "2026-11-05T18:00:00Z")
        try box.write("ana.jsonl", [ReportLines.line(day: 1), late, ReportLines.line(day: 4)])
        let lrs = try LoopbackLRS(.ok)
        defer { lrs.stop() }
        #expect(box.run(["export", "--format", "xapi", "--lrs", lrs.url]) == 0, "\(box.console.errors)")
        let (folder, read) = both(box, lrs, ["report", "--until", "2026-11-03"])
        #expect(read == folder)
        #expect(folder.contains("1 trainee, 2 sessions (until 2026-11-03)"), "\(folder)")
    }

    @Test(arguments: [
        (["report", "--until", "2026-11-31"], "--until needs a date written YYYY-MM-DD (UTC), not '2026-11-31'"),
        (["report", "--since", "2026-11-05", "--until", "2026-11-04"], "--until 2026-11-04 is before --since 2026-11-05"),
    ])
    func aBadUntilIsAUsageError(arguments: [String], message: String) throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        #expect(box.run(arguments) == 64)
        #expect(box.console.errors.contains(message), "\(box.console.errors)")
    }

    @Test func theLRSBoundsAreTheDaysWidenedToWhatTheLRSFilters() {
        #expect(ProgressReader.lrsSince("2026-11-01") == "2026-10-31T23:59:59Z")
        #expect(ProgressReader.lrsUntil("2026-11-30") == "2026-12-08T00:00:00Z")
        #expect(ProgressReader.lrsUntil("2028-02-28") == "2028-03-07T00:00:00Z")
    }
}
