import LastCallKit

extension CheckCommand {
    /// What the labels file beside each checked rubric says about it: every
    /// line the scorer disagrees with (an error, or a warning for a known
    /// miss), a line of figures for the summary, and how many labelled
    /// replies were run (the rubric's tests).
    static func labelProblems(rubricPaths: [String], scoring: ScoringSetup?, parsed: ParsedArguments, context: CommandContext,
                              sources: inout [String: String]) -> (diagnostics: [Diagnostic], summaries: [String], tests: Int) {
        var problems: [Diagnostic] = []
        var summaries: [String] = []
        var tests = 0
        for rubricPath in rubricPaths {
            // The labels file the other commands use goes with the rubric
            // they use; any other checked rubric has its own beside it.
            let inUse = Locations.rubric(parsed, context).path
            let path = rubricPath == inUse ? LabelsLocation.path(parsed, context) : LabelsLocation.beside(rubric: rubricPath)
            guard LabelsLocation.exists(path, context: context) else { continue }
            let read: (file: LabelsFile, text: String, diagnostics: [Diagnostic])
            do {
                read = try LabelsLocation.read(path, context: context)
            } catch {
                problems.append(Diagnostic(.error, at: SourceLocation(path: path, line: 1, column: 1), error.message))
                continue
            }
            // Malformed lines are shown under a caret; a disagreement quotes
            // the reply itself, which reads better than the whole tab-separated line.
            if !read.diagnostics.isEmpty { sources[path] = read.text }
            problems += read.diagnostics
            guard let scoring, scoring.path == rubricPath else { continue }
            let calibration = Calibration(labelled: read.file.replies, scorer: scoring.scorer)
            problems += calibration.diagnostics(labelled: read.file.replies, rubric: scoring.rubric)
            tests += read.file.replies.count
            let known = calibration.disagreements.filter(\.isKnownMiss).count
            let failing = calibration.disagreements.count - known
            summaries.append("\(path): \(read.file.replies.count) labelled repl\(read.file.replies.count == 1 ? "y" : "ies") run through the scorer: "
                             + "\(failing) disagreement\(failing == 1 ? "" : "s"), \(known) known miss\(known == 1 ? "" : "es")")
        }
        return (problems, summaries, tests)
    }
}
