import LastCallKit

/// The rubric and the scorer built from it, as commands load it. What the
/// engine and the reports take from the rubric is worked out in the core
/// (`EngineRules(rubric:)`, `TurnVerdict(_:)`, `ReportSettings(rubric:)`).
public struct ScoringSetup: Sendable {
    /// The five standard criteria, as scenario files name them, used when
    /// no rubric can be read.
    public static let defaultCriteria = CriterionID.allCases.map(\.rawValue)

    /// Where the rubric was read from.
    public var path: String
    /// The rubric.
    public var rubric: Rubric
    /// The scorer.
    public var scorer: ReplyScorer

    /// Criterion ids in rubric order, as scenario files name them.
    public var criteria: [String] { rubric.criteria.map(\.id.rawValue) }
    /// The rubric's criteria, in its order.
    public var criterionIDs: [CriterionID] { rubric.criteria.map(\.id) }

    /// Each criterion's title.
    public var titles: [CriterionID: String] {
        Dictionary(uniqueKeysWithValues: rubric.criteria.map { ($0.id, $0.title) })
    }

    /// Each criterion's feedback for a trainee who missed it.
    public var feedback: [CriterionID: String] {
        Dictionary(uniqueKeysWithValues: rubric.criteria.map { ($0.id, $0.feedback.trimmingWhitespace()) })
    }

    /// Scores a reply for the engine.
    public func judge(_ reply: String) -> TurnVerdict { TurnVerdict(scorer.score(reply)) }

    /// Scores a reply for the engine against the conversation's simulated
    /// clock, so a promise's due time is known.
    public func judge(_ reply: String, at clock: LocalDateTime) -> TurnVerdict { TurnVerdict(scorer.score(reply, clock: clock)) }

    /// The engine's rules: weights, mood changes and the pass mark.
    public var rules: EngineRules { EngineRules(rubric: rubric) }

    /// Reads the rubric at `path`: the setup when it loads, its text, and
    /// every diagnostic. Throws only when the file cannot be read at all.
    public static func read(_ path: String, context: CommandContext) throws(CommandFailure) -> (setup: ScoringSetup?, text: String, diagnostics: [Diagnostic]) {
        let bytes = try InputFile.bytes(path, context: context)
        let (setup, diagnostics) = build(bytes, path: path)
        return (setup, String(decoding: bytes, as: UTF8.self), diagnostics)
    }

    /// The setup built from the bytes of the rubric file at `path` (nil when
    /// it has errors), and every diagnostic.
    static func build(_ bytes: [UInt8], path: String) -> (setup: ScoringSetup?, diagnostics: [Diagnostic]) {
        do {
            let node = try YAMLReader.read(bytes: bytes, path: path)
            let (rubric, diagnostics) = Rubric.load(from: node)
            guard let rubric, !diagnostics.contains(where: \.isError) else { return (nil, diagnostics) }
            return (ScoringSetup(path: path, rubric: rubric, scorer: ReplyScorer(rubric: rubric)), diagnostics)
        } catch {
            return (nil, [error.diagnostic])
        }
    }

    /// The rubric commands use (`--rubric`, `$LASTCALL_RUBRIC`, or
    /// `scoring/rubric.yaml`); a failure says where it looked and how to
    /// point at one, or shows the rubric's errors.
    public static func load(_ arguments: ParsedArguments, _ context: CommandContext) throws(CommandFailure) -> ScoringSetup {
        let (path, source) = Locations.rubric(arguments, context)
        let bytes: [UInt8]
        do {
            bytes = try InputFile.bytes(path, context: context)
        } catch {
            guard error.status == ExitCode.missingInput else { throw error }
            throw CommandFailure.missing(
                "no rubric found at \(TerminalText.inert(context.url(for: path).path)) (from \(source))",
                hint: "run lastcall from the folder that holds scoring/rubric.yaml, or pass --rubric FILE, or set LASTCALL_RUBRIC")
        }
        // the file's text is decoded only to show errors (a clean load never needs it)
        let (setup, diagnostics) = build(bytes, path: path)
        guard let setup else {
            let renderer = DiagnosticRenderer(sources: [path: String(decoding: bytes, as: UTF8.self)])
            let rendered = diagnostics.filter(\.isError).map { renderer.render($0) }.joined(separator: "\n")
            throw CommandFailure("the rubric \(TerminalText.inert(path)) has errors:\n" + rendered,
                                 hint: "fix them (lastcall check \(path)) or pass --rubric FILE")
        }
        return setup
    }
}
