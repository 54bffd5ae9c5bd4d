import LastCallKit

/// The scenario folder: every scenario file in it, loaded, for `list`,
/// `play` and the reports.
public struct ScenarioLibrary: Sendable {
    /// The folder.
    public var folder: String
    /// Every file, in path order.
    public var files: [ScenarioFile]

    /// Loads every `.yaml` file in `folder`.
    public static func load(_ folder: String, criteria: [String], context: CommandContext) throws(CommandFailure) -> ScenarioLibrary {
        let paths: [String]
        do {
            paths = try InputFile.yamlFiles(under: folder, context: context)
        } catch {
            throw CommandFailure.missing("no scenario folder at '\(TerminalText.inert(folder))'",
                                 hint: "run lastcall from the folder that holds scenarios/, or pass --scenarios DIR (or set LASTCALL_SCENARIOS)")
        }
        var files: [ScenarioFile] = []
        for path in paths {
            files.append(try ScenarioFile.load(path, criteria: criteria, context: context))
        }
        return ScenarioLibrary(folder: folder, files: files)
    }

    /// The scenarios that loaded without errors, in path order.
    public var scenarios: [Scenario] { files.compactMap(\.scenario) }

    /// The file whose scenario has id `id`.
    public func file(id: String) -> ScenarioFile? {
        files.first(where: { $0.scenario?.id == id }) ?? files.first(where: { $0.node?["scenario"]?.scalar == id })
    }
}
