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
    /// The team report, as `teamReport()`; then calls `body` with each
    /// trainee's latest `count` sessions among those the filter keeps, read
    /// for their missed replies: trainee by trainee (names in UTF-8 byte
    /// order), each's oldest first. The default decodes every record after
    /// the report; a source that can note each trainee's latest lines while
    /// it reads the report reads only those again, with the light reader.
    func teamReport(latestReplies count: Int, _ body: (SessionReplies) -> Void) -> TeamReport
}

extension ExportSource {
    public func teamReport(latestReplies count: Int, _ body: (SessionReplies) -> Void) -> TeamReport {
        let report = teamReport()
        var windows = TraineeWindows<SessionReplies>(capacity: count)
        forEachRecord { windows.append(SessionReplies($0), trainee: $0.trainee) }
        windows.forEach(body)
        return report
    }
}
