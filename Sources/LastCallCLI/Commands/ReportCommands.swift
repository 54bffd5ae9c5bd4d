import LastCallKit

/// The progress and retraining reports: `progress`, `report` and `export`,
/// and what they share (options, reading the progress folder).
enum ReportCommands {
    /// The three commands, in the order `lastcall help` lists them.
    static var entries: [CommandRunner.Entry] { [ProgressCommand.entry, ReportCommand.entry, ExportCommand.entry] }

    /// Options every report command takes.
    static let commonOptions = ["--progress", "--scenarios", "--rubric", "--since", "--last"]

    /// Usage lines for the common options.
    static let commonUsage = """
          --progress DIR    the progress folder (else $LASTCALL_PROGRESS, $XDG_DATA_HOME/lastcall/progress,
                            ~/.local/share/lastcall/progress)
          --scenarios DIR   the scenario library, for suggestions (else $LASTCALL_SCENARIOS, scenarios)
          --rubric FILE     the rubric: criteria, tips, retraining rule (else $LASTCALL_RUBRIC, scoring/rubric.yaml)
          --since DATE      only sessions started on or after DATE (YYYY-MM-DD, UTC)
          --last N          only each trainee's latest N sessions
        """

    /// `--since` and `--last` as a filter.
    static func filter(_ parsed: ParsedArguments) throws(UsageError) -> ReportFilter {
        var filter = ReportFilter()
        if let text = parsed.value("--since") {
            guard let date = ReportFilter.date(text) else {
                throw UsageError("--since needs a date written YYYY-MM-DD (UTC), not '\(TerminalText.inert(text))'")
            }
            filter.since = date
        }
        if let text = parsed.value("--last") {
            guard let count = Int(text), count > 0 else {
                throw UsageError("--last needs a whole number of sessions above 0, not '\(TerminalText.inert(text))'")
            }
            filter.last = count
        }
        return filter
    }

    /// What a command works from: the progress folder, the rubric facts and
    /// the filter.
    struct Sources {
        var reader: ProgressReader
        var inputs: ReportInputs
        var filter: ReportFilter
    }

    /// Opens the progress folder and loads the rubric and the library.
    static func sources(_ parsed: ParsedArguments, _ context: CommandContext) throws -> Sources {
        let filter = try filter(parsed)
        let reader = try ProgressReader.open(parsed, context)
        let inputs = try ReportInputs.load(parsed, context)
        return Sources(reader: reader, inputs: inputs, filter: filter)
    }

    /// Streams every session into a team report (only `trainee`'s when given).
    static func team(_ sources: Sources, _ context: CommandContext, trainee: String? = nil,
                     keepSessions: Int = 0) -> (report: TeamReport, tally: ProgressReader.Tally, trainees: Set<String>) {
        var builder = ReportBuilder(settings: sources.inputs.settings, filter: sources.filter,
                                    library: sources.inputs.library ?? [], keepSessions: keepSessions)
        var seen = SeenScenarios()
        var names: Set<String> = []
        let tally = sources.reader.readFacts(console: context.console) { session in
            if sources.inputs.library == nil { seen.add(session) }
            if let trainee {
                guard session.trainee == trainee else {
                    names.insert(session.trainee)
                    return
                }
            }
            builder.add(session)
        }
        if sources.inputs.library == nil { builder.library = seen.scenarios }
        return (builder.finish(), tally, names)
    }

    /// The note shown when the folder holds no sessions.
    static func emptyNote(_ sources: Sources, _ context: CommandContext) -> String {
        let path = context.url(for: sources.reader.folder).path
        if sources.reader.files.isEmpty {
            return "No sessions yet: \(TerminalText.inert(path)) (from \(sources.reader.source)) holds no progress files. "
                + "'lastcall play' saves them there; pass --progress DIR or set LASTCALL_PROGRESS for another folder."
        }
        return "No sessions to report in \(TerminalText.inert(path))" + (sources.filter.summary.map { " (\($0))" } ?? "") + "."
    }

    /// `text` padded with spaces to `width` characters (terminal columns for
    /// the text these commands print).
    static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    /// `text` cut to `width` characters with an ellipsis.
    static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(1, width - 1))) + "…"
    }
}
