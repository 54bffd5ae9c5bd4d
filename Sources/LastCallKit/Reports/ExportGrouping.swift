/// What one row or item of an export is (`--by trainee|session`).
public enum ExportGrouping: String, Sendable, Hashable, CaseIterable {
    /// One per trainee, from the team report.
    case trainee
    /// One per session, streamed.
    case session
}
