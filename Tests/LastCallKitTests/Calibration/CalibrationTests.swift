import Testing
@testable import LastCallKit

@Suite struct CalibrationTests {
    func labelled(_ reply: String, _ labels: [CriterionID: Bool], knownMisses: Set<CriterionID> = [], line: Int) -> LabelledReply {
        LabelledReply(reply: reply, labels: labels, knownMisses: knownMisses, location: SourceLocation(path: "l.tsv", line: line, column: 1))
    }

    @Test func countsAgreementWithTheGuidesPositiveClass() {
        let replies = [
            labelled("I'm so sorry, I'll call you by 4pm.", [.apology: true, .noBlame: true], line: 1),
            labelled("The courier lost it.", [.apology: false, .noBlame: false], line: 2),
            // labelled wrong on purpose: the scorer will say apology met
            labelled("I'm really sorry about this.", [.apology: false], line: 3),
        ]
        let calibration = Calibration(labelled: replies, scorer: ScoringFixtures.scorer)
        #expect(calibration.replies == 3)
        // apology: TP 1 (line 1), FP 1 (line 3), TN 1 (line 2)
        #expect(calibration[.apology] == AgreementFigures(truePositives: 1, falsePositives: 1, falseNegatives: 0, trueNegatives: 1))
        // no-blame, positive = blamed: line 2 is a true positive, line 1 a true negative
        #expect(calibration[.noBlame] == AgreementFigures(truePositives: 1, falsePositives: 0, falseNegatives: 0, trueNegatives: 1))
        #expect(calibration[.ownership]?.labelled == 0)
        #expect(calibration.disagreements.count == 1)
        let disagreement = calibration.disagreements[0]
        #expect(disagreement.criterion == .apology && disagreement.expected == false && disagreement.labelled.location.line == 3)
        #expect(disagreement.decidingRule?.hasPrefix("phrase '") == true)
        // macro-F1 over the two criteria labelled: apology F1 = 2/3, no-blame 1
        #expect(abs(calibration.macroF1 - (2.0 / 3.0 + 1) / 2) < 1e-12)
    }

    @Test func checkReportsADisagreementAsAnErrorAndAKnownMissAsAWarning() {
        let replies = [
            labelled("I'm really sorry about this.", [.apology: false], line: 4),
            labelled("I'm really sorry about this.", [.apology: false], knownMisses: [.apology], line: 5),
            labelled("Sorry for the wait.", [.apology: true, .ownership: false], knownMisses: [.ownership], line: 6),
        ]
        let calibration = Calibration(labelled: replies, scorer: ScoringFixtures.scorer)
        let diagnostics = calibration.diagnostics(labelled: replies, rubric: ScoringFixtures.rubric)
        #expect(diagnostics.map(\.description) == [
            "l.tsv:4:1: error: expected apology missed, the scorer says met: \u{201C}I'm really sorry about this.\u{201D}",
            "l.tsv:5:1: warning: known miss: expected apology missed, the scorer says met: \u{201C}I'm really sorry about this.\u{201D}",
            "l.tsv:6:1: warning: marked as a known miss for ownership, but the scorer now agrees with the label",
        ])
        #expect(diagnostics[0].hint?.hasPrefix("the scorer: phrase '") == true)
    }

    @Test func aMissWithNothingFiredHintsTheNearestRubricPhrase() {
        #expect(Calibration.nearestPhrase(to: "we deeply regret it", among: ["sorry", "(we|I) regret [the|this]", "my apologies"]) == "(we|I) regret [the|this]")
        #expect(Calibration.nearestPhrase(to: "nothing shared", among: ["sorry"]) == nil)
    }

    @Test func twoRatersArePairedByReplyText() {
        let anna = [
            labelled("Reply one", [.apology: true, .ownership: true], line: 1),
            labelled("Reply two", [.apology: false, .ownership: true], line: 2),
            labelled("Only Anna", [.apology: true], line: 3),
        ]
        let ben = [
            labelled("reply TWO ", [.apology: false, .ownership: false], line: 1),
            labelled("Reply one", [.apology: true, .ownership: true], line: 2),
        ]
        let comparison = RaterComparison(first: anna, second: ben)
        #expect(comparison.paired == 2)
        #expect(comparison.onlyFirst.map(\.reply) == ["Only Anna"])
        #expect(comparison.onlySecond.isEmpty)
        let apology = comparison.criteria.first { $0.id == .apology }!.figures
        #expect(apology == AgreementFigures(truePositives: 1, falsePositives: 0, falseNegatives: 0, trueNegatives: 1))
        // ownership: Anna yes/yes, Ben yes/no -> TP 1, FN 1; agreement 0.5,
        // chance = 1.0 * 0.5 + 0 * 0.5 = 0.5, kappa = 0
        let ownership = comparison.criteria.first { $0.id == .ownership }!.figures
        #expect(ownership.kappa == 0)
        #expect(comparison.differences.count == 1)
        #expect(comparison.differences[0].criterion == .ownership)
    }
}
