/// How far two raters agree on one yes/no criterion: the counts of the
/// two-by-two table and the figures read from it. The first rater is the
/// reference (the labels), the second the rater measured (the scorer, or a
/// second person); "positive" is the guide's positive class.
public struct AgreementFigures: Sendable, Hashable {
    /// Both said positive.
    public var truePositives = 0
    /// The measured rater said positive, the reference negative.
    public var falsePositives = 0
    /// The measured rater said negative, the reference positive.
    public var falseNegatives = 0
    /// Both said negative.
    public var trueNegatives = 0

    /// Creates an empty table.
    public init() {}

    /// Creates a table from its four counts.
    public init(truePositives: Int, falsePositives: Int, falseNegatives: Int, trueNegatives: Int) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.trueNegatives = trueNegatives
    }

    /// Counts one reply both raters decided.
    public mutating func add(reference: Bool, measured: Bool) {
        switch (reference, measured) {
        case (true, true): truePositives += 1
        case (false, true): falsePositives += 1
        case (true, false): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    /// Replies both raters decided.
    public var labelled: Int { truePositives + falsePositives + falseNegatives + trueNegatives }

    /// Of the replies the measured rater called positive, the share that are.
    /// With none called positive there is nothing wrong among them: 1.
    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    /// Of the positive replies, the share the measured rater found. With no
    /// positive replies nothing was missed: 1.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// The share of replies on which the raters agree (1 when none).
    public var agreement: Double {
        labelled == 0 ? 1 : Double(truePositives + trueNegatives) / Double(labelled)
    }

    /// Cohen's kappa: agreement corrected for what two raters with these
    /// rates would reach by chance, (po - pe) / (1 - pe). When chance
    /// agreement is already total (both raters said the same one thing
    /// throughout) kappa is undefined; it is 1 when they agree, else 0.
    public var kappa: Double {
        guard labelled > 0 else { return 1 }
        let n = Double(labelled)
        let referencePositive = Double(truePositives + falseNegatives) / n
        let measuredPositive = Double(truePositives + falsePositives) / n
        let chance = referencePositive * measuredPositive + (1 - referencePositive) * (1 - measuredPositive)
        guard chance < 1 else { return agreement == 1 ? 1 : 0 }
        return (agreement - chance) / (1 - chance)
    }

    /// The two tables added.
    public static func + (lhs: AgreementFigures, rhs: AgreementFigures) -> AgreementFigures {
        AgreementFigures(truePositives: lhs.truePositives + rhs.truePositives, falsePositives: lhs.falsePositives + rhs.falsePositives,
                         falseNegatives: lhs.falseNegatives + rhs.falseNegatives, trueNegatives: lhs.trueNegatives + rhs.trueNegatives)
    }
}
