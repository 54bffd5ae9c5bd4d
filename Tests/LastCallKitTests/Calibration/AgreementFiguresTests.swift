import Testing
@testable import LastCallKit

@Suite struct AgreementFiguresTests {
    @Test func figuresMatchTheHandComputation() {
        // 20 replies: TP 6, FP 2, FN 3, TN 9.
        // precision = 6 / (6 + 2) = 0.75
        // recall    = 6 / (6 + 3) = 0.6667
        // F1        = 2 * 0.75 * 0.6667 / (0.75 + 0.6667) = 1.0 / 1.41667 = 0.70588 (= 2*TP / (2*TP + FP + FN) = 12/17)
        // agreement = (6 + 9) / 20 = 0.75
        // reference positive rate = (6 + 3) / 20 = 0.45, measured = (6 + 2) / 20 = 0.40
        // chance    = 0.45 * 0.40 + 0.55 * 0.60 = 0.18 + 0.33 = 0.51
        // kappa     = (0.75 - 0.51) / (1 - 0.51) = 0.24 / 0.49 = 0.489796
        let figures = AgreementFigures(truePositives: 6, falsePositives: 2, falseNegatives: 3, trueNegatives: 9)
        #expect(figures.labelled == 20)
        #expect(abs(figures.precision - 0.75) < 1e-12)
        #expect(abs(figures.recall - 6.0 / 9.0) < 1e-12)
        #expect(abs(figures.f1 - 12.0 / 17.0) < 1e-12)
        #expect(abs(figures.agreement - 0.75) < 1e-12)
        #expect(abs(figures.kappa - 0.24 / 0.49) < 1e-12)
    }

    @Test func kappaIsNegativeWhenRatersAgreeLessThanChance() {
        // TP 1, FP 4, FN 4, TN 1 (n = 10): agreement 0.2; both rate positive 0.5,
        // chance = 0.25 + 0.25 = 0.5; kappa = (0.2 - 0.5) / 0.5 = -0.6. F1 = 2/(2+8) = 0.2.
        let figures = AgreementFigures(truePositives: 1, falsePositives: 4, falseNegatives: 4, trueNegatives: 1)
        #expect(abs(figures.kappa - -0.6) < 1e-12)
        #expect(abs(figures.f1 - 0.2) < 1e-12)
    }

    @Test func addingCountsEachCell() {
        var figures = AgreementFigures()
        figures.add(reference: true, measured: true)
        figures.add(reference: false, measured: true)
        figures.add(reference: true, measured: false)
        figures.add(reference: false, measured: false)
        figures.add(reference: false, measured: false)
        #expect(figures == AgreementFigures(truePositives: 1, falsePositives: 1, falseNegatives: 1, trueNegatives: 2))
    }

    @Test func degenerateTablesHaveDefinedFigures() {
        // Nothing labelled: nothing to disagree on.
        #expect(AgreementFigures().kappa == 1)
        #expect(AgreementFigures().agreement == 1)
        // Both raters said "no" every time: chance agreement is 1, kappa undefined -> 1 for full agreement.
        let allNo = AgreementFigures(truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 7)
        #expect(allNo.kappa == 1)
        #expect(allNo.precision == 1 && allNo.recall == 1 && allNo.f1 == 1)
        // Precision and recall both 0: F1 0, not a division by zero.
        let allWrong = AgreementFigures(truePositives: 0, falsePositives: 3, falseNegatives: 2, trueNegatives: 0)
        #expect(allWrong.f1 == 0)
    }
}
