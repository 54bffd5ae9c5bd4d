import Testing
@testable import LastCallKit

@Suite struct ClauseMemoTests {
    static let lexicon = ScoringFixtures.rubric.lexicon
    static let words = WordSets(lexicon: lexicon)
    static let markers = lexicon.idSet("will shall going let")
    static let markerIDs = lexicon.ids("will shall going let").sorted()

    @Test func membersMayOccurOnlyWhenTheReplyHasOne() {
        let reader = ReplyReader(lexicon: Self.lexicon)
        #expect(!ClauseMemo.mayOccur(Self.markerIDs, in: reader.read("Your parcel was dispatched on Monday.")))
        #expect(ClauseMemo.mayOccur(Self.markerIDs, in: reader.read("I'll call you back by 3pm.")))
        #expect(ClauseMemo.mayOccur(Self.markerIDs, in: reader.read("Let me change that straight away.")))
        // a text made by hand has no bitmap of its words: any may occur
        #expect(ClauseMemo.mayOccur(Self.markerIDs, in: ReplyText(bytes: [])))
        #expect(!ClauseMemo.mayOccur([], in: reader.read("I will.")))
    }

    @Test(arguments: [
        "Your parcel was dispatched on Monday, and I'll ring you by 5pm.",
        "I will call you tomorrow. It shipped on the 3rd, but it's going out again today.",
        "It arrived yesterday at 4pm, so that's sorted.",
        "",
        "Let me check: it was sent, it will arrive, shall I call?",
    ])
    func containsAgreesWithAWalkOfEachClause(_ reply: String) {
        let text = ReplyReader(lexicon: Self.lexicon).read(reply)
        var memo = ClauseMemo()
        for clause in text.clauses {
            let expected = Self.words.contains(Self.markers, in: clause, of: text)
            #expect(memo.contains(Self.markers, members: Self.markerIDs, in: clause, words: Self.words, of: text) == expected)
            // asked again for the same clause: the remembered answer
            #expect(memo.contains(Self.markers, members: Self.markerIDs, in: clause, words: Self.words, of: text) == expected)
        }
    }
}
