import Foundation
import LastCallKit

/// `lastcall review`: a trainer walks the turns trainees flagged, sees what
/// the scorer decided and why, and labels each criterion; every decision is
/// appended once to the rubric's labels file, which `check` and `calibrate`
/// then read.
enum ReviewCommand {
    static let entry = CommandRunner.Entry(
        name: "review",
        summary: "review the verdicts trainees flagged, labelling each for the rubric's tests",
        usage: """
        lastcall review [--trainee ID] [--since DATE] [--until DATE] [--scenario ID] [--list | --json]
                        [--progress DIR] [--rubric FILE] [--labels FILE]
          Walks the turns trainees flagged with /flag (oldest session first) that are not
          yet in the labels file: the customer's line, the reply, the trainee's note, the
          verdict then and now with its evidence and the --explain trace. For each
          criterion, the flagged ones first, press one key: m met, x missed,
          s skip (no label), q stop. Each reviewed turn is appended once to the labels
          file (else $LASTCALL_LABELS, else labels.tsv beside the rubric), its source
          naming the session and turn, so it is not shown again.
          --trainee ID     only this trainee's sessions
          --since DATE     only sessions started on or after DATE (YYYY-MM-DD, UTC)
          --until DATE     only sessions started on or before DATE (YYYY-MM-DD, UTC)
          --scenario ID    only sessions of this scenario
          --list           print the queue and stop; --json prints it as JSON
          Exit status: 0 done (or nothing to review), 1 a file could not be read or written,
          64 usage error, 66 a file or folder to read is not there, 130 interrupted (Ctrl-C).

        """,
        run: run)

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner(flags: ["--list", "--json"],
                                         options: ["--trainee", "--since", "--until", "--scenario", "--progress", "--rubric", "--labels"]).scan(arguments)
        guard parsed.positionals.isEmpty else { throw UsageError("review takes no arguments; narrow it with --trainee, --since, --until or --scenario") }
        // The reports' reading of the dates, so review words its errors the same way.
        let filter = try ReportCommands.filter(parsed)
        let scoring = try ScoringSetup.load(parsed, context)
        let labelsPath = LabelsLocation.path(parsed, context)
        let labels = LabelsLocation.exists(labelsPath, context: context) ? try LabelsLocation.load(labelsPath, context: context) : nil
        if let labels, labels.isFlagsForm, !labels.replies.isEmpty {
            throw CommandFailure("\(TerminalText.inert(labelsPath)) is in the guide's FLAGS<TAB>REPLY form, which has no source column to record reviews in",
                                 hint: "review into a labels file with a header (the default is labels.tsv beside the rubric), or pass --labels NEW.tsv")
        }
        var queue = ReviewQueue(reviewed: ReviewQueue.reviewedKeys(in: labels?.replies ?? []),
                                trainee: parsed.value("--trainee"), scenario: parsed.value("--scenario"),
                                since: filter.since, until: filter.until)
        let reader = try ProgressReader.open(parsed, context)
        _ = reader.readRecords(console: context.console) { queue.add($0) }

        if parsed.has("--json") {
            context.console.line(JSONValue.object([
                ("labels", .string(labelsPath)),
                ("already_reviewed", .int(queue.alreadyReviewed)),
                ("queue", .array(queue.items.map(\.jsonValue))),
            ]).prettyJSONText)
            return ExitCode.success
        }
        let style = Style(isEnabled: context.console.usesColor)
        if parsed.has("--list") {
            context.console.write(list(queue, style: style))
            return ExitCode.success
        }
        guard !queue.items.isEmpty else {
            context.console.line("Nothing to review: no flagged turn waits" + (queue.alreadyReviewed > 0 ? " (\(queue.alreadyReviewed) already reviewed in \(TerminalText.inert(labelsPath)))." : "."))
            return ExitCode.success
        }
        // A file with no header yet (new, or only comments) gets one.
        let columns = labels.flatMap { $0.isFlagsForm ? nil : $0.columns }
        return try walk(queue, scoring: scoring, labelsPath: labelsPath, columns: columns, context: context, style: style)
    }

    /// The queue, one flagged turn a line.
    static func list(_ queue: ReviewQueue, style: Style) -> String {
        var lines = ["\(queue.items.count) flagged turn\(queue.items.count == 1 ? "" : "s") to review"
                     + (queue.alreadyReviewed > 0 ? " (\(queue.alreadyReviewed) already reviewed)" : "")]
        for item in queue.items {
            let what = item.flags.map { flag in
                (flag.criterion?.rawValue ?? "whole verdict") + (flag.note.map { ": \u{201C}\(TerminalText.inert($0))\u{201D}" } ?? "")
            }.joined(separator: "; ")
            lines.append("\(item.startedAt.prefix(10))  \(TerminalText.inert(item.trainee))  \(TerminalText.inert(item.scenario))  turn \(item.turnNumber)  \(what)")
            lines.append(style.dim("    \u{201C}\(TerminalText.inert(item.turn.reply))\u{201D}"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One decision key.
    enum Key: Equatable {
        case met, missed, skip, stop
    }

    /// Reads one decision: a single key at a terminal (no Enter needed),
    /// else the first letter of the line; nil at end of input. Anything
    /// else asks again.
    static func readKey(_ console: any Console, prompt: String) -> Key? {
        while true {
            console.write(prompt)
            guard let line = console.readKey() else { return nil }
            switch line.trimmingWhitespace().lowercased().first {
            case "m": return .met
            case "x": return .missed
            case "s": return .skip
            case "q": return .stop
            default: console.line("  press m (met), x (missed), s (skip: no label) or q (stop)")
            }
        }
    }

    private static func walk(_ queue: ReviewQueue, scoring: ScoringSetup, labelsPath: String, columns: [LabelsColumn]?,
                             context: CommandContext, style: Style) throws -> Int32 {
        let console = context.console
        let date = String(Timestamp.iso8601(context.now()).prefix(10))
        console.line("\(queue.items.count) flagged turn\(queue.items.count == 1 ? "" : "s") to review. For each criterion: m met, x missed, s skip, q stop.")
        var written = 0
        items: for (index, item) in queue.items.enumerated() {
            console.line()
            console.write(show(item, position: "\(index + 1)/\(queue.items.count)", scoring: scoring, style: style,
                               width: min(100, max(40, console.width))))
            let flagged = item.flags.compactMap(\.criterion)
            let order = scoring.rubric.criteria.map(\.id).sorted { a, b in
                (flagged.contains(a) ? 0 : 1, a) < (flagged.contains(b) ? 0 : 1, b)
            }
            let now = scoring.scorer.score(item.turn.reply)
            var decisions: [CriterionID: Bool] = [:]
            for id in order {
                let scorerSays = now[id].map { Disagreement.word($0.met) } ?? "not scored"
                let meaning = id == .noBlame ? " (met: blames no one)" : ""
                let mark = flagged.contains(id) || item.flags.contains(where: { $0.criterion == nil }) ? style.warn(" flagged") : ""
                guard let key = readKey(console, prompt: "  \(id.rawValue)\(meaning)\(mark), scorer says \(scorerSays): [m/x/s/q] ") else { break items }
                switch key {
                case .met: decisions[id] = true
                case .missed: decisions[id] = false
                case .skip: continue
                case .stop: break items
                }
            }
            let labelled = ReviewQueue.labelled(item, decisions: decisions, reviewedOn: date)
            // Another trainer may have reviewed this turn since the queue was read.
            if let now = try? LabelsLocation.read(labelsPath, context: context),
               ReviewQueue.reviewedKeys(in: now.file.replies).contains(item.key) {
                console.line(style.warn("  already reviewed by someone else meanwhile: not written again"))
                continue
            }
            try append(labelled, to: labelsPath, columns: columns ?? LabelsColumn.standard, writesHeader: columns == nil && written == 0, context: context)
            written += 1
            let agreed = decisions.filter { now[$0.key]?.met == $0.value }.count
            console.line(style.dim("  saved to \(TerminalText.inert(labelsPath)): \(decisions.count) label\(decisions.count == 1 ? "" : "s"), the scorer agrees on \(agreed)"))
        }
        console.line()
        console.line("\(written) flagged turn\(written == 1 ? "" : "s") reviewed; \(queue.items.count - written) left. "
                     + (written > 0 ? "Run 'lastcall check' to see what the rubric now gets wrong." : ""))
        return ExitCode.success
    }

    /// What a trainer sees for one flagged turn.
    static func show(_ item: ReviewItem, position: String, scoring: ScoringSetup, style: Style, width: Int = 100) -> String {
        var lines = [style.bold("[\(position)] \(TerminalText.inert(item.trainee)), \(TerminalText.inert(item.scenario)), \(item.startedAt.prefix(10)), turn \(item.turnNumber)")
                     + style.dim("  (session \(item.sessionID))")]
        // Wrapped under a 12-column label, so the quote lines up.
        func labelled(_ label: String, _ text: String) -> String {
            let indent = String(repeating: " ", count: 12)
            let wrapped = TextWrap.wrap("\u{201C}\(TerminalText.inert(text))\u{201D}", width: width, firstIndent: indent, indent: indent)
            return ("  " + label).padding(toLength: 12, withPad: " ", startingAt: 0) + wrapped.dropFirst(12)
        }
        lines.append(labelled("customer:", item.turn.customer))
        lines.append(labelled("reply:", item.turn.reply))
        for flag in item.flags {
            let then = flag.verdict.map { item in
                "\(item.criterion) \(Disagreement.word(item.met))"
                    + (flag.evidence[item.criterion]?.first.map { " (\u{201C}\(TerminalText.inert($0))\u{201D})" } ?? "")
            }.joined(separator: ", ")
            lines.append(style.warn("  flagged:  \(flag.criterion?.rawValue ?? "the whole verdict")") + (flag.note.map { ": \u{201C}\(TerminalText.inert($0))\u{201D}" } ?? " (no note)"))
            if !then.isEmpty { lines.append(style.dim("            the scorer said then: \(then)")) }
        }
        lines.append("  the scorer now (--explain):")
        let trace = scoring.scorer.score(item.turn.reply).rendered(with: scoring.rubric, explain: true)
        lines += trace.split(separator: "\n", omittingEmptySubsequences: false).map { explanationLine(String($0), width: width) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line of the `--explain` trace, indented under the heading and
    /// wrapped to `width` with a hanging indent: a verdict line (`met     `,
    /// `missed  `, `score   `) continues under its text, a `- phrase` line
    /// under the text after the dash, a feedback line under itself. The
    /// trace quotes the reply and the rubric, so it is made inert first.
    static func explanationLine(_ line: String, width: Int) -> String {
        let text = TerminalText.inert(line)
        let indent = text.prefix { $0 == " " }.count
        let rest = text.dropFirst(indent)
        // A verdict line's first word is padded to a column; the wrapper
        // would squeeze that padding, so word and padding go into the first
        // line's indent.
        var label = ""
        if rest.hasPrefix("- ") {
            label = "- "
        } else if indent == 0, let space = rest.firstIndex(of: " ") {
            label = String(rest[..<(rest[space...].firstIndex { $0 != " " } ?? rest.endIndex)])
        }
        let first = String(repeating: " ", count: 4 + indent) + label
        let hanging = String(repeating: " ", count: first.count)
        return TextWrap.wrap(String(rest.dropFirst(label.count)), width: width, firstIndent: first, indent: hanging)
    }

    /// Appends one line to the labels file, creating it with a header when
    /// it does not exist yet.
    static func append(_ labelled: LabelledReply, to path: String, columns: [LabelsColumn], writesHeader: Bool,
                       context: CommandContext) throws(CommandFailure) {
        let url = context.url(for: path)
        var text = ""
        if let data = FileManager.default.contents(atPath: url.path), let last = data.last, last != 0x0A {
            text = "\n"
        }
        if writesHeader {
            if !FileManager.default.fileExists(atPath: url.path) {
                text += "# Labelled replies for the rubric: lastcall check runs each line through the scorer, lastcall calibrate measures it.\n"
            }
            text += LabelsFile.header(columns) + "\n"
        }
        text += LabelsFile.line(for: labelled, columns: columns) + "\n"
        let lockPath = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".lock").path
        do {
            try Platform.appendLocked(Array(text.utf8), to: url.path, lockPath: lockPath)
        } catch {
            throw CommandFailure("could not append to \(TerminalText.inert(path)): \(error)",
                                 hint: "the decision was: " + LabelsFile.line(for: labelled, columns: columns))
        }
    }
}

extension ReviewItem {
    /// The item as `review --json` prints it.
    var jsonValue: JSONValue {
        .object([
            ("session", .string(sessionID)),
            ("trainee", .string(trainee)),
            ("scenario", .string(scenario)),
            ("started_at", .string(startedAt)),
            ("turn", .int(turnNumber)),
            ("customer", .string(turn.customer)),
            ("reply", .string(turn.reply)),
            ("flags", .array(flags.map(\.jsonValue))),
        ])
    }
}
