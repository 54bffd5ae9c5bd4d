import Testing
@testable import LastCallKit

@Suite struct FlagRequestTests {
    static let criteria = CriterionID.allCases

    @Test(arguments: [
        ("/flag", FlagRequest.dispute(criterion: nil, note: nil)),
        ("  /FLAG  ", .dispute(criterion: nil, note: nil)),
        ("/flag apology I did apologise", .dispute(criterion: .apology, note: "I did apologise")),
        ("/flag Apology: I did", .dispute(criterion: .apology, note: "I did")),
        ("/flag time-frame", .dispute(criterion: .timeFrame, note: nil)),
        ("/flag blame I blamed no one", .dispute(criterion: .noBlame, note: "I blamed no one")),
        ("/flag name", .dispute(criterion: .nameAndNumber, note: nil)),
        ("/flag own it was mine", .dispute(criterion: .ownership, note: "it was mine")),
        ("/flag apolgy I did", .unknownCriterion("apolgy", suggestion: "apology")),
        ("/flag ownershp", .unknownCriterion("ownershp", suggestion: "ownership")),
        ("/flag I gave a time", .dispute(criterion: nil, note: "I gave a time")),
    ])
    func parses(line: String, expected: FlagRequest) {
        #expect(FlagRequest.parse(line, criteria: Self.criteria) == expected)
    }

    @Test(arguments: ["/flagged", "flag apology", "/hint", "I want to /flag this"])
    func otherLinesAreNoFlag(line: String) {
        #expect(FlagRequest.parse(line, criteria: Self.criteria) == nil)
    }

    @Test func onlyTheRubricsCriteriaCount() {
        #expect(FlagRequest.parse("/flag apology", criteria: [.ownership]) == .dispute(criterion: nil, note: "apology"))
    }
}
