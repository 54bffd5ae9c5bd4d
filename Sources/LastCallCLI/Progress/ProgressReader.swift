import Foundation
import LastCallKit

/// The progress folder as the report commands read it: the store, the
/// trainees it holds and where the folder came from. Every line is read
/// through the store; a line that is not a session record is reported as
/// `path:line: warning: skipped: REASON` on standard error (at most
/// `warningLimit` per file, the rest counted) and skipped; nothing is ever
/// rewritten or deleted.
struct ProgressReader: Sendable {
    /// The store the sessions are read from.
    var store: any ProgressStore
    /// The trainees (file names without `.jsonl`) in byte order.
    var trainees: [String]
    /// The folder as the user named it (for messages).
    var folder: String
    /// Where the folder came from (`--progress`, `$LASTCALL_PROGRESS`, ...).
    var source: String
    /// The most warnings printed per file; the rest are counted.
    var warningLimit = 20

    /// The progress folder `arguments` and `context` point at; fails with
    /// where it looked and how to set it when the folder is missing.
    static func open(_ arguments: ParsedArguments, _ context: CommandContext) throws(CommandFailure) -> ProgressReader {
        let folder = Locations.progress(arguments, context)
        let source: String
        if arguments.value("--progress") != nil { source = "--progress" }
        else if context.env("LASTCALL_PROGRESS") != nil { source = "$LASTCALL_PROGRESS" }
        else if context.env("XDG_DATA_HOME") != nil { source = "$XDG_DATA_HOME" }
        else { source = "the default" }
        let url = context.url(for: folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw CommandFailure.missing("no progress folder at \(TerminalText.inert(url.path)) (from \(source))",
                                 hint: "'lastcall play' saves sessions there; pass --progress DIR or set LASTCALL_PROGRESS to the team's folder")
        }
        guard isDirectory.boolValue else {
            throw CommandFailure("\(TerminalText.inert(url.path)) (from \(source)) is a file, not a progress folder",
                                 hint: "pass --progress DIR with the folder that holds TRAINEE.jsonl files")
        }
        let store = FileProgressStore(folder: folder, context: context)
        let trainees: [String]
        do {
            trainees = try store.trainees()
        } catch {
            throw CommandFailure("cannot read the progress folder \(TerminalText.inert(url.path)) (check its permissions)")
        }
        return ProgressReader(store: store, trainees: trainees, folder: folder, source: source)
    }

    /// Refuses an export `output` path that would land in the progress
    /// folder: over a trainee's progress file (the export would replace
    /// their sessions), a lock, or anything else the folder holds. Paths
    /// are compared after resolving symbolic links, so a link to the folder
    /// is caught too.
    static func refuseOutput(_ output: String, _ arguments: ParsedArguments, _ context: CommandContext) throws(CommandFailure) {
        guard output != "-" else { return }
        let folder = context.url(for: Locations.progress(arguments, context)).standardizedFileURL.resolvingSymlinksInPath()
        let target = context.url(for: output).standardizedFileURL
        let parent = target.deletingLastPathComponent().resolvingSymlinksInPath()
        let resolved = parent.appendingPathComponent(target.lastPathComponent).pathComponents
        let protected = folder.pathComponents
        guard resolved.count >= protected.count, Array(resolved.prefix(protected.count)) == protected else { return }
        throw CommandFailure("will not write \(TerminalText.inert(output)): it is inside the progress folder \(TerminalText.inert(folder.path))",
                             hint: "the progress folder holds the trainees' sessions; write the export somewhere else")
    }

    /// Streams the session facts of every trainee (the fast decoder).
    func readFacts(console: any Console, _ each: (SessionFacts) -> Void) -> ProgressTally {
        let tally = readFacts(trainees: trainees, warn: { console.errorLine($0) }, each)
        finish(tally, console: console)
        return tally
    }

    /// Streams the session facts of `trainees` (some of this folder's),
    /// handing each warning line to `warn`.
    func readFacts(trainees: [String], warn: (String) -> Void, _ each: (SessionFacts) -> Void) -> ProgressTally {
        var tally = ProgressTally()
        for trainee in trainees {
            var count = 0
            tally.add(store.forEachFacts(of: trainee, warn: { count += 1; if count <= warningLimit { warn($0.description) } }, each))
            closeWarnings(count, trainee, warn)
        }
        return tally
    }

    /// Where one stored line is: the index of its file in `trainees` and
    /// its line number there, from 1.
    struct LinePosition: Sendable, Hashable {
        var file: Int
        var line: Int
    }

    /// Streams the session facts of the files at `files` (indices into
    /// `trainees`), as `readFacts(trainees:)` does; `withPositions` hands
    /// each session's line position along too (never for sessions read
    /// back from an LRS, which are no lines of a file).
    func readFacts(files: Range<Int>, withPositions: Bool, warn: (String) -> Void,
                   _ each: (SessionFacts, LinePosition?) -> Void) -> ProgressTally {
        guard withPositions, !isFromLRS else {
            return readFacts(trainees: Array(trainees[files]), warn: warn) { each($0, nil) }
        }
        var tally = ProgressTally()
        for file in files {
            var count = 0
            tally.add(store.forEachNumberedFacts(of: trainees[file], warn: { count += 1; if count <= warningLimit { warn($0.description) } }) {
                each($1, LinePosition(file: file, line: $0))
            })
            closeWarnings(count, trainees[file], warn)
        }
        return tally
    }

    /// Streams the full records of every trainee (for exports with the
    /// turns); it takes exactly the lines `readFacts` takes.
    func readRecords(console: any Console, _ each: (SessionRecord) -> Void) -> ProgressTally {
        var tally = ProgressTally()
        let warn = { (line: String) in console.errorLine(line) }
        for trainee in trainees {
            var count = 0
            tally.add(store.forEachRecord(of: trainee, warn: { count += 1; if count <= warningLimit { warn($0.description) } }, each))
            closeWarnings(count, trainee, warn)
        }
        finish(tally, console: console)
        return tally
    }

    /// The closing note after a read that skipped lines.
    func finish(_ tally: ProgressTally, console: any Console) {
        if tally.skipped > 0 {
            console.errorLine("lastcall: skipped \(tally.skipped) bad line(s); the rest were counted (no file was changed)")
        }
    }

    /// Past the limit, one line for the warnings not printed.
    private func closeWarnings(_ count: Int, _ trainee: String, _ warn: (String) -> Void) {
        if count > warningLimit {
            warn("\(TerminalText.inert(store.source(of: trainee))): warning: \(count - warningLimit) more bad line(s) skipped")
        }
    }
}
