import Foundation
import LastCallKit

/// The progress and retraining reports: `progress`, `report` and `export`,
/// and what they share (options, reading the progress folder).
enum ReportCommands {
    /// The three commands, in the order `lastcall help` lists them.
    static var entries: [CommandRunner.Entry] { [ProgressCommand.entry, ReportCommand.entry, ExportCommand.entry] }

    /// Options every report command takes.
    static let commonOptions = ["--progress", "--scenarios", "--rubric", "--since", "--until", "--last", "--from-lrs"]

    /// Usage lines for the common options.
    static let commonUsage = """
          --progress DIR    the progress folder (else $LASTCALL_PROGRESS, $XDG_DATA_HOME/lastcall/progress,
                            ~/.local/share/lastcall/progress)
          --scenarios DIR   the scenario library, for suggestions (else $LASTCALL_SCENARIOS, scenarios)
          --rubric FILE     the rubric: criteria, tips, retraining rule (else $LASTCALL_RUBRIC, scoring/rubric.yaml)
          --since DATE      only sessions started on or after DATE (YYYY-MM-DD, UTC)
          --until DATE      only sessions started on or before DATE (YYYY-MM-DD, UTC)
          --last N          only each trainee's latest N sessions
          --from-lrs URL    read the sessions back from an xAPI LRS instead of a progress folder
                            (user from $LASTCALL_LRS_USER, password from $LASTCALL_LRS_PASSWORD,
                            IRIs from $LASTCALL_ACTIVITY_BASE and $LASTCALL_ACTOR_HOME)
        """

    /// `--since`, `--until` and `--last` as a filter.
    static func filter(_ parsed: ParsedArguments) throws(UsageError) -> ReportFilter {
        var filter = ReportFilter()
        for option in ["--since", "--until"] {
            guard let text = parsed.value(option) else { continue }
            guard let date = ReportFilter.date(text) else {
                throw UsageError("\(option) needs a date written YYYY-MM-DD (UTC), not '\(TerminalText.inert(text))'")
            }
            if option == "--since" { filter.since = date } else { filter.until = date }
        }
        if let since = filter.since, let until = filter.until, until < since {
            throw UsageError("--until \(until) is before --since \(since): no session can start in between")
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
    struct Sources: Sendable {
        var reader: ProgressReader
        var inputs: ReportInputs
        var filter: ReportFilter
    }

    /// Opens the progress folder and loads the rubric and the library.
    static func sources(_ parsed: ParsedArguments, _ context: CommandContext) throws -> Sources {
        let filter = try filter(parsed)
        if parsed.value("--from-lrs") != nil, parsed.value("--progress") != nil {
            throw UsageError("--from-lrs reads the LRS instead of a progress folder: drop --progress")
        }
        let reader = try parsed.value("--from-lrs").map { try ProgressReader.openLRS($0, filter: filter, parsed, context) }
            ?? ProgressReader.open(parsed, context)
        let inputs = try ReportInputs.load(parsed, context)
        return Sources(reader: reader, inputs: inputs, filter: filter)
    }

    /// Streams every session into a team report (only `trainee`'s when
    /// given). The files are split into two runs read on the machine's two
    /// cores, each into its own builder; the later run is merged into the
    /// earlier, so the result is the same as one pass in file order, and
    /// warnings are printed in file order. With `latestLines`, each
    /// trainee's latest lines among those the filter keeps are noted there
    /// in the same pass.
    static func team(_ sources: Sources, _ context: CommandContext, trainee: String? = nil, keepSessions: Int = 0,
                     latestLines: LatestLines? = nil) -> (report: TeamReport, tally: ProgressTally, trainees: Set<String>) {
        let files = sources.reader.trainees
        let parts = files.count < 8 ? 1 : min(2, ProcessInfo.processInfo.activeProcessorCount)
        let bounds = (0...parts).map { files.count * $0 / parts }
        let results = TeamParts(count: parts)
        let latestCapacity = latestLines?.capacity
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var builder = ReportBuilder(settings: sources.inputs.settings, filter: sources.filter,
                                        library: sources.inputs.library ?? [], keepSessions: keepSessions)
            var seen = SeenScenarios()
            var names: Set<String> = []
            var warnings: [String] = []
            var latest = TraineeWindows<ProgressReader.LinePosition>(capacity: latestCapacity ?? 0)
            let tally = sources.reader.readFacts(files: bounds[part]..<bounds[part + 1], withPositions: latestCapacity != nil,
                                                 warn: { warnings.append($0) }) { session, position in
                if sources.inputs.library == nil { seen.add(session) }
                if let trainee, session.trainee != trainee {
                    names.insert(session.trainee)
                    return
                }
                builder.add(session)
                if let position, sources.filter.admits(session) { latest.append(position, trainee: session.trainee) }
            }
            results.store(part, TeamParts.Part(builder: builder, seen: seen, names: names, warnings: warnings, tally: tally,
                                               latest: latest))
        }
        var total = ProgressTally()
        var builder: ReportBuilder?
        var seen = SeenScenarios()
        var names: Set<String> = []
        for part in results.parts.compactMap({ $0 }) {
            part.warnings.forEach { context.console.errorLine($0) }
            total.add(part.tally)
            if builder == nil { builder = part.builder } else { builder!.merge(part.builder) }
            seen.merge(part.seen)
            names.formUnion(part.names)
            latestLines?.windows.merge(part.latest)
        }
        sources.reader.finish(total, console: context.console)
        var merged = builder ?? ReportBuilder(settings: sources.inputs.settings, filter: sources.filter,
                                              library: sources.inputs.library ?? [], keepSessions: keepSessions)
        if sources.inputs.library == nil { merged.library = seen.scenarios }
        return (merged.finish(), total, names)
    }

    /// Each parallel run's results, one slot per run (each run writes only
    /// its own slot, under a lock).
    final class TeamParts: @unchecked Sendable {
        struct Part {
            var builder: ReportBuilder
            var seen: SeenScenarios
            var names: Set<String>
            var warnings: [String]
            var tally: ProgressTally
            var latest: TraineeWindows<ProgressReader.LinePosition>
        }

        private let lock = NSLock()
        private(set) var parts: [Part?]

        init(count: Int) { parts = Array(repeating: nil, count: count) }

        func store(_ index: Int, _ part: Part) {
            lock.lock()
            parts[index] = part
            lock.unlock()
        }
    }

    /// The note shown when the folder holds no sessions.
    static func emptyNote(_ sources: Sources, _ context: CommandContext) -> String {
        if sources.reader.isFromLRS {
            return "No sessions to report in the LRS at \(TerminalText.inert(sources.reader.folder))"
                + (sources.filter.summary.map { " (\($0))" } ?? "") + "."
        }
        let path = context.url(for: sources.reader.folder).path
        if sources.reader.trainees.isEmpty {
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
