import Foundation
import LastCallKit

/// `lastcall sync`: sends the statements waiting in the progress folder's
/// LRS outbox, or (`--status`) says how many wait and the last error. Also
/// the two steps `play` takes once a session is saved: queue its statement,
/// then try to send what waits, within a few seconds.
enum SyncCommand {
    static let entry = CommandRunner.Entry(
        name: "sync",
        summary: "send the sessions waiting for the learning record store (or --status: what waits)",
        usage: """
        lastcall sync [--status] [--lrs URL] [--lrs-user USER] [--progress DIR]
          Sends the xAPI statements that 'play' could not deliver (the LRS was down,
          slow, refused them or the password was wrong). They wait in .outbox/ inside
          the progress folder; statement ids are stable, so nothing is stored twice.
          --status         how many statements wait, per trainee, and the last error
                           the LRS gave; sends nothing
          --lrs URL        the LRS (else $LASTCALL_LRS_URL), e.g. http://HOST:PORT/xAPI
          --lrs-user USER  LRS user (else $LASTCALL_LRS_USER); password from $LASTCALL_LRS_PASSWORD
          --progress DIR   the progress folder (else $LASTCALL_PROGRESS, else
                           $XDG_DATA_HOME/lastcall/progress, else ~/.local/share/lastcall/progress)
          $LASTCALL_LRS_TIMEOUT sets the seconds one request may wait (default 30).
          Exit status: 0 when nothing waits afterwards, 1 when something still waits,
          64 on a usage error (never 66: sync names no file), 130 when interrupted.

        """,
        run: run)

    /// Seconds one request may wait in `sync` and in reads.
    static let syncTimeout: TimeInterval = 30
    /// Seconds one request may wait after `play` (the trainee is waiting).
    static let playTimeout: TimeInterval = 3

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner(flags: ["--status"], options: ["--lrs", "--lrs-user", "--progress"]).scan(arguments)
        guard parsed.positionals.isEmpty else { throw UsageError("sync takes no arguments, only options") }
        let folder = Locations.progress(parsed, context)
        let outbox = LRSOutbox(progress: context.url(for: folder))
        if parsed.has("--status") {
            if parsed.value("--lrs") != nil || parsed.value("--lrs-user") != nil {
                throw UsageError("--status only reads the outbox: drop --lrs and --lrs-user")
            }
            return try status(outbox, context)
        }
        guard let settings = try LRSSettings.make(url: parsed.value("--lrs"), option: "--lrs", parsed, context,
                                                  defaultTimeout: syncTimeout) else {
            throw UsageError("sync needs the LRS: pass --lrs URL or set LASTCALL_LRS_URL")
        }
        let flush = outbox.flush(settings.client, deadline: Date().addingTimeInterval(3600), now: context.now)
        let endpoint = TerminalText.inert(settings.client.endpoint)
        if flush.confirmed == 0, flush.waiting == 0, flush.error == nil {
            context.console.line("Nothing waits for the LRS (\(TerminalText.inert(outbox.url.path))).")
            return ExitCode.success
        }
        context.console.line("LRS \(endpoint): \(flush.confirmed) statement(s) sent (\(flush.stored) new, "
                             + "\(flush.confirmed - flush.stored) already stored), \(flush.waiting) still wait.")
        if let error = flush.error {
            context.console.errorLine("lastcall: \(TerminalText.inert(error))")
            return ExitCode.failure
        }
        return flush.waiting == 0 ? ExitCode.success : ExitCode.failure
    }

    /// `sync --status`.
    static func status(_ outbox: LRSOutbox, _ context: CommandContext) throws -> Int32 {
        let waiting: [(trainee: String, count: Int)]
        do {
            waiting = try outbox.waiting()
        } catch {
            throw CommandFailure("cannot read the LRS outbox: \(error.description)")
        }
        let path = TerminalText.inert(outbox.url.path)
        guard !waiting.isEmpty else {
            context.console.line("Nothing waits for the LRS (\(path)).")
            return ExitCode.success
        }
        let total = waiting.reduce(0) { $0 + $1.count }
        context.console.line("\(total) statement\(total == 1 ? "" : "s") wait\(total == 1 ? "s" : "") for the LRS in \(path):")
        let width = waiting.map(\.trainee.count).max() ?? 0
        for (trainee, count) in waiting {
            context.console.line("  \(ReportCommands.pad(TerminalText.inert(trainee), width))  \(count)")
        }
        if let last = outbox.lastError() {
            context.console.line("last error (\(TerminalText.inert(last.at))): \(TerminalText.inert(last.message))")
        }
        context.console.line("'lastcall sync' sends them (the next 'play' with an LRS also tries).")
        return ExitCode.success
    }

    // MARK: After play

    /// Queues the session's statement in the outbox. Called only once the
    /// session's progress line is on disk; a failure here is said and the
    /// session stays safe in the progress file.
    static func enqueue(_ record: SessionRecord, _ settings: LRSSettings, _ outbox: LRSOutbox, _ context: CommandContext) {
        let statement = XAPIExporter.statement(for: SessionFacts(record), options: settings.options)
        do {
            try outbox.add([statement], trainee: record.trainee)
        } catch {
            context.console.errorLine("lastcall: the session is saved, but could not be queued for the LRS: \(error.description); "
                                      + "'lastcall export --format xapi --lrs URL' can send it later")
        }
    }

    /// Sends what waits, giving up after about `playTimeout` seconds, and
    /// says in one line what happened.
    static func sendAfterPlay(_ settings: LRSSettings, _ outbox: LRSOutbox, _ context: CommandContext, toStandardError: Bool) {
        let deadline = Date().addingTimeInterval(settings.timeout)
        let flush = outbox.flush(settings.client, deadline: deadline, now: context.now)
        let host = URL(string: settings.client.endpoint)?.host ?? settings.client.endpoint
        guard flush.confirmed > 0 || flush.waiting > 0 || flush.error != nil else { return }
        let line: String
        if let error = flush.error {
            let reason = error.count > 160 ? String(error.prefix(159)) + "…" : error
            line = "LRS: not sent now (\(reason)); \(flush.waiting) statement(s) wait in the outbox for the next play or 'lastcall sync'."
        } else if flush.waiting > 0 {
            line = "LRS: \(flush.confirmed) statement(s) sent to \(host); \(flush.waiting) wait (another sync is sending them)."
        } else {
            line = "LRS: sent to \(host) (\(flush.confirmed) statement\(flush.confirmed == 1 ? "" : "s") confirmed)."
        }
        let text = TerminalText.inert(line)
        if toStandardError {
            context.console.errorLine(text)
        } else {
            context.console.line(Style(isEnabled: context.console.usesColor).dim(text))
        }
    }
}
