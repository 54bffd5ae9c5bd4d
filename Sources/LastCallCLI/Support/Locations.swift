import Foundation
import LastCallKit

/// Where commands find the rubric, the scenario library and the progress
/// folder: an option, else an environment variable, else a default.
public enum Locations {
    /// The rubric file: `--rubric`, else `$LASTCALL_RUBRIC`, else `scoring/rubric.yaml`.
    public static func rubric(_ arguments: ParsedArguments, _ context: CommandContext) -> (path: String, source: String) {
        if let path = arguments.value("--rubric") { return (path, "--rubric") }
        if let path = context.env("LASTCALL_RUBRIC") { return (path, "$LASTCALL_RUBRIC") }
        return ("scoring/rubric.yaml", "the default")
    }

    /// The scenario folder: `--scenarios`, else `$LASTCALL_SCENARIOS`, else `scenarios`.
    public static func scenarios(_ arguments: ParsedArguments, _ context: CommandContext) -> String {
        arguments.value("--scenarios") ?? context.env("LASTCALL_SCENARIOS") ?? "scenarios"
    }

    /// The progress folder: `--progress`, else `$LASTCALL_PROGRESS`, else
    /// `$XDG_DATA_HOME/lastcall/progress`, else `~/.local/share/lastcall/progress`.
    public static func progress(_ arguments: ParsedArguments, _ context: CommandContext) -> String {
        if let path = arguments.value("--progress") ?? context.env("LASTCALL_PROGRESS") { return path }
        if let data = context.env("XDG_DATA_HOME") { return data + "/lastcall/progress" }
        if let home = context.env("HOME") { return home + "/.local/share/lastcall/progress" }
        return ".local/share/lastcall/progress"
    }
}
