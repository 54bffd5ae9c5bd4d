/// Sessions held in memory as an export source: the records in the order
/// they were played, with the settings, filter and library to report them by.
public struct SessionList: ExportSource, Sendable {
    /// The records, each trainee's in the order played.
    public var records: [SessionRecord]
    /// The criteria and retraining rule.
    public var settings: ReportSettings
    /// Which sessions count.
    public var filter: ReportFilter
    /// The scenario library, for suggestions.
    public var library: [ScenarioSummary]

    /// Creates a list.
    public init(records: [SessionRecord], settings: ReportSettings, filter: ReportFilter = ReportFilter(),
                library: [ScenarioSummary] = []) {
        self.records = records
        self.settings = settings
        self.filter = filter
        self.library = library
    }

    public func teamReport() -> TeamReport {
        var builder = ReportBuilder(settings: settings, filter: filter, library: library)
        for record in records { builder.add(SessionFacts(record)) }
        return builder.finish()
    }

    public func forEachSession(_ body: (SessionFacts) -> Void) {
        forEachRecord { body(SessionFacts($0)) }
    }

    public func forEachRecord(_ body: (SessionRecord) -> Void) {
        filter.forEachKept(from: { each in records.forEach(each) }, body)
    }
}
