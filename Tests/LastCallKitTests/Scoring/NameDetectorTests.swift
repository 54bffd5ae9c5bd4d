import Testing
@testable import LastCallKit

@Suite struct NameDetectorTests {
    static let cases: [(String, Bool)] = [
        ("Hi, my name is Priya and I'll be helping you.", true),
        ("My name's Ben.", true),
        ("This is Tom from billing.", true),
        ("Hello, I'm Sam.", true),
        ("Hiya, Zoe here!", true),
        ("You're speaking to Ahmed.", true),
        ("Hello, it's Gemma from customer care.", true),
        ("hi this is sam, how can i help", true),
        ("Speak soon. Kind regards, Laura", true),
        ("I'll call you tomorrow. Ravi", true),
        ("Hello, you've reached Oluwaseun on the bookings desk.", true),
        ("Hi there, Zbigniew speaking, how can I help?", true),
        ("I'm the duty manager, Keeley.", true),
        ("You can always ask for me, Marisol, on 0161 555 2323.", true),
        ("Morning, you're through to Dimitra in accounts.", true),
        ("Just give my name, Ade Bello, when you ring.", true),
        ("Hi, I'm Joy from the lettings office.", true),
        ("Thanks for bearing with me. Best wishes, Thandiwe (Customer Care)", true),
        ("I'm Sorry About This.", false),
        ("I'm afraid that's out of stock.", false),
        ("I'll pass you to my colleague Rachel.", false),
        ("Hi Mr Jones, thanks for waiting.", false),
        ("Hello Sarah, how can I help?", false),
        ("I'm sorry about that.", false),
        ("I'm afraid not.", false),
        ("I'm going to check.", false),
        ("Priya will call you back.", false),
        ("My colleague Dan will call you.", false),
        ("This is unacceptable, I agree.", false),
        ("Thanks, Emma, I'll look into it now.", false),
        ("", false),
        // round two: a postscript follows a signature; a word after "the" is no name
        ("Best wishes, Marta. PS I'll ring you on Friday to check it arrived.", true),
        ("Many thanks, Idris (ext 220). P.S. the refund is on its way.", true),
        ("sorry, I'm just the night desk", false),
        ("its mo from the lettings team", true),
        // issue 10: sign-offs that name the agent
        ("Thanks for reaching out! ^KT", true),
        ("Hope that helps. -Marta", true),
        ("Let us know how it goes ~ Jonah", true),
        ("Here are the steps: <URL> *DW", true),
        ("more info here <URL> –jeh", true),
        ("Check this link: <URL> Priya", true),
        ("Go to Settings > Account Details", false),
        ("Save it in inbox/Archive", false),
        ("That's all fine - OK", false),
        ("call me on 0800 123 4567 and ask for Dana Kerr", true),
        // after a real link, an email address or a handle; a sign-off word inside a sentence
        ("Steps are here https://support.example.com/reset-password ^AB", true),
        ("Email us at help@example.com -Rene", true),
        ("Glad it worked @sam_jones ~Olivia", true),
        ("Read our guide on cleaning best practices: <URL>", false),
        ("Thanks @jay_wilson!", false),
        ("Visit https://example.com/my-name-is-sam", false),
        ("to find them, please visit <URL> Thanks, Rahul - HP Support.", true),
        // the customer addressed by name is no sign-off; a signature after a message is
        ("Take care, Lorna.", false),
        ("Thanks, Lorna", false),
        ("Thanks, Lorna!", false),
        ("Many thanks, Lorna.", false),
        ("Speak soon, Gemma", true),
        ("I've fixed the address on your account. Thanks, Lorna.", false),
        ("Hi Lorna, I'll sort this now.", false),
        ("Lorna, I'll sort it.", false),
        ("I've fixed the address on your account. Thanks, Rene", true),
        ("Cheers, Kate", true),
        ("Thanks, Keisha (Customer Care)", true),
        ("Take care! ~Nina", true),
        // the guide asks for the agent's own name: a direct line alone does not meet it
        ("My direct line is 0117 555 0162", false),
        // a reference or a code is not a name
        ("Sorry, I put the wrong reference in, it's KD4471.", false),
        ("This is QX12 from the old system, not your order.", false),
        // a word after "can" or "should" is a verb, not a name, even from a writer with no capitals
        ("we don't deliver there yet but you can collect from our store", false),
        ("you should ring from your mobile", false),
        // round four: a colleague spoken of in the third person; a name and the
        // team's title signed at the end
        ("Kofi from our returns team will ring you tomorrow.", false),
        ("Priya from billing has already emailed you the invoice.", false),
        ("Hi, I'm Chen from the subscriptions team, can you confirm the email?", true),
        ("Hi, Tom from billing, can I take your account number?", true),
        ("I've refunded the postage. Marta, Customer Care", true),
        ("I've refunded the postage. Nimbus Customer Care", false),
        ("I've refunded the postage. Customer Care", false),
        // round five: a colleague named after a verb the agent did to them
        ("ive asked Marco from our claims team to call u", false),
        ("Marco from the claims team here, how can I help?", true),
    ]

    @Test(arguments: cases)
    func name(reply: String, expected: Bool) {
        #expect(ScoringFixtures.holds(.nameAndNumber, reply) == expected, "\(reply)")
    }
}
