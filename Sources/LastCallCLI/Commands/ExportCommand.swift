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
          html   one self-contained page: team table, criteria chart, trends, retraining,
                 and each trainee's missed replies
          --output FILE       write FILE atomically instead of standard output
                              (a device or named pipe such as /dev/null: written in place)
          --turns             xapi: add one 'answered' statement per reply
          --lrs URL           xapi: send to the LRS at URL (POST URL/statements, batches of 100)
          --lrs-user USER     LRS user (else $LASTCALL_LRS_USER); password from $LASTCALL_LRS_PASSWORD
          --lrs-timeout S     seconds each LRS request may take (default 10)
          --actor-home URL    xapi: the home page of the trainees' accounts (else $LASTCALL_ACTOR_HOME)
          --activity-base IRI xapi: the base of activity and extension IRIs (else $LASTCALL_ACTIVITY_BASE;
                              without either, the example https://lastcall.example.org, with a warning)
          --batch N           xapi: statements per POST (default 100)
        \(ReportCommands.commonUsage)

        """,
        run: run)

    enum Format: String, CaseIterable { case csv, json, xapi, html }

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner(
            flags: ["--turns"],
            options: ReportCommands.commonOptions + ["--format", "--by", "--output", "--lrs", "--lrs-user", "--actor-home",
                                                     "--activity-base", "--batch", "--lrs-timeout"]).scan(arguments)
        guard parsed.positionals.isEmpty else { throw UsageError("export takes no arguments, only options") }
        guard let formatText = parsed.value("--format") else {
            throw UsageError("export needs --format csv, json, xapi or html")
        }
        guard let format = Format(rawValue: formatText) else {
            let hint = Spelling.suggestion(for: formatText, among: Format.allCases.map(\.rawValue)).map { "did you mean '\($0)'?" }
            throw UsageError("unknown format '\(TerminalText.inert(formatText))': use csv, json, xapi or html", hint: hint)
        }
        let byText = parsed.value("--by") ?? (format == .xapi ? "session" : "trainee")
        guard let by = ExportGrouping(rawValue: byText) else {
            throw UsageError("--by takes 'trainee' or 'session', not '\(TerminalText.inert(byText))'")
        }
        if format == .xapi, by == .trainee { throw UsageError("xapi statements are one per session: drop '--by trainee'") }
        if format == .html, by == .session { throw UsageError("the html page is by trainee: drop '--by session'") }
        if format != .xapi {
            for option in ["--turns", "--lrs", "--lrs-user", "--lrs-timeout", "--actor-home", "--activity-base", "--batch"]
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
        let exporter: any ReportExporter
        switch format {
        case .csv: exporter = CSVExporter(by: by)
        case .json: exporter = JSONReportExporter(by: by, generatedAt: generatedAt)
        case .html: exporter = HTMLReportExporter(generatedAt: generatedAt)
        // xAPI may also go to an LRS, in batches: its own path.
        case .xapi: return try XAPIExport.run(parsed, context)
        }

        let sources = try ReportCommands.sources(parsed, context)
        let sink = try OutputSink(path: parsed.value("--output"), context: context)
        let source = ProgressExportSource(sources, context)
        exporter.write(source, to: sink.write)
        try sink.commit()
        let count = exporter.isStreaming ? source.sessions : source.trainees
        if count == 0 { context.console.errorLine("lastcall: " + ReportCommands.emptyNote(sources, context)) }
        if let path = sink.path, path != "-" {
            context.console.errorLine("wrote \(TerminalText.inert(path)) (\(exporter.identifier), \(count) \(by.rawValue)\(count == 1 ? "" : "s"))")
        }
        return ExitCode.success
    }
}
