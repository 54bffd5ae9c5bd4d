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

    /// Where one stored line is: the index of its file in the reader's
    /// list and its line number there, from 1.
    struct LinePosition: Sendable {
        var file: Int
        var line: Int
    }

    /// Picks each trainee's latest lines with the fast reader, keeping only
    /// where they are, then reads those files again and decodes just the
    /// lines picked: memory holds a few positions per trainee, never the
    /// lines themselves. A file is named after its trainee, so the second
    /// pass reads each file once. Bad lines were reported when the team
    /// report was read.
    func forEachLatestRecord(perTrainee count: Int, _ body: (SessionRecord) -> Void) {
        var windows = TraineeWindows<LinePosition>(capacity: min(count, filter.last ?? count))
        let filter = self.filter
        let files = sources.reader.trainees
        for (file, name) in files.enumerated() {
            try? sources.reader.store.forEachLine(of: name) { number, line in
                guard let line, let facts = try? SessionFacts(line: line), filter.admits(facts) else { return }
                windows.append(LinePosition(file: file, line: number), trainee: facts.trainee)
            }
        }
        windows.forEachTrainee { trainee, positions in
            // The positions are in file order; read each file they name once.
            var start = positions.startIndex
            while start < positions.endIndex {
                let file = positions[start].file
                let end = positions[start...].firstIndex { $0.file != file } ?? positions.endIndex
                let wanted = Set(positions[start..<end].map(\.line))
                try? sources.reader.store.forEachLine(of: files[file]) { number, line in
                    guard let line, wanted.contains(number), let record = try? SessionRecord(line: line),
                          record.trainee == trainee else { return }
                    body(record)
                }
                start = end
            }
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
