/// What reports need from the rubric: the criteria in rubric order and the
/// retraining rule (a criterion met less than `retrainThreshold` percent of
/// the time over the trainee's last `retrainWindow` sessions that expected
/// it means retraining on it).
public struct ReportSettings: Sendable, Hashable {
    /// The criteria, in rubric order (the column order of every report).
    public var criteria: [ReportCriterion]
    /// The percentage below which a criterion needs retraining.
    public var retrainThreshold: Int
    /// How many of the latest sessions that expected a criterion count.
    public var retrainWindow: Int
    /// The percentage of promises kept below which follow-through needs
    /// retraining (over the latest `retrainWindow` sessions that judged one).
    public var promisesThreshold: Int

    /// Creates settings.
    public init(criteria: [ReportCriterion], retrainThreshold: Int = 70, retrainWindow: Int = 5, promisesThreshold: Int = 70) {
        self.criteria = criteria
        self.retrainThreshold = retrainThreshold
        self.retrainWindow = max(1, retrainWindow)
        self.promisesThreshold = promisesThreshold
    }

    /// The five standard criteria with their stock titles and tips, used
    /// when no rubric can be read.
    public static let standard = ReportSettings(criteria: [
        ReportCriterion(id: .apology, title: "Apology",
                        tip: "Say sorry for the trouble early and plainly: \"I'm sorry this has happened again.\""),
        ReportCriterion(id: .ownership, title: "Ownership",
                        tip: "Take it on yourself: \"I will sort this out for you\" rather than \"someone will\"."),
        ReportCriterion(id: .timeFrame, title: "Time frame",
                        tip: "Give a concrete time: \"by 5 pm today\" or \"within two working days\"."),
        ReportCriterion(id: .noBlame, title: "No blame",
                        tip: "Never blame the customer, a colleague or the system; explain what you will do instead."),
        ReportCriterion(id: .nameAndNumber, title: "Name and number",
                        tip: "Give your name and a way back to you: \"I'm Sam, extension 4521.\""),
    ])
}
