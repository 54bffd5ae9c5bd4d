/// How serious a diagnostic is: errors fail `check`, warnings do not.
public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
    case note
}
