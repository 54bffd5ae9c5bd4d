import LastCallKit

/// One scenario file read from disk: its text, what the loader made of it,
/// and its content hash.
public struct ScenarioFile: Sendable {
    /// The path as the user or the folder listing gave it.
    public var path: String
    /// The file's text (for rendering diagnostics).
    public var text: String
    /// The YAML node tree, when the file parsed.
    public var node: YAMLNode?
    /// The scenario, when it loaded without errors.
    public var scenario: Scenario?
    /// Every problem found.
    public var diagnostics: [Diagnostic]
    /// SHA-256 of the file's bytes.
    public var hash: String

    /// Reads and loads the file at `path`.
    public static func load(_ path: String, criteria: [String], context: CommandContext) throws(CommandFailure) -> ScenarioFile {
        let bytes = try InputFile.bytes(path, context: context)
        return load(bytes: bytes, path: path, criteria: criteria)
    }

    /// Loads a scenario from `bytes` read from `path`.
    public static func load(bytes: [UInt8], path: String, criteria: [String]) -> ScenarioFile {
        let text = String(decoding: bytes, as: UTF8.self)
        let hash = SHA256.hex(bytes: SHA256.digest(bytes))
        do {
            let node = try YAMLReader.read(bytes: bytes, path: path)
            let (scenario, diagnostics) = ScenarioLoader(knownCriteria: criteria).load(node, path: path)
            return ScenarioFile(path: path, text: text, node: node, scenario: scenario, diagnostics: diagnostics, hash: hash)
        } catch {
            return ScenarioFile(path: path, text: text, node: nil, scenario: nil, diagnostics: [error.diagnostic], hash: hash)
        }
    }
}
