/// How many of a session's (or a trainee's) promises were judged, and how
/// many of those were kept: the counts behind the promises-kept rate. A
/// promise not judged (`"kept": null` in the record) counts in neither.
public struct PromiseTally: Sendable, Hashable {
    /// Promises kept.
    public var kept: Int
    /// Promises judged kept or broken.
    public var judged: Int

    /// Creates a tally.
    public init(kept: Int = 0, judged: Int = 0) {
        self.kept = kept
        self.judged = judged
    }

    /// The tally of a record's `promises` list (`[{"turn": 2, ..., "kept":
    /// true}]`), nil (an older record) meaning none. Each promise must be an
    /// object whose `kept`, when present, is true, false or null; its other
    /// fields are the follow-through engine's and are not read here.
    public init(promises value: JSONValue?) throws(RecordError) {
        self.init()
        guard let value else { return }
        guard case .array(let items) = value else { throw RecordError("field 'promises' should be a list") }
        for item in items {
            guard case .object = item else { throw RecordError("expected a JSON object") }
            switch item["kept"] {
            case nil, .null?: continue
            case .bool(let kept)?: add(kept: kept)
            default: throw RecordError("field 'kept' should be true or false")
            }
        }
    }

    /// Counts one judged promise.
    public mutating func add(kept: Bool) {
        judged += 1
        if kept { self.kept += 1 }
    }

    /// The sum of two tallies.
    public static func + (a: PromiseTally, b: PromiseTally) -> PromiseTally {
        PromiseTally(kept: a.kept + b.kept, judged: a.judged + b.judged)
    }

    /// Percent kept of those judged, rounded, or nil when none was judged.
    public var percent: Int? { CriterionRate.percent(kept, of: judged) }
}
