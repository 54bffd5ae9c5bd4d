/// A session as a report filter sees it: whose it is and when it started.
/// Both the summary reports stream and the full record conform, so `--since`
/// and `--last` are applied by the same code whichever a command reads.
public protocol FilterableSession: Sendable {
    /// The trainee, from the record.
    var trainee: String { get }
    /// Start, UTC ISO 8601.
    var startedAt: String { get }
}

extension SessionFacts: FilterableSession {}

extension SessionRecord: FilterableSession {}

extension SessionReplies: FilterableSession {}
