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
        let paths = try yamlPaths(folder, context: context)
        var files: [ScenarioFile] = []
        for path in paths {
            files.append(try ScenarioFile.load(path, criteria: criteria, context: context))
        }
        return ScenarioLibrary(folder: folder, files: files)
    }

    /// What `list` needs of every `.yaml` file in `folder`, in path order:
    /// each scenario's header, read without parsing its steps (a file laid
    /// out in a way the quick reading is unsure of is loaded whole), and the
    /// paths of the files whose header has errors. Nothing of a file is kept
    /// but its header, so memory stays flat however large the library.
    public static func headers(_ folder: String, criteria: [String], context: CommandContext)
        throws(CommandFailure) -> (headers: [ScenarioHeader], broken: [String]) {
        let paths = try yamlPaths(folder, context: context)
        let loader = ScenarioLoader(knownCriteria: criteria)
        var headers: [ScenarioHeader] = []
        var broken: [String] = []
        for path in paths {
            let bytes = try InputFile.bytes(path, context: context)
            if let header = loader.loadHeader(bytes: bytes, path: path) {
                headers.append(header)
            } else if let scenario = ScenarioFile.load(bytes: bytes, path: path, criteria: criteria).scenario {
                headers.append(ScenarioHeader(scenario))
            } else {
                broken.append(path)
            }
        }
        return (headers, broken)
    }

    private static func yamlPaths(_ folder: String, context: CommandContext) throws(CommandFailure) -> [String] {
        do {
            return try InputFile.yamlFiles(under: folder, context: context)
        } catch {
            throw CommandFailure.missing("no scenario folder at '\(TerminalText.inert(folder))'",
                                 hint: "run lastcall from the folder that holds scenarios/, or pass --scenarios DIR (or set LASTCALL_SCENARIOS)")
        }
    }

    /// The scenarios that loaded without errors, in path order.
    public var scenarios: [Scenario] { files.compactMap(\.scenario) }

    /// The file whose scenario has id `id`.
    public func file(id: String) -> ScenarioFile? {
        files.first(where: { $0.scenario?.id == id }) ?? files.first(where: { $0.node?["scenario"]?.scalar == id })
    }
}
