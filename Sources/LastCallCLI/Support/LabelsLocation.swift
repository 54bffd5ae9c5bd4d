import Foundation
import LastCallKit

/// Where the rubric's labels file is, and reading it for a command.
enum LabelsLocation {
    /// `--labels FILE`, else `$LASTCALL_LABELS`, else `labels.tsv` beside the
    /// rubric in use.
    static func path(_ arguments: ParsedArguments, _ context: CommandContext) -> String {
        if let path = arguments.value("--labels") ?? context.env("LASTCALL_LABELS") { return path }
        return beside(rubric: Locations.rubric(arguments, context).path)
    }

    /// `labels.tsv` in the rubric's folder.
    static func beside(rubric path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "labels.tsv" }
        return String(path[...slash]) + "labels.tsv"
    }

    /// Whether `path` names an existing file.
    static func exists(_ path: String, context: CommandContext) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: context.url(for: path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Reads the labels file at `path`: the file, its text (for rendering
    /// diagnostics) and its problems. Throws when it cannot be read.
    static func read(_ path: String, context: CommandContext) throws(CommandFailure) -> (file: LabelsFile, text: String, diagnostics: [Diagnostic]) {
        let text = String(decoding: try InputFile.bytes(path, context: context), as: UTF8.self)
        let (file, diagnostics) = LabelsFile.read(text: text, path: path)
        return (file, text, diagnostics)
    }

    /// Reads a labels file a command cannot work without, failing with its
    /// errors rendered at their lines.
    static func load(_ path: String, context: CommandContext) throws(CommandFailure) -> LabelsFile {
        let (file, text, diagnostics) = try read(path, context: context)
        let errors = diagnostics.filter(\.isError)
        guard errors.isEmpty else {
            let renderer = DiagnosticRenderer(sources: [path: text])
            throw CommandFailure("\(TerminalText.inert(path)) has \(errors.count) malformed line\(errors.count == 1 ? "" : "s"):\n"
                                 + errors.map { renderer.render($0) }.joined(separator: "\n"),
                                 hint: "fix them (lastcall check shows them too) and run again")
        }
        return file
    }
}
