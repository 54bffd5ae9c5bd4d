/// Where an exporter reads from: the report settings and filter, and either
/// the team report or the sessions the filter keeps. The CLI reads the
/// progress folder; `SessionList` holds sessions in memory (for tests).
public protocol ExportSource {
    /// The criteria and retraining rule (the columns of every export).
    var settings: ReportSettings { get }
    /// Which sessions count (`--since`, `--last`).
    var filter: ReportFilter { get }
    /// The team report over the sessions the filter keeps.
    func teamReport() -> TeamReport
    /// Calls `body` with each session the filter keeps, in export order
    /// (file order; with `--last`, trainee by trainee).
    func forEachSession(_ body: (SessionFacts) -> Void)
    /// Calls `body` with each full record (with its turns) the filter keeps,
    /// in the same order as `forEachSession`.
    func forEachRecord(_ body: (SessionRecord) -> Void)
    /// Builds the team report, as `teamReport()`, and hands it to `write`
    /// with a function that reads a trainee's latest `count` sessions among
    /// those the filter keeps (oldest first) for their missed replies. The
    /// default decodes every record after the report; a source that can
    /// note each trainee's latest lines while it reads the report reads
    /// only those again, with the light reader, a trainee at a time.
    func withTeamReport(latestReplies count: Int, _ write: (TeamReport, (String) -> [SessionReplies]) -> Void)
}

extension ExportSource {
    public func withTeamReport(latestReplies count: Int, _ write: (TeamReport, (String) -> [SessionReplies]) -> Void) {
        let report = teamReport()
        var windows = TraineeWindows<SessionReplies>(capacity: count)
        forEachRecord { windows.append(SessionReplies($0), trainee: $0.trainee) }
        write(report) { windows.elements(of: $0) }
    }
}
