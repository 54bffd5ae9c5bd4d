import Foundation
import LastCallKit

/// The entry point of the `lastcall` executable: runs the command named on
/// the command line against the real terminal and exits with its status.
public enum LastCallCLI {
    /// Runs `lastcall` with the process's arguments and exits.
    public static func main() -> Never {
        let environment = ProcessInfo.processInfo.environment
        let context = CommandContext(
            console: Terminal(environment: environment),
            environment: environment,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let status = CommandRunner.run(Array(CommandLine.arguments.dropFirst()), context: context)
        exit(status)
    }
}
