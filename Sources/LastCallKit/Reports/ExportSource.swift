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
    /// Calls `body` with each trainee's latest `count` full records among
    /// those the filter keeps, trainee by trainee, each's oldest first. The
    /// default decodes every record; a source that can pick the lines first
    /// decodes only those kept.
    func forEachLatestRecord(perTrainee count: Int, _ body: (SessionRecord) -> Void)
}

extension ExportSource {
    public func forEachLatestRecord(perTrainee count: Int, _ body: (SessionRecord) -> Void) {
        var windows = TraineeWindows<SessionRecord>(capacity: count)
        forEachRecord { windows.append($0, trainee: $0.trainee) }
        windows.forEach(body)
    }
}
