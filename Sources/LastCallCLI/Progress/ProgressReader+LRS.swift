import Foundation
import LastCallKit

extension ProgressReader {
    /// Where `source` says the sessions came from an LRS.
    static let lrsSource = "--from-lrs"

    /// The sessions in the learning record store at `url`, read back page
    /// by page (only those started on or after `since`, a `YYYY-MM-DD` date,
    /// are asked for) and served like a progress folder. Statements the
    /// reports cannot use are warned about on standard error.
    static func openLRS(_ url: String, since: String?, _ arguments: ParsedArguments,
                        _ context: CommandContext) throws -> ProgressReader {
        guard let settings = try LRSSettings.make(url: url, option: "--from-lrs", arguments, context,
                                                  defaultTimeout: SyncCommand.syncTimeout) else {
            throw UsageError("--from-lrs needs the LRS's address")
        }
        let reader = LRSStatementReader(client: settings.client, options: settings.options)
        let result: LRSStatementReader.Result
        do {
            result = try reader.read(since: since.map(lrsSince))
        } catch {
            throw CommandFailure("cannot read the sessions back: \(error.description)")
        }
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

    /// Whether the sessions came from an LRS rather than a folder.
    var isFromLRS: Bool { source == Self.lrsSource }
}
