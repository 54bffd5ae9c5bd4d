import Testing
@testable import LastCallKit

@Suite struct BlameDetectorTests {
    /// `true` where the reply blames or ducks (no-blame is violated).
    static let cases: [(String, Bool)] = [
        ("You should have checked the address before ordering.", true),
        ("If you'd read the email you would know.", false),
        ("If you had told us sooner we could have fixed it.", true),
        ("You typed the wrong card number.", true),
        ("It's your own fault for not reading the terms.", true),
        ("The courier lost your parcel, they're hopeless.", true),
        ("That's the warehouse's fault, not ours.", true),
        ("The previous agent told you the wrong price.", true),
        ("Billing always get this wrong.", true),
        ("It's not us, it's the supplier.", true),
        ("That's not my department.", true),
        ("Not my problem.", true),
        ("There's nothing I can do about it.", true),
        ("My hands are tied.", true),
        ("You'll have to take it up with the bank.", true),
        ("Nothing we can do, sorry.", true),
        ("The parcel was held at our depot over the weekend.", false),
        ("Your bank declined the payment.", false),
        ("The item is out of stock.", false),
        ("That was our mistake and I'm sorry.", false),
        ("We messed up, and I'll put it right.", false),
        ("It's not your fault at all.", false),
        ("Our billing team can correct that; here is their number.", false),
        ("There's nothing I can do about the fee, but what I can do is refund the postage.", false),
        ("I'll call the courier and find out what happened.", false),
        ("", false),
    ]

    @Test(arguments: cases)
    func blame(reply: String, expected: Bool) {
        #expect(ScoringFixtures.holds(.noBlame, reply) == expected, "\(reply)")
    }

    @Test func quotesTheBlame() {
        let result = ScoringFixtures.scorer.score("Sorry, the warehouse messed up.")[.noBlame]!
        #expect(!result.met)
        #expect(result.evidence == ["the warehouse messed up"])
    }
}
