import Testing
@testable import LastCallKit

@Suite struct ApologyDetectorTests {
    static let cases: [(String, Bool)] = [
        ("I'm so sorry this has happened to you.", true),
        ("Im really sorry, that is not the service we aim for", true),
        ("i am very sorry for the trouble", true),
        ("I’m terribly sorry about the mix-up.", true),
        ("Sorry about that, let me fix it.", true),
        ("I apologize for the delay with your order.", true),
        ("We apologise for any inconvenience.", true),
        ("Please accept my apologies for the wait.", true),
        ("My sincere apologies, that should never have happened.", true),
        ("Appologies for all the back and forth.", true),
        ("sory about the wait!!", true),
        ("We deeply regret the disruption to your service.", true),
        ("I can't apologise enough for this.", true),
        ("I understand how stressful this must be for you.", true),
        ("I know how annoying it is to wait in all day.", true),
        ("That must have been so frustrating.", true),
        ("That sounds really stressful.", true),
        ("What a nightmare, I'll get it sorted.", true),
        ("I can imagine how upsetting that was.", true),
        ("Sorry to hear the heating is still off.", true),
        ("I'm sorry, but the offer has ended.", true),
        ("Sorry for the wait, can I take your postcode?", true),
        ("I'm sorry for making you repeat yourself.", true),
        ("Sorry?", false),
        ("Sorry, can you say that again?", false),
        ("sorry what was your postcode", false),
        ("Sorry, I didn't catch that.", false),
        ("Sorry to bother you, but is the router switched on?", false),
        ("I'm sorry you feel that way.", false),
        ("Sorry if you think we were rude.", false),
        ("I apologise if you were inconvenienced.", false),
        ("I'm not sorry, those are the rules.", false),
        ("There is no need to apologise.", false),
        ("I won't apologise for following the process.", false),
        ("I understand.", false),
        ("Unfortunately that item is discontinued.", false),
        ("Thanks for holding.", false),
        ("I regret to inform you the claim was declined.", false),
        ("Sorry not sorry.", false),
        ("I can only imagine how distressing that must have been.", true),
        ("Anyone would be livid after waiting that long.", true),
        ("I get it, honestly I'd be furious too.", true),
        ("Well, I apologise if you misunderstood.", false),
        ("Sorry if the invoice was unclear.", false),
        ("I'm sorry you can't follow simple instructions.", false),
        ("", false),
        // issue 10: empathy without the word sorry, in real agents' words
        ("that sounds really stressful, let's sort it out", true),
        ("I hate to see a bill like that arrive out of the blue.", true),
        ("Slow broadband is no fun at all when you work from home.", true),
        ("That's not the kind of welcome we want new customers to get.", true),
        ("We know how much you were relying on this order.", true),
        ("we completely get the frustration", true),
        ("Nobody wants to spend their evening on hold.", true),
        ("apoligies for the mix up!", true),
        ("what a rubbish day to have your car break down", true),
        // not empathy: interjections, bare acknowledgement, sorry about one's own words
        ("Oh no! What's the order number?", false),
        ("yikes. which phone is it?", false),
        ("sorry, I meant Thursday not Tuesday", false),
        ("sorry to be picky, but which colour did you order?", false),
        ("That really shouldn't happen. Can you try again?", false),
        ("We hear you! Thanks for letting us know.", false),
        ("We appreciate your concern as we review the policy.", false),
        // sorry for the agent's own slip is no apology; the last thing you need is empathy
        ("Sorry, the fare is non-refundable, but I can move your trip for free.", true),
        ("Sorry, I typed the wrong postcode there.", false),
        ("Apologies, I pasted the wrong link a moment ago.", false),
        ("My apologies, I misheard the last digit.", false),
        ("A broken boiler in winter is the last thing you need.", true),
        ("Apologies, I typed your postcode wrong a moment ago.", false),
        ("Sorry, I wrote your surname down wrong.", false),
        ("Apologies, wrong reference before, it's KX2290.", false),
        // round four: empathy in other words, a rough start to the day; sorry
        // for the agent's own manner, and a sarcastic "not quick enough for you"
        ("That sounds draining, with the kids off school too.", true),
        ("A burst pipe is no way to start the weekend.", true),
        ("Not how anyone wants to spend their birthday.", true),
        ("There's no way to end the contract before March.", false),
        ("Sorry to be a pedant about it, but I need the full postcode.", false),
        ("Sorry to be so strict, but the form has to be signed.", false),
        ("I'm sorry the express option wasn't fast enough for you.", false),
        ("I'm sorry the express option wasn't fast enough.", true),
        ("appologies for the wait, checking now", true),
        ("aplogies for the mix up", true),
        // round five: how much a named thing means; a mocking sorry
        ("We understand how much this trip means to your family.", true),
        ("I know how much the wedding meant to you both.", true),
        ("Sorry, but I'm not a mind reader: you never gave us the flat number.", false),
        ("Sorry, we can't read minds.", false),
    ]

    @Test(arguments: cases)
    func apology(reply: String, expected: Bool) {
        #expect(ScoringFixtures.holds(.apology, reply) == expected, "\(reply)")
    }

    @Test func quotesTheApologyAsTyped() {
        let result = ScoringFixtures.scorer.score("Hello, I’m so sorry about the wait.")[.apology]!
        #expect(result.evidence == ["I’m so sorry"])
    }

    @Test func explainsAPardon() {
        let result = ScoringFixtures.scorer.score("Sorry, what was the order number?")[.apology]!
        #expect(result.fired.count == 1)
        #expect(result.fired[0].overruledBy?.hasPrefix("a pardon") == true)
    }
}
