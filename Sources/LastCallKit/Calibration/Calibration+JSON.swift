extension AgreementFigures {
    /// The figures as JSON: counts, then fractions from 0 to 1.
    public var jsonValue: JSONValue {
        .object([
            ("labelled", .int(labelled)),
            ("true_positives", .int(truePositives)),
            ("false_positives", .int(falsePositives)),
            ("false_negatives", .int(falseNegatives)),
            ("true_negatives", .int(trueNegatives)),
            ("precision", .double(precision)),
            ("recall", .double(recall)),
            ("f1", .double(f1)),
            ("agreement", .double(agreement)),
            ("kappa", .double(kappa)),
        ])
    }
}

extension Disagreement {
    /// The disagreement as JSON: where, what, and what the scorer saw.
    public var jsonValue: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("path", .string(labelled.location.path)),
            ("line", .int(labelled.location.line)),
            ("reply", .string(labelled.reply)),
            ("criterion", .string(criterion.rawValue)),
            ("expected", .string(Disagreement.word(expected))),
            ("scorer", .string(Disagreement.word(scorerSays))),
            ("known_miss", .bool(isKnownMiss)),
            ("evidence", .array(evidence.map { .string($0) })),
        ]
        pairs.append(("rule", decidingRule.map { .string($0) } ?? .null))
        return .object(pairs)
    }
}

extension Calibration {
    /// `calibrate --json`: `{"replies", "macro_f1", "overall", "criteria":
    /// {id: figures}, "disagreements": [...]}`.
    public var jsonValue: JSONValue {
        .object([
            ("replies", .int(replies)),
            ("macro_f1", .double(macroF1)),
            ("overall", overall.jsonValue),
            ("criteria", .object(criteria.map { ($0.id.rawValue, $0.figures.jsonValue) })),
            ("disagreements", .array(disagreements.map(\.jsonValue))),
        ])
    }
}

extension RaterComparison {
    /// `calibrate --between --json`: the paired count, each criterion's
    /// figures (the first rater as the reference) and the differences.
    public var jsonValue: JSONValue {
        .object([
            ("paired", .int(paired)),
            ("only_first", .int(onlyFirst.count)),
            ("only_second", .int(onlySecond.count)),
            ("overall", overall.jsonValue),
            ("criteria", .object(criteria.map { ($0.id.rawValue, $0.figures.jsonValue) })),
            ("differences", .array(differences.map { item in
                .object([
                    ("reply", .string(item.first.reply)),
                    ("criterion", .string(item.criterion.rawValue)),
                    ("first", .string(Disagreement.word(item.first.labels[item.criterion] ?? false))),
                    ("second", .string(Disagreement.word(item.second.labels[item.criterion] ?? false))),
                    ("first_line", .int(item.first.location.line)),
                    ("second_line", .int(item.second.location.line)),
                ])
            })),
        ])
    }
}
