import LastCallKit

/// The progress folder as an export source: the team report read on both
/// cores (`ReportCommands.team`), sessions and records streamed in file
/// order through the filter. Counts what it hands out, for the closing
/// "wrote FILE (csv, N trainees)" line.
final class ProgressExportSource: ExportSource {
    private let sources: ReportCommands.Sources
    private let context: CommandContext
    /// Trainees in the team report, once it has been built.
    private(set) var trainees = 0
    /// Sessions or records streamed so far.
    private(set) var sessions = 0

    init(_ sources: ReportCommands.Sources, _ context: CommandContext) {
        self.sources = sources
        self.context = context
    }

    var settings: ReportSettings { sources.inputs.settings }
    var filter: ReportFilter { sources.filter }

    func teamReport() -> TeamReport {
        let (team, _, _) = ReportCommands.team(sources, context)
        trainees = team.trainees.count
        return team
    }

    func forEachSession(_ body: (SessionFacts) -> Void) {
        withoutActuallyEscaping(body) { body in
            filter.forEachKept(from: { each in _ = sources.reader.readFacts(console: context.console, each) }) { session in
                sessions += 1
                body(session)
            }
        }
    }

    /// Picks each trainee's latest lines with the fast reader and decodes
    /// only those whole. Bad lines were reported when the team report was read.
    func forEachLatestRecord(perTrainee count: Int, _ body: (SessionRecord) -> Void) {
        var windows = TraineeWindows<[UInt8]>(capacity: min(count, filter.last ?? count))
        let filter = self.filter
        for trainee in sources.reader.trainees {
            try? sources.reader.store.forEachLine(of: trainee) { _, line in
                guard let line, let facts = try? SessionFacts(line: line), filter.admits(facts) else { return }
                windows.append(Array(line), trainee: facts.trainee)
            }
        }
        windows.forEach { line in
            if let record = try? SessionRecord(line: line) { body(record) }
        }
    }

    func forEachRecord(_ body: (SessionRecord) -> Void) {
        withoutActuallyEscaping(body) { body in
            filter.forEachKept(from: { each in _ = sources.reader.readRecords(console: context.console, each) }) { record in
                sessions += 1
                body(record)
            }
        }
    }
}
