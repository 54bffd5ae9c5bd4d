import LastCallKit

/// `lastcall graph SCENARIO`: the conversation as a Mermaid or DOT graph.
enum GraphCommand {
    static let entry = CommandRunner.Entry(
        name: "graph",
        summary: "draw a scenario's conversation as a Mermaid or DOT graph",
        usage: """
        lastcall graph SCENARIO [--format mermaid|dot] [--scenarios DIR] [--rubric FILE]
          Prints the steps and branches of SCENARIO (an id or a file), each branch
          labelled with its conditions and each ending marked. Mermaid is the default;
          paste it into a Markdown file, or render DOT with 'dot -Tsvg'.

        """,
        run: run)

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner(options: ["--format", "--scenarios", "--rubric"]).scan(arguments)
        guard parsed.positionals.count == 1 else { throw UsageError("graph needs one SCENARIO (an id or a file)") }
        let formatName = parsed.value("--format") ?? "mermaid"
        guard let format = ScenarioGraphRenderer.Format(rawValue: formatName) else {
            throw UsageError("unknown format '\(TerminalText.inert(formatName))'", hint: "use --format mermaid or --format dot")
        }
        let scoring = try ScoringSetup.load(parsed, context)
        let file = try PlayCommand.resolveScenario(parsed, context, scoring: scoring)
        guard let scenario = file.scenario else {
            let renderer = DiagnosticRenderer(sources: [file.path: file.text])
            for diagnostic in file.diagnostics where diagnostic.isError { context.console.errorLine(renderer.render(diagnostic)) }
            return ExitCode.failure
        }
        context.console.write(ScenarioGraphRenderer.render(scenario, format: format))
        return ExitCode.success
    }
}
