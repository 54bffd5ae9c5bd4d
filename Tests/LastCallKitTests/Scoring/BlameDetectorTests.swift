import Testing
@testable import LastCallKit

@Suite struct BlameDetectorTests {
    /// `true` where the reply blames or ducks (no-blame is violated).
    static let cases: [(String, Bool)] = [
        ("You should have checked the address before ordering.", true),
        ("If you'd read the email you would know.", true),
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
        // a cause without fault: weather, a machine
        ("The storm broke the line to your street last night.", false),
        ("The system recorded the wrong figure, so I'm correcting it now.", false),
        ("Our sorting machine lost the label off your parcel.", false),
        ("The engineer broke the socket when he left.", true),
        // fault on a colleague, another team or a third party, however it is said
        ("The night shift completely botched your order, I'm afraid.", true),
        ("Our supplier shipped you the incorrect model.", true),
        ("The technician wired the unit wrong.", true),
        ("Customs made a right muddle of the paperwork.", true),
        ("The engineer should have tested the line before leaving.", true),
        ("He didn't reset the meter, which he should have.", true),
        ("The lettings team keep ignoring our emails.", true),
        ("Honestly, that's on the courier.", true),
        ("That one's their problem, not ours.", true),
        ("DPD have been dragging their heels on this for days.", true),
        ("Our partner site couldn't be bothered to update the stock.", true),
        ("Whoever took your call last time misread the meter.", true),
        ("The rep you dealt with clearly didn't follow the process.", true),
        ("Our billing people overcharged you again, typical of them.", true),
        ("You were given duff information by the last adviser.", true),
        ("The installer cocked it up, frankly.", true),
        // a way forward does not cancel blame, only a duck
        ("The agent before me messed up your booking; I'll rebook it myself.", true),
        ("The previous adviser got your tariff wrong, but I'll correct it now.", true),
        // fault on the customer
        ("If you'd checked the postcode, it would have arrived.", true),
        ("You were meant to cancel before the renewal date.", true),
        ("Sorry, you needed to register the product within 28 days.", true),
        ("You're the one who picked standard delivery.", true),
        ("I'm sorry you didn't read the confirmation properly.", true),
        // ducking
        ("Not my department, love. Try the main switchboard.", true),
        ("It's really one for your landlord, not us.", true),
        ("There's really nothing more I can do for you.", true),
        // neutral causes, accepted fault and hand-overs are not blame
        ("The parcel was delayed at the sorting office because of the snow.", false),
        ("Your card issuer declined the transaction.", false),
        ("The courier has a backlog because of the bank holiday.", false),
        ("Your order was sent to the wrong address, and I'm sending a replacement today.", false),
        ("We sent you the wrong size, I'm so sorry.", false),
        ("Our team made a mistake and I'm sorry.", false),
        ("I put you on the wrong plan, that's my fault.", false),
        ("Something went wrong with the update, and I'll fix it.", false),
        ("The system failed to send the confirmation, so I'm resending it now.", false),
        ("The storm damaged the line in your street.", false),
        ("The router lost connection overnight, which is why it's slow.", false),
        ("Your refund should have reached you by now, I'll chase it.", false),
        ("Not me, I'm afraid, the engineer will do the install on Monday.", false),
        ("I forgot to mention, your voucher is attached.", false),
        ("If you'd like, I can send it again.", false),
        ("Your plan covers calls in the EU, not the US.", false),
        ("", false),
        // round two: fault on the customer said politely, ducking to a third party
        ("The account number you gave us was out of date, so the payment bounced.", true),
        ("Sadly you missed the cut off for this month's claims.", true),
        ("Done now, but next time please check the postcode first.", true),
        ("Account holders are responsible for keeping their details current.", true),
        ("Like the confirmation email clearly says, returns close after 30 days.", true),
        ("As the letter says, the new rate starts in May.", false),
        ("That one is between you and the airline, I'm afraid.", true),
        ("Roaming isn't handled by my team, so you'll need to ring them yourself.", true),
        ("Our fitter never finished the installation, so I'm sending someone else on Monday.", true),
        ("The fault is on your side, not our network.", true),
        ("The details you gave us were correct, so this one is on our side.", false),
        // issue 10: deflection to another party, with or without a referral
        ("You'll need to contact your mobile provider about that.", true),
        ("That fee is at the bank's discretion.", true),
        ("That's down to your broadband provider, I'm afraid.", true),
        ("Please reach out to the app developer for a refund.", true),
        ("Our chat here is limited to billing questions, please call tech support.", true),
        ("We don't handle refunds for marketplace orders, please contact the seller.", true),
        ("Unfortunately I'm unable to extend the warranty.", true),
        ("We're not offering refunds on sale items.", true),
        ("I'm unable to extend the warranty, but I can offer a free repair today.", false),
        ("I'll contact the courier myself and call you back.", false),
        ("We can't see accounts here, but you can message us at the link and we'll check.", false),
        // issue 10: blame said in other words; a colleague's absence left to the customer
        ("The firm we hired did a shoddy job of the fitting.", true),
        ("The guy you spoke to didn't know what he was doing.", true),
        ("The issue is on your side, our line tests fine.", true),
        ("So that was your error, not ours.", true),
        ("The warehouse is really slow at the moment.", true),
        ("Tom's out today, he'll ring you when he's back.", true),
        ("She's on leave, so you'll have to wait.", true),
        ("We did a poor job on that repair and I'm sorry.", false),
        ("If you forgot your password, you can reset it here.", false),
        // a company written with an ampersand; a department that does not handle it; a refund only a third party gives
        ("For the SIM you'll need to contact T&M about that.", true),
        ("Sorry, that's not something our team handles, please call the main line.", true),
        ("Store cards aren't handled here, please try the card line.", true),
        ("It was bought through the app store, so you'll need to request the refund from them.", true),
        ("That's an issue with your broadband provider, not with our service.", true),
        ("That's not something I can change, but I can cancel it and reorder it for you today.", false),
        ("Our billing team handles that, and you can reach them at billing@example.com.", false),
        // the words of a link say nothing
        ("Read more at https://example.com/blog/not-my-problem-you-should-have-read-the-terms", false),
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
