import Foundation
import LastCallKit

/// `lastcall score`: scores replies against the rubric, one at a time for a
/// person or as a JSON-lines stream for tools.
enum ScoreCommand {
    static let entry = CommandRunner.Entry(
        name: "score",
        summary: "score a reply against the rubric's five criteria",
        usage: """
        lastcall score "REPLY" [--explain] [--clock TIME] [--rubric FILE]
        lastcall score --jsonl [--input FILE] [--explain] [--clock TIME] [--rubric FILE]
          Says, per criterion, whether REPLY met it, quoting the words that decided
          it and, when missed, the rubric's feedback. --explain also lists which
          rubric phrases fired and what overruled them.
          --jsonl reads one reply per line from standard input (or --input FILE) and
          writes one JSON object per line, in order, streaming.
          --clock TIME scores against a simulated clock (2026-03-03T10:15, 2026-03-03 10:15,
          or Tuesday 10:15 in the reference week of Monday 2 March 2026) and adds the
          time-frame's due time: the latest moment its words allow ("due" in JSON).
          --rubric FILE uses another rubric (else $LASTCALL_RUBRIC, else scoring/rubric.yaml).

        """,
        run: run)

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner(flags: ["--jsonl", "--explain"], options: ["--rubric", "--input", "--clock"]).scan(arguments)
        let clock = try clockOption(parsed)
        if parsed.has("--jsonl") {
            guard parsed.positionals.isEmpty else { throw UsageError("--jsonl reads replies from standard input or --input FILE, not from arguments") }
            let scoring = try ScoringSetup.load(parsed, context)
            return try streamJSONLines(parsed, context, scorer: scoring.scorer, clock: clock)
        }
        if parsed.value("--input") != nil { throw UsageError("--input goes with --jsonl") }
        guard parsed.positionals.count == 1, let reply = parsed.positionals.first else {
            throw UsageError(parsed.positionals.isEmpty ? "score needs a REPLY in quotes, or --jsonl" : "score takes one REPLY; put it in quotes",
                             hint: parsed.positionals.isEmpty ? nil : "lastcall score \"\(parsed.positionals.joined(separator: " "))\"")
        }
        let scoring = try ScoringSetup.load(parsed, context)
        let score = clock.map { scoring.scorer.score(reply, clock: $0) } ?? scoring.scorer.score(reply)
        context.console.write(render(score, scoring: scoring, explain: parsed.has("--explain"), style: Style(isEnabled: context.console.usesColor),
                                     width: context.console.width))
        return ExitCode.success
    }

    static func render(_ score: ReplyScore, scoring: ScoringSetup, explain: Bool, style: Style, width: Int) -> String {
        var lines: [String] = []
        for result in score.results {
            let title = scoring.titles[result.id] ?? result.id.rawValue
            let quotes = result.evidence.map { "\u{201C}\(TerminalText.inert($0))\u{201D}" }.joined(separator: ", ")
            if result.met {
                var line = style.good("met     ") + " " + style.bold(title)
                if !quotes.isEmpty { line += "  " + quotes }
                lines.append(line)
            } else {
                var line = style.bad("missed  ") + " " + style.bold(title)
                if !quotes.isEmpty { line += "  " + quotes }
                lines.append(line)
                if let tip = scoring.feedback[result.id], !tip.isEmpty {
                    lines.append(TextWrap.wrap(TerminalText.inert(tip), width: min(width, 100), firstIndent: "          ", indent: "          "))
                }
            }
            if result.id == .timeFrame, let clock = score.clock {
                lines.append(dueLine(result.due, clock: clock, style: style))
            }
            if explain {
                if result.fired.isEmpty {
                    lines.append(style.dim("          no rubric phrase fired"))
                }
                for firing in result.fired {
                    var line = "          fired: \(TerminalText.inert(firing.phrase)) on \u{201C}\(TerminalText.inert(firing.words))\u{201D}"
                    if let reason = firing.overruledBy { line += " - overruled: \(TerminalText.inert(reason))" }
                    lines.append(style.dim(line))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Streams replies line by line: memory stays flat however many there
    /// are. A line longer than `InputFile.maximumSize` stops the stream with
    /// a message naming it, after the lines before it are written.
    static func streamJSONLines(_ parsed: ParsedArguments, _ context: CommandContext, scorer: ReplyScorer, clock: LocalDateTime? = nil) throws -> Int32 {
        var lines: LineReader
        var handle: FileHandle?
        let inputName: String
        if let path = parsed.value("--input"), path != "-" {
            let opened = try InputFile.open(path, context: context)
            handle = opened
            inputName = TerminalText.inert(path)
            lines = LineReader(handle: opened, maximumLineLength: InputFile.maximumSize, skipsLongLines: false)
        } else {
            let console = context.console
            inputName = "standard input"
            lines = LineReader(maximumLineLength: InputFile.maximumSize, skipsLongLines: false) { console.readInput(maximumCount: $0) }
        }
        defer { try? handle?.close() }
        let explain = parsed.has("--explain")
        // UTF-8 out, written to the console in chunks of about 64 KB
        var output: [UInt8] = []
        output.reserveCapacity(1 << 17)
        // one session for the stream: its scratch storage is reused per line
        var session = ReplyScorer.Session(scorer: scorer)
        session.clock = clock
        while let line = lines.nextLine() {
            guard case .bytes(let reply) = line else {
                if !output.isEmpty { context.console.write(bytes: output) }
                throw CommandFailure("\(inputName), line \(lines.lineNumber): a reply longer than the \(InputFile.limitText) limit; stopped there",
                                     hint: "the replies before it were scored; split the text into replies, one a line")
            }
            reply.withUnsafeBufferPointer { session.appendJSON(forReply: $0, explain: explain, to: &output) }
            output.append(0x0A)
            if output.count >= 1 << 16 {
                context.console.write(bytes: output)
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { context.console.write(bytes: output) }
        return ExitCode.success
    }
}
