import Foundation
import LastCallKit

/// `lastcall export`: the reports in other tools' formats (CSV, JSON, xAPI,
/// HTML), to standard output, a file (written atomically) or an LRS.
enum ExportCommand {
    static let entry = CommandRunner.Entry(
        name: "export",
        summary: "export progress as CSV, JSON, xAPI statements (optionally to an LRS) or an HTML page",
        usage: """
        lastcall export --format csv|json|xapi|html [--by trainee|session] [--output FILE] [options]
          csv    RFC 4180, UTF-8, CRLF; by trainee (default) or one row per session
          json   the same facts, typed; by trainee (default) or by session
          xapi   one xAPI 1.0.3 statement per session (passed / failed / terminated)
          html   one self-contained page: team table, criteria chart, trends, retraining
          --output FILE       write FILE atomically instead of standard output
          --turns             xapi: add one 'answered' statement per reply
          --lrs URL           xapi: send to the LRS at URL (POST URL/statements, batches of 100)
          --lrs-user USER     LRS user (else $LASTCALL_LRS_USER); password from $LASTCALL_LRS_PASSWORD
          --actor-home URL    xapi: the home page of the trainees' accounts (else $LASTCALL_ACTOR_HOME)
          --activity-base IRI xapi: the base of activity and extension IRIs (else $LASTCALL_ACTIVITY_BASE)
          --batch N           xapi: statements per POST (default 100)
        \(ReportCommands.commonUsage)

        """,
        run: run)

    enum Format: String, CaseIterable { case csv, json, xapi, html }

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner(
            flags: ["--turns"],
            options: ReportCommands.commonOptions + ["--format", "--by", "--output", "--lrs", "--lrs-user", "--actor-home",
                                                     "--activity-base", "--batch"]).scan(arguments)
        guard parsed.positionals.isEmpty else { throw UsageError("export takes no arguments, only options") }
        guard let formatText = parsed.value("--format") else {
            throw UsageError("export needs --format csv, json, xapi or html")
        }
        guard let format = Format(rawValue: formatText) else {
            let hint = Spelling.suggestion(for: formatText, among: Format.allCases.map(\.rawValue)).map { "did you mean '\($0)'?" }
            throw UsageError("unknown format '\(TerminalText.inert(formatText))': use csv, json, xapi or html", hint: hint)
        }
        let by = parsed.value("--by") ?? (format == .xapi ? "session" : "trainee")
        guard by == "trainee" || by == "session" else {
            throw UsageError("--by takes 'trainee' or 'session', not '\(TerminalText.inert(by))'")
        }
        if format == .xapi, by == "trainee" { throw UsageError("xapi statements are one per session: drop '--by trainee'") }
        if format == .html, by == "session" { throw UsageError("the html page is by trainee: drop '--by session'") }
        if format != .xapi {
            for option in ["--turns", "--lrs", "--lrs-user", "--actor-home", "--activity-base", "--batch"]
            where parsed.has(option) || parsed.value(option) != nil {
                throw UsageError("\(option) is for --format xapi")
            }
        }
        _ = try ReportCommands.filter(parsed)
        if let output = parsed.value("--output") { try ProgressReader.refuseOutput(output, parsed, context) }
        let generatedAt = Timestamp.iso8601(context.now())

        if parsed.value("--from-lrs") != nil, parsed.has("--turns") {
            throw UsageError("--turns needs the progress folder: an LRS session statement does not carry the replies")
        }
        if format == .xapi { return try XAPIExport.run(parsed, context) }

        let sources = try ReportCommands.sources(parsed, context)
        let sink = try OutputSink(path: parsed.value("--output"), context: context)
        var count = 0
        switch (format, by) {
        case (.csv, "trainee"), (.json, "trainee"), (.html, _):
            let (team, _, _) = ReportCommands.team(sources, context)
            count = team.trainees.count
            switch format {
            case .csv: sink.write(CSVExporter.trainees(team))
            case .json: sink.write(JSONReportExporter.trainees(team, generatedAt: generatedAt))
            default: sink.write(HTMLReportExporter.page(team, generatedAt: generatedAt))
            }
        default:
            let settings = sources.inputs.settings
            if format == .csv {
                sink.write(CSVExporter.sessionHeader(settings))
            } else {
                sink.write(JSONReportExporter.sessionsPrefix(generatedAt: generatedAt, filter: sources.filter))
            }
            streamSessions(sources, context) { session in
                if format == .csv {
                    sink.write(CSVExporter.sessionRow(session, settings: settings))
                } else {
                    sink.write(JSONReportExporter.sessionItem(session, isFirst: count == 0))
                }
                count += 1
            }
            if format == .json { sink.write(JSONReportExporter.sessionsSuffix) }
        }
        try sink.commit()
        if count == 0 { context.console.errorLine("lastcall: " + ReportCommands.emptyNote(sources, context)) }
        if let path = sink.path, path != "-" {
            let what = by == "session" ? "session" : "trainee"
            context.console.errorLine("wrote \(TerminalText.inert(path)) (\(format.rawValue), \(count) \(what)\(count == 1 ? "" : "s"))")
        }
        return ExitCode.success
    }

    /// Streams the sessions the filter admits, in file order; with `--last
    /// N`, each trainee's latest N, trainee by trainee.
    static func streamSessions(_ sources: ReportCommands.Sources, _ context: CommandContext, _ each: (SessionFacts) -> Void) {
        guard let last = sources.filter.last else {
            _ = sources.reader.readFacts(console: context.console) { session in
                if sources.filter.admits(session) { each(session) }
            }
            return
        }
        var windows: [String: RecentWindow<SessionFacts>] = [:]
        _ = sources.reader.readFacts(console: context.console) { session in
            if sources.filter.admits(session) { windows[session.trainee, default: RecentWindow(capacity: last)].append(session) }
        }
        for (_, window) in windows.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            window.elements.forEach(each)
        }
    }

    /// Streams full records (with turns) the same way.
    static func streamRecords(_ sources: ReportCommands.Sources, _ context: CommandContext, _ each: (SessionRecord) -> Void) {
        guard let last = sources.filter.last else {
            _ = sources.reader.readRecords(console: context.console) { record in
                if sources.filter.admits(SessionFacts(record)) { each(record) }
            }
            return
        }
        var windows: [String: RecentWindow<SessionRecord>] = [:]
        _ = sources.reader.readRecords(console: context.console) { record in
            if sources.filter.admits(SessionFacts(record)) { windows[record.trainee, default: RecentWindow(capacity: last)].append(record) }
        }
        for (_, window) in windows.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            window.elements.forEach(each)
        }
    }
}
