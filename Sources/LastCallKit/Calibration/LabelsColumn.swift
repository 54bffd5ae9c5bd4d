/// One column of a labels file, named by its header cell.
public enum LabelsColumn: Sendable, Hashable {
    /// A criterion's label: `met`, `missed`, or empty when not decided.
    case criterion(CriterionID)
    /// The criteria the scorer is known to get wrong on the line.
    case knownMiss
    /// Where the label came from.
    case source
    /// The reply.
    case reply

    /// The header cell that names the column.
    public var name: String {
        switch self {
        case .criterion(let id): return id.rawValue
        case .knownMiss: return "known-miss"
        case .source: return "source"
        case .reply: return "reply"
        }
    }

    /// The column a header cell names, or nil.
    public init?(name: String) {
        switch name.lowercased() {
        case "known-miss": self = .knownMiss
        case "source": self = .source
        case "reply": self = .reply
        default:
            guard let id = CriterionID(rawValue: name.lowercased()) else { return nil }
            self = .criterion(id)
        }
    }

    /// The columns of a new labels file: the criteria, then the known
    /// misses and the source, and the reply last because it is the longest.
    public static let standard: [LabelsColumn] = CriterionID.allCases.map { .criterion($0) } + [.knownMiss, .source, .reply]
}
