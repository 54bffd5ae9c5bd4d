import Foundation
import Testing
@testable import LastCallKit

/// The sessions every exporter is tested on, and the stored files holding
/// what each export of them must be (`Reports/Fixtures`, copied into the test
/// bundle by Package.swift). The trainees' names, titles and replies carry
/// what each format must escape: commas and quotes, a spreadsheet formula,
/// HTML markup, a terminal escape, a tab and a line break, and non-ASCII text.
/// One session judged promises and one was left before any reply.
enum ExportFixtures {
    static let generatedAt = "2026-11-30T12:00:00Z"
    static let options = XAPIOptions(actorHomePage: "https://lms.example.com", activityBase: "https://training.example.com/lastcall")

    static let hostile = "=cmd|' /C calc'!A0 <script>&\u{1B}[31m"

    static let records: [SessionRecord] = [
        ReportFixtures.record(trainee: "ana", day: 1, score: 60, tallies: [(.apology, 1, 2), (.timeFrame, 0, 1), (.noBlame, 1, 1)],
                              turns: [
                                Turn(step: "open", customer: "Where is my order?", reply: "I'm sorry, I'll sort it out.",
                                     met: [.apology, .noBlame], missed: [], evidence: [.apology: ["I'm sorry"]], mood: 55),
                                Turn(step: "promise", customer: "When?", reply: "Soon, \"honestly\".", met: [],
                                     missed: [.apology, .timeFrame], mood: 45),
                              ]),
        ReportFixtures.record(trainee: "Ben, \"B\"", scenario: "double-charge", title: "Charged twice", level: 1, day: 2,
                              score: 100, tallies: [(.apology, 1, 1)]),
        {
            // Two promises judged, one kept, and one not yet judged (not counted).
            var record = ReportFixtures.record(trainee: "ana", day: 3, score: 90, tallies: [(.apology, 2, 2), (.timeFrame, 1, 1)])
            record.promiseTally = PromiseTally(kept: 1, judged: 2)
            return record
        }(),
        ReportFixtures.record(trainee: hostile, scenario: "lost parcel/ü", title: "Tab\there & <b>bold</b>\nnext", level: 3,
                              day: 4, score: 30, outcome: .abandoned, duration: 3725, tallies: [(.nameAndNumber, 0, 2)],
                              turns: [Turn(step: "open", customer: "Hello?", reply: hostile, met: [], missed: [.nameAndNumber], mood: 20)]),
        ReportFixtures.record(trainee: "Zoë", scenario: "outage", title: "Outage", level: 5, day: 5, score: 70,
                              outcome: .escalated, tallies: [(.timeFrame, 1, 1), (.ownership, 0, 1)]),
        // Left before any reply: counted as abandoned, not in the average or trend.
        ReportFixtures.record(trainee: "Zoë", scenario: "outage", title: "Outage", level: 5, day: 6, score: 0,
                              outcome: .abandoned, tallies: [(.timeFrame, 0, 0), (.ownership, 0, 0)], turns: []),
    ]

    static let source = SessionList(records: records, settings: .standard, library: ReportFixtures.library)

    /// The whole text `exporter` writes from `source`.
    static func text(_ exporter: some ReportExporter, _ source: SessionList = source) -> String {
        var text = ""
        exporter.write(source) { text += $0 }
        return text
    }

    /// The stored expected file `name`.
    static func expected(_ name: String) throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        return try #require(String(data: data, encoding: .utf8))
    }
}
