import Foundation
import LastCallKit

/// What the report commands take from the rubric and the scenario library,
/// loaded the way `play` finds them. A missing rubric falls back to the five
/// standard criteria and a missing library to the scenarios seen in the
/// progress files, each with a note on standard error, so a manager still
/// gets numbers on a machine that only holds the progress folder.
struct ReportInputs: Sendable {
    /// Criteria, titles, tips and the retraining rule.
    var settings: ReportSettings
    /// The scenario library, or nil when it could not be read (suggestions
    /// then come from the scenarios seen in the progress files).
    var library: [ScenarioSummary]?

    /// Loads the rubric and the scenario library named by `arguments`.
    static func load(_ arguments: ParsedArguments, _ context: CommandContext) throws(CommandFailure) -> ReportInputs {
        let (path, source) = Locations.rubric(arguments, context)
        var settings = ReportSettings.standard
        var criteria = ScoringSetup.defaultCriteria
        if FileManager.default.fileExists(atPath: context.url(for: path).path) {
            let setup = try ScoringSetup.load(arguments, context)
            settings = ReportSettings(rubric: setup.rubric)
            criteria = setup.criteria
        } else {
            context.console.errorLine("lastcall: note: no rubric at \(TerminalText.inert(context.url(for: path).path)) (from \(source)); "
                                      + "using the five standard criteria, retraining below 70% over 5 sessions")
        }
        let folder = Locations.scenarios(arguments, context)
        var library: [ScenarioSummary]?
        if FileManager.default.fileExists(atPath: context.url(for: folder).path) {
            library = try ScenarioLibrary.load(folder, criteria: criteria, context: context).scenarios.map(ScenarioSummary.init)
        } else {
            context.console.errorLine("lastcall: note: no scenario folder at \(TerminalText.inert(context.url(for: folder).path)); "
                                      + "suggesting from the scenarios seen in the progress files (pass --scenarios DIR)")
        }
        return ReportInputs(settings: settings, library: library)
    }
}
