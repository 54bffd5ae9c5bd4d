extension EngineRules {
    /// The rules the rubric sets: each criterion's weight and mood changes
    /// (the engine adds gains and subtracts losses, so both are kept as
    /// sizes whatever sign the rubric wrote), the pass mark, and the
    /// follow-through settings (erosion, business hours).
    public init(rubric: Rubric) {
        self.init(passMark: rubric.passMark)
        erosion = rubric.erosion
        businessHours = rubric.businessHours
        for criterion in rubric.criteria {
            weights[criterion.id] = Double(criterion.weight)
            moodGain[criterion.id] = abs(criterion.mood.met)
            moodLoss[criterion.id] = abs(criterion.mood.missed)
        }
    }
}
