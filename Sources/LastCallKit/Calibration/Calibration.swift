/// The scorer measured against labelled replies: per criterion the
/// agreement table (labels as the reference, the scorer measured, positive
/// class as the guide has it), and every disagreement. The accuracy
/// benchmark, `lastcall calibrate` and `lastcall check` all read this one
/// computation.
public struct Calibration: Sendable {
    /// How many replies were scored.
    public var replies: Int
    /// Each criterion's figures, in rubric order.
    public var criteria: [(id: CriterionID, figures: AgreementFigures)]
    /// Every disagreement, in file order and criterion order within a line.
    public var disagreements: [Disagreement]

    /// Scores every reply of `labelled` with `scorer` and compares.
    public init(labelled: [LabelledReply], scorer: ReplyScorer) {
        var session = ReplyScorer.Session(scorer: scorer)
        let ids = scorer.rubric.criteria.map(\.id)
        var tables = Dictionary(uniqueKeysWithValues: ids.map { ($0, AgreementFigures()) })
        var disagreements: [Disagreement] = []
        for item in labelled {
            let score = session.score(item.reply, explain: true)
            for result in score.results {
                guard let expected = item.labels[result.id] else { continue }
                tables[result.id]?.add(reference: LabelledReply.positive(result.id, met: expected),
                                       measured: LabelledReply.positive(result.id, met: result.met))
                if expected != result.met {
                    disagreements.append(Disagreement(labelled: item, criterion: result.id, expected: expected,
                                                      evidence: result.evidence, fired: result.fired))
                }
            }
        }
        replies = labelled.count
        criteria = ids.map { ($0, tables[$0] ?? AgreementFigures()) }
        self.disagreements = disagreements
    }

    /// The figures for `id`, if the rubric scores it.
    public subscript(id: CriterionID) -> AgreementFigures? { criteria.first { $0.id == id }?.figures }

    /// The mean F1 over the criteria with at least one labelled reply.
    public var macroF1: Double {
        let labelled = criteria.filter { $0.figures.labelled > 0 }
        guard !labelled.isEmpty else { return 0 }
        return labelled.map(\.figures.f1).reduce(0, +) / Double(labelled.count)
    }

    /// All criteria's tables added: the overall figures.
    public var overall: AgreementFigures { criteria.map(\.figures).reduce(AgreementFigures(), +) }
}
