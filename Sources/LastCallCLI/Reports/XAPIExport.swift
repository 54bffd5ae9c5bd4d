import Foundation
import LastCallKit

/// `lastcall export --format xapi`: statements to standard output, a file,
/// and/or a learning record store.
enum XAPIExport {
    /// The one line on standard error when the statements would carry the
    /// example activity base: another tool could not tell them apart.
    static let defaultBaseWarning = "lastcall: warning: the statements use the example activity base \(XAPIOptions.defaultBase); "
        + "set --activity-base IRI or LASTCALL_ACTIVITY_BASE to an address your organisation owns"

    static func run(_ parsed: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let options = XAPIOptions(
            actorHomePage: parsed.value("--actor-home") ?? context.env("LASTCALL_ACTOR_HOME") ?? XAPIOptions.defaultBase,
            activityBase: parsed.value("--activity-base") ?? context.env("LASTCALL_ACTIVITY_BASE") ?? XAPIOptions.defaultBase)
        if parsed.value("--activity-base") == nil, context.env("LASTCALL_ACTIVITY_BASE") == nil {
            context.console.errorLine(defaultBaseWarning)
        }
        for (name, value) in [("--actor-home", options.actorHomePage), ("--activity-base", options.activityBase)] {
            guard value.hasPrefix("http://") || value.hasPrefix("https://"), value.count > 8 else {
                throw UsageError("\(name) needs an http:// or https:// address, not '\(TerminalText.inert(value))'")
            }
        }
        var batchSize = 100
        if let text = parsed.value("--batch") {
            guard let value = Int(text), (1...10_000).contains(value) else { throw UsageError("--batch needs a number from 1 to 10000") }
            batchSize = value
        }
        var client: LRSClient?
        if let url = parsed.value("--lrs") {
            guard url.hasPrefix("http://") || url.hasPrefix("https://"), URL(string: url) != nil else {
                throw UsageError("--lrs needs the LRS's http:// or https:// address (for Ralph: http://HOST:PORT/xAPI)")
            }
            var credentials: (String, String)?
            if let user = parsed.value("--lrs-user") ?? context.env("LASTCALL_LRS_USER") {
                guard let password = context.environment["LASTCALL_LRS_PASSWORD"] else {
                    throw CommandFailure("no password for LRS user '\(TerminalText.inert(user))'", hint: "set LASTCALL_LRS_PASSWORD")
                }
                credentials = (user, password)
            }
            var timeout = LRSClient.defaultTimeout
            if let text = parsed.value("--lrs-timeout") {
                guard let value = Double(text), value.isFinite, value >= 0.1, value <= 600 else {
                    throw UsageError("--lrs-timeout needs a number of seconds from 0.1 to 600, not '\(TerminalText.inert(text))'")
                }
                timeout = value
            }
            client = LRSClient(endpoint: url, credentials: credentials, transport: SocketHTTPTransport(timeout: timeout))
            client?.batchSize = batchSize
        } else {
            for option in ["--lrs-user", "--lrs-timeout"] where parsed.value(option) != nil {
                throw UsageError("\(option) goes with --lrs URL")
            }
        }
        return try export(parsed, context, options: options, client: client)
    }

    /// Streams the statements out; `client` sends them in batches.
    static func export(_ parsed: ParsedArguments, _ context: CommandContext, options: XAPIOptions, client: LRSClient?) throws -> Int32 {
        let sources = try ReportCommands.sources(parsed, context)
        let sink: OutputSink? = client == nil || parsed.value("--output") != nil
            ? try OutputSink(path: parsed.value("--output"), context: context) : nil
        sink?.write("[\n")
        var written = 0
        var batch: [JSONValue] = []
        var tally = LRSClient.Tally()
        var batches = 0
        var failure: LRSClient.Failure?

        func emit(_ statement: JSONValue) {
            guard failure == nil else { return }
            if let sink {
                sink.write((written == 0 ? "" : ",\n") + statement.jsonText)
            }
            written += 1
            guard let client else { return }
            batch.append(statement)
            if batch.count >= client.batchSize { flush(client) }
        }
        func flush(_ client: LRSClient) {
            guard !batch.isEmpty, failure == nil else { return }
            do {
                let sent = try client.send(batch)
                tally.stored += sent.stored
                tally.alreadyStored += sent.alreadyStored
                batches += 1
            } catch {
                failure = error
            }
            batch.removeAll(keepingCapacity: true)
        }

        XAPIExporter(options: options, includesTurns: parsed.has("--turns"))
            .forEachStatement(in: ProgressExportSource(sources, context), emit)
        if let client { flush(client) }
        sink?.write(written == 0 ? "]\n" : "\n]\n")

        if let failure {
            sink?.discard()
            context.console.errorLine("lastcall: \(failure.description)")
            context.console.errorLine("lastcall: the LRS stored \(tally.stored) statement(s) before the failure; "
                                      + "run the export again to send the rest (statement ids are stable: nothing is stored twice)")
            return ExitCode.failure
        }
        try sink?.commit()
        if written == 0 { context.console.errorLine("lastcall: " + ReportCommands.emptyNote(sources, context)) }
        if let path = sink?.path, path != "-" {
            context.console.errorLine("wrote \(TerminalText.inert(path)) (xapi, \(written) statement\(written == 1 ? "" : "s"))")
        }
        if let client {
            context.console.line("LRS \(TerminalText.inert(client.endpoint)): stored \(tally.stored) new statement(s), "
                                 + "\(tally.alreadyStored) already stored, \(written) sent in \(batches) batch(es)")
        }
        return ExitCode.success
    }
}
