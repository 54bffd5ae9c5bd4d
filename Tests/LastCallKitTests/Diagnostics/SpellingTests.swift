import Testing
@testable import LastCallKit

@Suite struct SpellingTests {
    @Test(arguments: [
        ("apolgy", "apology"),          // a letter left out
        ("apologyy", "apology"),        // one too many
        ("owenrship", "ownership"),     // two letters swapped: one edit
        ("TIME-FRAME", "time-frame"),   // case does not count
        ("reso", "resolved"),           // a prefix of three or more letters
    ])
    func suggestsTheClosestLikelyTypo(word: String, expected: String) {
        #expect(Spelling.suggestion(for: word, among: ["apology", "ownership", "time-frame", "resolved"]) == expected)
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(Spelling.suggestion(for: "banana", among: ["apology", "ownership"]) == nil)
        #expect(Spelling.suggestion(for: "xy", among: ["ab"]) == nil)
        #expect(Spelling.suggestion(for: "x", among: []) == nil)
    }

    @Test func theFirstOfEquallyCloseCandidatesWins() {
        #expect(Spelling.suggestion(for: "cat", among: ["bat", "hat"]) == "bat")
    }

    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("kitten", "sitting", 3), ("ab", "ba", 1), ("abc", "abc", 0), ("ca", "abc", 3),
    ])
    func editDistanceCountsATranspositionAsOne(a: String, b: String, expected: Int) {
        #expect(Spelling.editDistance(a, b) == expected)
        #expect(Spelling.editDistance(b, a) == expected)
    }
}
