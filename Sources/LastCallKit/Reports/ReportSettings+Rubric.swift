extension ReportSettings {
    /// What reports take from the rubric: its criteria in order with their
    /// titles and feedback (as the tip), and its retraining rule.
    public init(rubric: Rubric) {
        self.init(criteria: rubric.criteria.map { ReportCriterion(id: $0.id, title: $0.title, tip: $0.feedback.trimmingWhitespace()) },
                  retrainThreshold: rubric.retraining.threshold,
                  retrainWindow: rubric.retraining.sessions,
                  promisesThreshold: rubric.retraining.promisesKept)
    }
}
