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

    /// Reads the team report and, in the same pass, notes where each
    /// trainee's latest lines are; `write` then reads a trainee's lines
    /// again, decoding just those noted with the light reader
    /// (`SessionReplies`): memory holds a few positions per trainee, never
    /// the lines themselves. A file is named after its trainee, so each
    /// trainee's reading opens about one file. Bad lines were reported,
    /// with their place, when the team report was read; a line that has
    /// changed since (the file rewritten meanwhile) is passed over.
    func withTeamReport(latestReplies count: Int, _ write: (TeamReport, (String) -> [SessionReplies]) -> Void) {
        let latest = LatestLines(capacity: min(count, filter.last ?? count))
        let (team, _, _) = ReportCommands.team(sources, context, latestLines: latest)
        trainees = team.trainees.count
        let files = sources.reader.trainees
        write(team) { trainee in
            let positions = latest.windows.elements(of: trainee)
            var sessions: [SessionReplies] = []
            // The positions are in file order; read each file they name once.
            var start = positions.startIndex
            while start < positions.endIndex {
                let file = positions[start].file
                let end = positions[start...].firstIndex { $0.file != file } ?? positions.endIndex
                let wanted = Set(positions[start..<end].map(\.line))
                try? sources.reader.store.forEachLine(of: files[file]) { number, line in
                    guard let line, wanted.contains(number), let session = try? SessionReplies(line: line),
                          session.trainee == trainee else { return }
                    sessions.append(session)
                }
                start = end
            }
            return sessions
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
