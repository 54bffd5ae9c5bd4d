import Foundation
import LastCallKit

extension ProgressReader {
    /// Where `source` says the sessions came from an LRS.
    static let lrsSource = "--from-lrs"

    /// The sessions in the learning record store at `url`, read back page
    /// by page (the query narrowed by the filter's `since` and `until` days,
    /// see `lrsSince` and `lrsUntil`) and served like a progress folder; the
    /// report's own filter then keeps exactly the sessions of those days.
    /// Statements the reports cannot use are warned about on standard error.
    static func openLRS(_ url: String, filter: ReportFilter, _ arguments: ParsedArguments,
                        _ context: CommandContext) throws -> ProgressReader {
        guard let settings = try LRSSettings.make(url: url, option: "--from-lrs", arguments, context,
                                                  defaultTimeout: SyncCommand.syncTimeout) else {
            throw UsageError("--from-lrs needs the LRS's address")
        }
        let reader = LRSStatementReader(client: settings.client, options: settings.options)
        let result: LRSStatementReader.Result
        do {
            result = try reader.read(since: filter.since.map(lrsSince), until: filter.until.map(lrsUntil))
        } catch {
            throw CommandFailure("cannot read the sessions back: \(error.description)")
        }
        if let note = result.note { context.console.errorLine(note) }
        let limit = 20
        result.warnings.prefix(limit).forEach { context.console.errorLine($0) }
        if result.warnings.count > limit {
            context.console.errorLine("lastcall: \(result.warnings.count - limit) more statement(s) skipped")
        }
        let store = LRSProgressStore(endpoint: settings.client.endpoint, sessions: result.sessions)
        let trainees = (try? store.trainees()) ?? []
        return ProgressReader(store: store, trainees: trainees, folder: settings.client.endpoint, source: lrsSource)
    }

    /// The LRS `since` for sessions started on or after `date`: one second
    /// before its midnight, as `since` is exclusive. Whether an LRS filters
    /// by `stored` (xAPI) or by `timestamp` (Ralph's filesystem backend),
    /// both come at or after the start, so nothing wanted is left out; the
    /// report's own filter then keeps exactly the sessions started that day
    /// or later.
    static func lrsSince(_ date: String) -> String {
        let formatter = ISO8601DateFormatter()
        guard let midnight = formatter.date(from: date + "T00:00:00Z") else { return date + "T00:00:00Z" }
        return formatter.string(from: midnight.addingTimeInterval(-1))
    }

    /// How long after the end of its `--until` day a session may have
    /// reached the LRS and still be read back: a week, so a session that
    /// waited in a trainee machine's outbox over a weekend or a holiday is
    /// still counted.
    static let lrsUntilGrace: TimeInterval = 7 * 86_400

    /// The LRS `until` for sessions started on or before `date`. xAPI's
    /// `until` bounds when the LRS stored a statement (Ralph: the statement's
    /// timestamp, which is the session's end), and both come after the
    /// start: a session started late on `date` ends after midnight, and one
    /// queued in an outbox is stored when the next `play` or `sync` sends
    /// it. So the bound is the end of `date` plus `lrsUntilGrace`; the
    /// report's own filter then drops the sessions started after `date`.
    /// A session that reached an LRS filtering by `stored` more than a week
    /// after its day is missed (README: Deploying to many machines).
    static func lrsUntil(_ date: String) -> String {
        let formatter = ISO8601DateFormatter()
        guard let midnight = formatter.date(from: date + "T00:00:00Z") else { return date + "T23:59:59Z" }
        return formatter.string(from: midnight.addingTimeInterval(86_400 + lrsUntilGrace))
    }

    /// Whether the sessions came from an LRS rather than a folder.
    var isFromLRS: Bool { source == Self.lrsSource }
}
