/// Trainee ids: 1-64 of letters, digits, `.`, `_`, `-`. They name progress
/// files, so nothing else is allowed.
public enum TraineeID {
    /// Whether `id` is a valid trainee id.
    public static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard (1...64).contains(bytes.count) else { return false }
        guard id != ".", id != ".." else { return false }
        return bytes.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2E || byte == 0x5F || byte == 0x2D
        }
    }

    /// The usage error for an invalid id.
    public static func problem(_ id: String) -> UsageError {
        UsageError("trainee id '\(TerminalText.inert(String(id.prefix(80))))' is not valid",
                   hint: "use 1 to 64 letters, digits, '.', '_' or '-', for example 'sam.lee' or 'csr-042'")
    }
}
import LastCallKit
