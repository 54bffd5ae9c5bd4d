import Testing
@testable import LastCallKit

@Suite struct TimeFrameDetectorTests {
    static let cases: [(String, Bool)] = [
        ("Give me twenty minutes and I'll call you back.", true),
        ("I'll have it fixed by close of play today.", true),
        ("Refunds are normally paid within 10 working days of approval.", true),
        ("Your order was placed on the 2nd and dispatched on the 3rd.", false),
        ("What I can tell you is that it was collected on the 9th.", false),
        ("It was returned on Friday and signed for on Saturday.", false),
        ("I'll call you back by 3pm.", true),
        ("I'll call you no later than 3pm.", true),
        ("I'll ring you not later than Friday.", true),
        ("I'll get back to you no later than never.", false),
        ("I'll ring you at 4.30 this afternoon.", true),
        ("You will get an email within 24 hours.", true),
        ("I'll have an answer for you tomorrow.", true),
        ("It'll be fixed by end of day.", true),
        ("Expect the refund in 3-5 working days.", true),
        ("It usually takes three to five days.", true),
        ("The engineer will be with you on Thursday morning.", true),
        ("I'll update you before noon.", true),
        ("I'm booking the courier for Monday.", true),
        ("I'll sort it right now.", true),
        ("Let me change that straight away.", true),
        ("You'll have it in two hours.", true),
        ("We'll have this resolved by the 14th.", true),
        ("I'll call you back in 10 mins.", true),
        ("I'll get back to you soon.", false),
        ("It will be done shortly.", false),
        ("We'll sort it ASAP.", false),
        ("I'll update you in a while.", false),
        ("It usually takes a few days.", false),
        ("I'll call you when I can.", false),
        ("Your parcel was dispatched on Monday.", false),
        ("It arrived yesterday at 4pm.", false),
        ("We're open until 8pm.", false),
        ("The office closes at 5 on Fridays.", false),
        ("I can't promise it will be there by Friday.", false),
        ("You said you needed it by Tuesday.", false),
        ("I'm processing it now.", false),
        ("Is there anything else I can help you with today?", false),
        ("How are you today?", false),
        ("From now on I'm your contact.", false),
        ("", false),
        // round two
        ("Your warranty expires on 12 March.", false),
        ("Sorry for the delay, we're short staffed this afternoon.", false),
        ("I've asked the engineers and they'll call you today.", true),
        ("Thanks for calling us today.", false),
        // issue 10: a window stated as how long a process takes holds
        ("It can take up to 48 hours for the number to port.", true),
        ("please allow 5-7 business days for the card to arrive", true),
        ("The check usually takes about a week.", true),
        ("Tell us if the credit hasn't appeared within 3 days.", true),
        ("I've asked the engineer to ring you by noon tomorrow.", true),
        ("It normally takes a few days.", false),
        // not a promise: opening hours in their real shapes, deadlines for the customer, absence, a counted number
        ("We're here M-F 9AM-9PM ET.", false),
        ("Our team is available from 6:00 AM - 10:00 PM (Eastern) every day.", false),
        ("You can reach us 24 hours a day, 7 days a week.", false),
        ("You can return it within 28 days of delivery.", false),
        ("She's off this week, sorry.", false),
        ("There are two options for 1:1 support.", false),
        ("Our specialist will be back in the office on Monday.", false),
        // a time no commitment governs: good wishes
        ("Good luck on Thursday.", false),
        ("Best of luck with the interview tomorrow!", false),
        ("Have a lovely day tomorrow.", false),
        ("Enjoy the match on Saturday!", false),
        ("Happy Friday!", false),
        ("Hope the move goes well on Friday.", false),
        ("Good luck on Thursday, and I'll call you on Friday to see how it went.", true),
        ("I'll have a look at it tomorrow.", true),
        // a recurring schedule: the agent's hours, a habit, unless a promise governs it
        ("I'm on until 6pm every weekday.", false),
        ("I'm in the office till 5 today.", false),
        ("We deliver on Mondays and Thursdays.", false),
        ("The refunds go out every Friday.", false),
        ("Collections run every working day from 8am.", false),
        ("I'll update you every day by 5pm.", true),
        ("I'll call you every morning at 9 until it's fixed.", true),
        // a possessive time names an event, unless a promise is tied to it
        ("After Tuesday's repair the line should be stable.", false),
        ("Tomorrow's appointment is with Dan.", false),
        ("I'll call you after Friday's visit.", false),
        ("I'll have it fixed before Friday's deadline.", true),
        ("The engineer will fix it on Thursday's visit.", true),
        ("Tomorrow's the earliest I can get it to you.", true),
        // a day that is the past or the topic
        ("It's been down since Monday.", false),
        ("I'm so sorry about Tuesday.", false),
        ("I'm sorry about Tuesday; I'll call you on Wednesday.", true),
        // a date told as a fact, and an age limit or policy window, are no promise
        ("Sorry, my mistake: it's the 21st, not the 12th.", false),
        ("Today is the 3rd, so I'll have it with you by the 5th.", true),
        ("The system won't take a return past 60 days.", false),
        ("Orders older than 30 days can't be cancelled online.", false),
        ("Items over 90 days old aren't covered.", false),
        ("We can't refund a purchase more than 30 days after delivery.", false),
        ("Let us know if it takes longer than 5 days.", true),
        // "before then": the time named before, when a promise governs it
        ("I'm here until 6pm today, so I'll ring you back before then.", true),
        ("You said you need it by Friday, so I'll make sure it's with you by then.", true),
        ("I'll get back to you before then.", false),
        ("Until then I may not have an answer, but I might call you before then.", false),
        ("Until then, please keep hold of the receipt.", false),
        // an offer that names the act is a promise for "now"; willingness or ability is not
        ("I can issue a new code for you right now.", true),
        ("We could go ahead and refund it right now if you like.", true),
        ("I can see your order right now.", false),
        ("I can't change it right now.", false),
        ("You can cancel it right now in the app.", false),
        // the next contact set for a day holds, as "I'll call you on Thursday" does
        ("See you on Thursday.", true),
        ("See you at Thursday's appointment.", true),
        ("Speak to you tomorrow.", true),
        ("Thanks, see you then.", false),
        // round four: a payment falling due, a recurring schedule with an
        // ordinal, a generic day, a past event with its day; process windows
        // with a participle ("once approved", "for returned items")
        ("Your direct debit is due on the 1st.", false),
        ("The bill falls due on 20 April.", false),
        ("We post newsletters every other Monday.", false),
        ("I'll call you every second Friday at 10am.", true),
        ("Nobody likes a flat tyre on a Friday night.", false),
        ("It left the depot on the 2nd so should be with you any day now.", false),
        ("It'll be delivered on the 2nd so should be with you then.", true),
        ("The replacement ships once approved, usually within 2 working days.", true),
        ("Refunds for returned items reach your card within 14 days.", true),
        // round five: a schedule on two days; the agent's own day corrected
        ("The classes run every Tuesday and Thursday at 6:30pm.", false),
        ("sorry meant thursday not tuesday", false),
        ("I'll let the ward sister know straight away.", true),
    ]

    @Test(arguments: cases)
    func timeFrame(reply: String, expected: Bool) {
        #expect(ScoringFixtures.holds(.timeFrame, reply) == expected, "\(reply)")
    }

    @Test func reportsWhen() {
        let result = ScoringFixtures.scorer.score("Leave it with me, I'll call you back by 4pm.")[.timeFrame]!
        #expect(result.met)
        #expect(result.when == "by 4pm")
    }
}
