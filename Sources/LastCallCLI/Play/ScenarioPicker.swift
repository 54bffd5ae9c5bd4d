import LastCallKit

/// Offers the scenario list at the terminal when `lastcall` is run with no
/// scenario, and returns the id chosen.
enum ScenarioPicker {
    static func pick(folder: String, scoring: ScoringSetup, context: CommandContext) throws -> String {
        let library = try ScenarioLibrary.load(folder, criteria: scoring.criteria, context: context)
        let scenarios = library.scenarios.sorted { ($0.level, $0.id) < ($1.level, $1.id) }
        guard !scenarios.isEmpty else {
            throw CommandFailure("no playable scenarios in \(TerminalText.inert(folder))", hint: "run 'lastcall check \(folder)' to see what is wrong")
        }
        let console = context.console
        console.line("Pick a scenario to practise:")
        // A long title wraps under itself, never mid-word at the screen's edge.
        let width = min(100, max(40, console.width))
        for (index, scenario) in scenarios.enumerated() {
            let number = String(index + 1).padding(toLength: 3, withPad: " ", startingAt: 0)
            let head = "\(number) [level \(scenario.level)]"
            console.line(TextWrap.pack([(head, head)] + TextWrap.words(TerminalText.inert(scenario.title)), width: width,
                                       firstIndent: "  ", indent: String(repeating: " ", count: 3 + head.count)))
        }
        for _ in 0..<5 {
            console.write("Number (or q to quit): ")
            guard let line = console.readLine() else { throw CommandFailure("no scenario picked") }
            let answer = line.trimmingWhitespace()
            if answer == "q" || answer == "quit" { throw CommandFailure("no scenario picked") }
            if let number = Int(answer), (1...scenarios.count).contains(number) { return scenarios[number - 1].id }
            if let match = scenarios.first(where: { $0.id == answer }) { return match.id }
            console.line("Type a number from 1 to \(scenarios.count).")
        }
        throw CommandFailure("no scenario picked")
    }
}
