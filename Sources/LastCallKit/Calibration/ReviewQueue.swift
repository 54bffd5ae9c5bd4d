/// The flagged turns a trainer has yet to review, oldest session first, and
/// within a session in turn order. A turn is reviewed once a labels-file
/// line's source holds its key.
public struct ReviewQueue: Sendable {
    /// The turns waiting, in review order.
    public var items: [ReviewItem] { entries.map(\.item) }
    /// Each item with the order its record was added in, which breaks ties
    /// between sessions that started in the same second (a progress file
    /// is appended in the order sessions end).
    private var entries: [(item: ReviewItem, arrival: Int)] = []
    private var arrivals = 0
    /// Flagged turns left out because they were already reviewed.
    public private(set) var alreadyReviewed = 0
    /// The keys already reviewed.
    public let reviewed: Set<String>
    /// Only sessions of this trainee, when set.
    public var trainee: String?
    /// Only sessions of this scenario, when set.
    public var scenario: String?
    /// Only sessions started on or after this date (`YYYY-MM-DD`), when set.
    public var since: String?
    /// Only sessions started on or before this date (`YYYY-MM-DD`), when set.
    public var until: String?

    /// Creates an empty queue that skips the `reviewed` keys.
    public init(reviewed: Set<String>, trainee: String? = nil, scenario: String? = nil, since: String? = nil, until: String? = nil) {
        self.reviewed = reviewed
        self.trainee = trainee
        self.scenario = scenario
        self.since = since
        self.until = until
    }

    /// The reviewed keys in a labels file's lines.
    public static func reviewedKeys(in labelled: [LabelledReply]) -> Set<String> {
        Set(labelled.compactMap { ReviewItem.key(inSource: $0.source) })
    }

    /// Adds the flagged turns of `record` that pass the filters and are not
    /// yet reviewed. Records may come in any order.
    public mutating func add(_ record: SessionRecord) {
        guard !record.flags.isEmpty else { return }
        if let trainee, record.trainee != trainee { return }
        if let scenario, record.scenario != scenario { return }
        if let since, String(record.startedAt.prefix(10)) < since { return }
        if let until, String(record.startedAt.prefix(10)) > until { return }
        var byTurn: [Int: [Flag]] = [:]
        for flag in record.flags where flag.turn >= 1 && flag.turn <= record.turns.count {
            byTurn[flag.turn, default: []].append(flag)
        }
        for (number, flags) in byTurn.sorted(by: { $0.key < $1.key }) {
            let item = ReviewItem(sessionID: record.id, trainee: record.trainee, scenario: record.scenario, startedAt: record.startedAt,
                                  turnNumber: number, turn: record.turns[number - 1], flags: flags)
            if reviewed.contains(item.key) {
                alreadyReviewed += 1
                continue
            }
            entries.append((item, arrivals))
        }
        arrivals += 1
        entries.sort { a, b in
            (a.item.startedAt, a.item.trainee, a.arrival, a.item.turnNumber) < (b.item.startedAt, b.item.trainee, b.arrival, b.item.turnNumber)
        }
    }

    /// The labelled reply a trainer's `decisions` make of `item` (criteria
    /// left out were skipped), with its source holding the item's key.
    public static func labelled(_ item: ReviewItem, decisions: [CriterionID: Bool], reviewedOn date: String) -> LabelledReply {
        LabelledReply(reply: item.turn.reply, labels: decisions, source: item.source(reviewedOn: date),
                      location: SourceLocation(path: "", line: 0, column: 0))
    }
}
