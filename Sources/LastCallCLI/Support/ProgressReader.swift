import Foundation
import LastCallKit

/// Reads the progress folder (`TRAINEE.jsonl` files written by `play`) for
/// the reports: every line of every file, streamed. A line that is not a
/// session record is reported as `path:line: warning: skipped: REASON` on
/// standard error and skipped; nothing is ever rewritten or deleted.
struct ProgressReader: Sendable {
    /// The folder as the user named it (for messages).
    var folder: String
    /// The progress files in it, sorted by name.
    var files: [URL]
    /// Where the folder came from (`--progress`, `$LASTCALL_PROGRESS`, ...).
    var source: String
    /// The most warnings printed per file; the rest are counted.
    var warningLimit = 20

    /// What a read found.
    struct Tally {
        /// Files read.
        var files = 0
        /// Sessions read.
        var sessions = 0
        /// Lines skipped.
        var skipped = 0
    }

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
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
            throw CommandFailure("cannot read the progress folder \(TerminalText.inert(url.path)) (check its permissions)")
        }
        let files = names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { url.appendingPathComponent($0) }
        return ProgressReader(folder: folder, files: files, source: source)
    }

    /// The path of `file` as shown in warnings.
    func display(_ file: URL) -> String {
        TerminalText.inert((folder.hasSuffix("/") ? folder : folder + "/") + file.lastPathComponent)
    }

    /// Streams the session facts of every file (the fast decoder).
    func readFacts(console: any Console, _ each: (SessionFacts) -> Void) -> Tally {
        let tally = readFacts(files: files, warn: { console.errorLine($0) }, each)
        finish(tally, console: console)
        return tally
    }

    /// Streams the session facts of `files` (some of this folder's), handing
    /// each warning line to `warn`.
    func readFacts(files: [URL], warn: (String) -> Void, _ each: (SessionFacts) -> Void) -> Tally {
        read(files: files, warn: warn) { line throws(RecordError) in each(try SessionFacts(line: line)) }
    }

    /// The closing note after a read that skipped lines.
    func finish(_ tally: Tally, console: any Console) {
        if tally.skipped > 0 {
            console.errorLine("lastcall: skipped \(tally.skipped) bad line(s); the rest were counted (no file was changed)")
        }
    }

    /// Streams the full records of every file (for exports with the turns).
    func readRecords(console: any Console, _ each: (SessionRecord) -> Void) -> Tally {
        let tally = read(files: files, warn: { console.errorLine($0) }) { line throws(RecordError) in
            let value: JSONValue
            do { value = try JSONParser.parse(bytes: Array(line)) } catch { throw RecordError("not a valid JSON line: \(error)") }
            each(try SessionRecord(json: value))
        }
        finish(tally, console: console)
        return tally
    }

    private func read(files: [URL], warn report: (String) -> Void,
                      _ decode: (UnsafeBufferPointer<UInt8>) throws(RecordError) -> Void) -> Tally {
        var tally = Tally()
        for file in files {
            tally.files += 1
            var warnings = 0
            let path = display(file)
            func warn(_ line: Int, _ reason: String) {
                tally.skipped += 1
                warnings += 1
                if warnings <= warningLimit {
                    report("\(path):\(line): warning: skipped: \(TerminalText.inert(reason))")
                }
            }
            do {
                try ProgressLineReader.forEachLine(in: file) { number, line in
                    guard let line else {
                        warn(number, "line longer than \(ProgressLineReader.maximumLineLength >> 20) MB")
                        return
                    }
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
                    do {
                        try decode(line)
                        tally.sessions += 1
                    } catch {
                        warn(number, (error as? RecordError)?.message ?? "\(error)")
                    }
                }
            } catch {
                report("\(path): warning: skipped: cannot be read (\(TerminalText.inert(error.localizedDescription)))")
                tally.skipped += 1
                continue
            }
            if warnings > warningLimit {
                report("\(path): warning: \(warnings - warningLimit) more bad line(s) skipped")
            }
        }
        return tally
    }
}
