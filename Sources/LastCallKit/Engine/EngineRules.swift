/// The numbers the engine plays by, taken from the rubric: each criterion's
/// weight and mood changes, the pass mark and the turn cap.
public struct EngineRules: Sendable, Hashable {
    /// The weight of each criterion in the session score (default 1).
    public var weights: [CriterionID: Double]
    /// The mood gained when a criterion the step expects is met.
    public var moodGain: [CriterionID: Int]
    /// The mood lost (a positive number) when an expected criterion is missed.
    public var moodLoss: [CriterionID: Int]
    /// The pass mark used when a scenario sets none.
    public var passMark: Int
    /// The most replies a conversation takes before the customer gives up.
    public var turnCap: Int
    /// The mood the customer loses as contact 1, 2, 3... starts (the last
    /// value repeats; the rubric's `erosion`).
    public var erosion: [Int] = [0, 10, 25]
    /// When the business works, for working days and hours on the clock.
    public var businessHours: BusinessHours = .standard

    /// Creates rules.
    public init(weights: [CriterionID: Double] = [:], moodGain: [CriterionID: Int] = [:], moodLoss: [CriterionID: Int] = [:],
                passMark: Int = 70, turnCap: Int = 30) {
        self.weights = weights
        self.moodGain = moodGain
        self.moodLoss = moodLoss
        self.passMark = passMark
        self.turnCap = turnCap
    }

    /// The weight of `criterion`.
    public func weight(_ criterion: CriterionID) -> Double { weights[criterion] ?? 1 }

    /// The mood lost as contact `number` (1-based) starts.
    public func erosion(atContact number: Int) -> Int {
        guard let last = erosion.last else { return 0 }
        return number - 1 < erosion.count ? erosion[max(0, number - 1)] : last
    }
}
