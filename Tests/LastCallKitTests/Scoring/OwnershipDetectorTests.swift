import Testing
@testable import LastCallKit

@Suite struct OwnershipDetectorTests {
    static let cases: [(String, Bool)] = [
        ("I'll sort this out for you.", true),
        ("Ill fix it today", true),
        ("I will personally make sure the refund goes through.", true),
        ("I'm going to ring the courier myself.", true),
        ("Leave this with me.", true),
        ("I'll keep you updated every step of the way.", true),
        ("I'll follow this up and come back to you.", true),
        ("I'll raise it with the depot and call you with the outcome.", true),
        ("I've just refunded the delivery charge.", true),
        ("I have cancelled the duplicate order.", true),
        ("I rebooked the engineer for you this morning.", true),
        ("I'm updating your address now.", true),
        ("I'll raise it with my supervisor and ring you back this afternoon.", true),
        ("I've rebooked the engineer for you.", true),
        ("I've reset the router at our end.", true),
        ("The last adviser gave you the wrong steer. I'll put it right myself.", true),
        ("I might be able to knock something off, I'll have a think.", false),
        ("I'll make sure the relevant team gets your feedback.", false),
        ("The app just won't let me, so that's that.", false),
        ("I'll make sure this gets fixed.", true),
        ("I'll escalate this to my manager and I'll call you with their decision.", true),
        ("You'll hear back from me by Friday.", true),
        ("I'm on the case.", true),
        ("I'll do everything I can to get this resolved.", true),
        ("We'll look into it.", false),
        ("We will do our best.", false),
        ("It will be looked into.", false),
        ("Someone from the team will call you.", false),
        ("I'll transfer you to the right department.", false),
        ("I'll pass your complaint on to the team.", false),
        ("Let me put you through to billing.", false),
        ("I'll escalate this and they will decide.", false),
        ("I'll need your order number.", false),
        ("I'll have to put you on hold.", false),
        ("I'll try, but no promises.", false),
        ("I'll see what I can do.", false),
        ("I will not be able to change that.", false),
        ("I can't do anything about that.", false),
        ("I'd help if I could.", false),
        ("Let me know if there is anything else.", false),
        ("I understand your concern.", false),
        ("I'm afraid the shop is closed.", false),
        ("I'll be honest with you, it doesn't look good.", false),
        ("", false),
        // round two
        ("Don't worry, it's only me handling this from here on.", true),
        ("Sorry, I've just re-sent the code to your phone.", true),
        ("Hi, I'm Omar and I'll be looking after you today.", false),
        ("I'll log this as a complaint and the team will be in touch.", false),
        ("Priya is away so I'm covering her cases this week.", false),
    ]

    @Test(arguments: cases)
    func ownership(reply: String, expected: Bool) {
        #expect(ScoringFixtures.holds(.ownership, reply) == expected, "\(reply)")
    }
}
