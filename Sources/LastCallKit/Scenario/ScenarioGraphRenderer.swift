import Foundation

/// Draws a scenario as a graph for trainers: Mermaid (pastes into Markdown
/// viewers) or Graphviz DOT. Branches are labelled with their conditions,
/// the fallback branch (no `when`) is labelled ``fallbackLabel`` and drawn
/// dashed, a step whose branches may all fail gets a dotted loop onto
/// itself labelled ``repeatLabel`` (the engine keeps the customer on the
/// step), a branch that starts another contact is drawn thick and labelled
/// with its `at` ("next contact at promise + 1 hour"), and endings are marked.
public enum ScenarioGraphRenderer {
    /// The graph formats.
    public enum Format: String, Sendable, CaseIterable {
        case mermaid
        case dot
    }

    /// The graph of `scenario` in `format`.
    public static func render(_ scenario: Scenario, format: Format) -> String {
        switch format {
        case .mermaid: return mermaid(scenario)
        case .dot: return dot(scenario)
        }
    }

    /// The label of a branch with no `when`: it is taken when no branch
    /// before it matched.
    public static let fallbackLabel = "otherwise (no when)"
    /// The label of the loop a step gets when no branch may match: the
    /// customer stays on the step.
    public static let repeatLabel = "no branch matches: the customer presses the same point again"

    private static func label(_ branch: Branch) -> String {
        let when = branch.conditions.isEmpty ? fallbackLabel : branch.conditions.map(\.description).joined(separator: " and ")
        guard case .contact(_, let at) = branch.target else { return when }
        return when + "; " + contactLabel(at)
    }

    /// What a contact edge says about when the next contact starts.
    public static func contactLabel(_ at: ContactTime) -> String { "next contact at \(at)" }

    /// Whether an unmatched reply keeps the customer on `step`: it is not an
    /// ending and has no fallback branch.
    private static func canRepeat(_ step: Step) -> Bool {
        step.end == nil && !step.next.contains { $0.conditions.isEmpty }
    }

    private static func mermaid(_ scenario: Scenario) -> String {
        func node(_ id: String) -> String { "s_" + id.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined() }
        func text(_ value: String) -> String {
            // Mermaid labels sit in double quotes; entity-encode what would break them.
            value.replacingOccurrences(of: "&", with: "#amp;").replacingOccurrences(of: "\"", with: "#quot;")
                .replacingOccurrences(of: "<", with: "#lt;").replacingOccurrences(of: ">", with: "#gt;")
                .replacingOccurrences(of: "\n", with: " ")
        }
        var lines = ["flowchart TD", "    start((start)) --> \(node(scenario.start))"]
        var endings: Set<Outcome> = []
        for step in scenario.steps {
            let expect = step.expect.isEmpty ? "" : "<br/>expects: " + step.expect.joined(separator: ", ")
            lines.append("    \(node(step.id))[\"\(text(step.id))\(expect)\"]")
            if let end = step.end {
                endings.insert(end)
                lines.append("    \(node(step.id)) --> end_\(end.rawValue)")
            }
            for branch in step.next {
                let arrow = branch.conditions.isEmpty ? "-. \"\(text(label(branch)))\" .->" : "-- \"\(text(label(branch)))\" -->"
                switch branch.target {
                case .step(let id): lines.append("    \(node(step.id)) \(arrow) \(node(id))")
                case .contact(let id, _): lines.append("    \(node(step.id)) == \"\(text(label(branch)))\" ==> \(node(id))")
                case .end(let outcome):
                    endings.insert(outcome)
                    lines.append("    \(node(step.id)) \(arrow) end_\(outcome.rawValue)")
                }
            }
            if canRepeat(step) {
                lines.append("    \(node(step.id)) -. \"\(text(repeatLabel))\" .-> \(node(step.id))")
            }
        }
        for outcome in Outcome.allCases where endings.contains(outcome) {
            lines.append("    end_\(outcome.rawValue)(((\(outcome.rawValue))))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func dot(_ scenario: Scenario) -> String {
        func quote(_ value: String) -> String {
            "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        var lines = ["digraph \(quote(scenario.id)) {", "  rankdir=TB;", "  node [shape=box, style=rounded];",
                     "  \"__start\" [shape=circle, label=\"start\"];", "  \"__start\" -> \(quote(scenario.start));"]
        var endings: Set<Outcome> = []
        for step in scenario.steps {
            let expect = step.expect.isEmpty ? "" : "\nexpects: " + step.expect.joined(separator: ", ")
            lines.append("  \(quote(step.id)) [label=\(quote(step.id + expect))];")
            if let end = step.end {
                endings.insert(end)
                lines.append("  \(quote(step.id)) -> \(quote("end:" + end.rawValue));")
            }
            for branch in step.next {
                let attributes = " [label=\(quote(label(branch)))" + (branch.conditions.isEmpty ? ", style=dashed]" : "]")
                switch branch.target {
                case .step(let id): lines.append("  \(quote(step.id)) -> \(quote(id))\(attributes);")
                case .contact(let id, _):
                    lines.append("  \(quote(step.id)) -> \(quote(id)) [label=\(quote(label(branch))), style=bold, penwidth=2, color=\"blue\"];")
                case .end(let outcome):
                    endings.insert(outcome)
                    lines.append("  \(quote(step.id)) -> \(quote("end:" + outcome.rawValue))\(attributes);")
                }
            }
            if canRepeat(step) {
                lines.append("  \(quote(step.id)) -> \(quote(step.id)) [label=\(quote(repeatLabel)), style=dotted];")
            }
        }
        for outcome in Outcome.allCases where endings.contains(outcome) {
            lines.append("  \(quote("end:" + outcome.rawValue)) [shape=doublecircle, label=\(quote(outcome.rawValue))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
