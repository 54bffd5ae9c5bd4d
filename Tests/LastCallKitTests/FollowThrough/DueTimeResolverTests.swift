import Testing
@testable import LastCallKit

@Suite struct DueTimeResolverTests {
    static let tuesday = "2026-03-03T10:15"
    static let fridayAfternoon = "2026-03-06T15:30"
    static let mondayEarly = "2026-03-02T08:30"
    static let wednesdayLate = "2026-03-04T17:45"
    static let saturday = "2026-03-07T11:00"

    /// (clock, reply, expected due or nil): one or more cases per rule of the README's table.
    static let cases: [(String, String, String?)] = [
        // clock times: today if still ahead, else tomorrow
        (tuesday, "I'll call you back by 4pm.", "2026-03-03T16:00"),
        (tuesday, "Leave it with me and I'll call you at 10am.", "2026-03-04T10:00"),
        (tuesday, "I'll ring you back at 3:30.", "2026-03-03T15:30"),
        (tuesday, "I'll phone you at 16:00.", "2026-03-03T16:00"),
        (tuesday, "I'll have an update for you before noon.", "2026-03-03T12:00"),
        (tuesday, "I'll call you at half past four.", "2026-03-03T16:30"),
        (tuesday, "I'll get back to you by quarter to five.", "2026-03-03T16:45"),
        (tuesday, "I'll call you no later than 3pm.", "2026-03-03T15:00"),
        (tuesday, "I'll call you no later than Friday.", "2026-03-06T17:00"),
        (tuesday, "I'll call by 5 o'clock.", "2026-03-03T17:00"),
        (wednesdayLate, "I'll call you by 4pm.", "2026-03-05T16:00"),
        (wednesdayLate, "I'll finish the migration by midnight.", "2026-03-05T00:00"),
        // bare hours: h or h+12 within business hours and after the clock, else the next day's
        (tuesday, "I'll call you back by 4.", "2026-03-03T16:00"),
        (tuesday, "I'll call you by 11.", "2026-03-03T11:00"),
        (tuesday, "I'll ring you back by 9.", "2026-03-04T09:00"),
        (tuesday, "I'll call you back at 10.", "2026-03-04T10:00"),
        (fridayAfternoon, "I'll ring you back by 3.", "2026-03-07T15:00"),
        (mondayEarly, "I'll call you by 9.", "2026-03-02T09:00"),
        (mondayEarly, "I'll call you by 8.", "2026-03-02T20:00"),
        // today, end of day, this morning / afternoon / evening, tonight
        (tuesday, "I'll sort this out today.", "2026-03-03T17:00"),
        (tuesday, "You'll hear from me later today.", "2026-03-03T17:00"),
        (tuesday, "I'll have it fixed by the end of the day.", "2026-03-03T17:00"),
        (tuesday, "I'll get it done by close of business.", "2026-03-03T17:00"),
        (tuesday, "I'll send it over by EOD.", "2026-03-03T17:00"),
        (tuesday, "It'll be with you by COB.", "2026-03-03T17:00"),
        (tuesday, "I'll call you back this morning.", "2026-03-03T12:00"),
        (tuesday, "I'll give you a ring this afternoon.", "2026-03-03T17:00"),
        (tuesday, "I'll call you this evening.", "2026-03-03T21:00"),
        (tuesday, "I'll email you tonight.", "2026-03-03T21:00"),
        (tuesday, "I'll call at 8 tonight.", "2026-03-03T20:00"),
        (tuesday, "I'll have an answer for you by lunchtime.", "2026-03-03T13:00"),
        // tomorrow, first thing, weekdays, the end of the week
        (tuesday, "I'll call you tomorrow.", "2026-03-04T17:00"),
        (tuesday, "I'll ring you tomorrow morning.", "2026-03-04T12:00"),
        (tuesday, "I'll call you first thing tomorrow.", "2026-03-04T10:00"),
        (tuesday, "I'll call you first thing Monday.", "2026-03-09T10:00"),
        (tuesday, "I'll call you back tomorrow at 3.", "2026-03-04T15:00"),
        (tuesday, "I'll call you at noon tomorrow.", "2026-03-04T12:00"),
        (tuesday, "We'll get the engineer out to you on Friday.", "2026-03-06T17:00"),
        (tuesday, "I'll update you by Monday.", "2026-03-09T17:00"),
        (tuesday, "We'll call you by next Tuesday.", "2026-03-10T17:00"),
        (tuesday, "The part will be with you Thursday morning.", "2026-03-05T12:00"),
        (tuesday, "I'll email you Friday at 2.", "2026-03-06T14:00"),
        // a time of day straight after the day belongs to it
        (tuesday, "I'll call you back by Thursday noon.", "2026-03-05T12:00"),
        (tuesday, "I'll have an answer for you Thursday at noon.", "2026-03-05T12:00"),
        (tuesday, "I'll ring you back tomorrow noon.", "2026-03-04T12:00"),
        (tuesday, "I'll call you tomorrow at midday.", "2026-03-04T12:00"),
        (tuesday, "You'll hear from me by Wednesday midday.", "2026-03-04T12:00"),
        (tuesday, "I'll get back to you Friday at 9.", "2026-03-06T09:00"),
        (tuesday, "We'll have it done by Friday midnight.", "2026-03-07T00:00"),
        (tuesday, "I'll call you by Thursday. Noon is when the team meets.", "2026-03-05T17:00"),
        (tuesday, "I'll have it sorted by the end of the week.", "2026-03-06T17:00"),
        (tuesday, "I'll update you by the end of next week.", "2026-03-13T17:00"),
        (saturday, "We'll have it fixed by the end of the week.", "2026-03-13T17:00"),
        (wednesdayLate, "I'll call you first thing in the morning.", "2026-03-05T10:00"),
        (mondayEarly, "I'll call you first thing.", "2026-03-02T10:00"),
        (fridayAfternoon, "We'll deliver it by the weekend.", "2026-03-06T17:00"),
        (fridayAfternoon, "The engineer will come over the weekend.", "2026-03-08T17:00"),
        (mondayEarly, "I'll have it done by the end of the month.", "2026-03-31T17:00"),
        // durations: clock minutes and hours, calendar days, working days
        (tuesday, "I'll call you back in 10 minutes.", "2026-03-03T10:25"),
        (tuesday, "I'll get back to you within the hour.", "2026-03-03T11:15"),
        (tuesday, "I'll ring you back in half an hour.", "2026-03-03T10:45"),
        (tuesday, "I'll ring you in an hour and a half.", "2026-03-03T11:45"),
        (tuesday, "You'll have an answer within 2 hours.", "2026-03-03T12:15"),
        (tuesday, "You'll get an email within 24 hours.", "2026-03-04T10:15"),
        (tuesday, "We'll have it fixed within two days.", "2026-03-05T10:15"),
        (tuesday, "Give me twenty minutes and I'll call you back.", "2026-03-03T10:35"),
        (tuesday, "I'll get back to you in a couple of hours.", "2026-03-03T12:15"),
        (tuesday, "I'll have the engineer call you within a fortnight.", "2026-03-17T10:15"),
        (tuesday, "I'll call you back in 2 business days.", "2026-03-05T17:00"),
        (fridayAfternoon, "You'll get a reply within 2 working days.", "2026-03-10T17:00"),
        // ranges: the later bound
        (tuesday, "The refund will reach you in 3 to 5 working days.", "2026-03-10T17:00"),
        (tuesday, "Expect the refund in 3-5 working days.", "2026-03-10T17:00"),
        (tuesday, "I'll call you between 2 and 4pm.", "2026-03-03T16:00"),
        (tuesday, "The engineer will be there between 1 and 3.", "2026-03-03T15:00"),
        // dates
        (tuesday, "We'll have this resolved by the 14th.", "2026-03-14T17:00"),
        (tuesday, "Your replacement will be with you on 12 March.", "2026-03-12T17:00"),
        (tuesday, "I'll call you on the 2nd.", "2026-04-02T17:00"),
        (tuesday, "The technician will come on 5 April.", "2026-04-05T17:00"),
        // now, attached to a promise
        (tuesday, "I'll do it right now.", "2026-03-03T10:15"),
        (tuesday, "I'll cancel it straight away.", "2026-03-03T10:15"),
        (wednesdayLate, "I'll do it right away.", "2026-03-04T17:45"),
        (tuesday, "I'll issue the refund immediately.", "2026-03-03T10:15"),
        // several promises: the earliest
        (tuesday, "I'll call you back in 10 minutes and email you by 3pm.", "2026-03-03T10:25"),
        (tuesday, "I'll call you at 2pm, and the courier will come tomorrow.", "2026-03-03T14:00"),
        // "before then", "by then": the time named before them
        (tuesday, "I'm here until 6pm today, so I'll ring you back before then.", "2026-03-03T18:00"),
        (tuesday, "The engineer's booked for 2pm tomorrow. I'll call you before then to confirm.", "2026-03-04T14:00"),
        (tuesday, "You said you need it by Friday, so I'll make sure it's with you by then.", "2026-03-06T17:00"),
        (tuesday, "It takes about 3 working days, and I'll chase it before then.", "2026-03-06T17:00"),
        (tuesday, "I'm in until 5, so I'll get back to you by then.", "2026-03-03T17:00"),
        (tuesday, "I can issue a new code for you right now.", "2026-03-03T10:15"),
        // no concrete time
        (tuesday, "I'll get back to you before then.", nil),
        (tuesday, "I'll get back to you soon.", nil),
        (tuesday, "We'll sort it ASAP.", nil),
        (tuesday, "Sorry about the wait, I'm looking into it now.", nil),
        (tuesday, "We're open until 8pm.", nil),
        (tuesday, "You said you needed it by Tuesday.", nil),
    ]

    @Test(arguments: cases)
    func resolvesTheLatestMomentTheWordsAllow(clock: String, reply: String, due: String?) throws {
        let score = ScoringFixtures.scorer.score(reply, clock: try LocalDateTime.parseClock(clock))
        #expect(score[.timeFrame]?.due?.iso == due, "\(reply) at \(clock)")
    }

    @Test func businessHoursComeFromTheRubric() throws {
        var rubric = ScoringFixtures.rubric
        rubric.businessHours = BusinessHours(start: 8 * 60, end: 18 * 60, workingDays: [.sunday, .monday, .tuesday, .wednesday, .thursday])
        let scorer = ReplyScorer(rubric: rubric)
        let clock = try LocalDateTime.parseClock("2026-03-05T10:15")  // a Thursday
        #expect(scorer.score("I'll sort this out today.", clock: clock)[.timeFrame]?.due?.iso == "2026-03-05T18:00")
        #expect(scorer.score("I'll call you first thing tomorrow.", clock: clock)[.timeFrame]?.due?.iso == "2026-03-06T09:00")
        #expect(scorer.score("You'll hear within 1 working day.", clock: clock)[.timeFrame]?.due?.iso == "2026-03-08T18:00")
        #expect(scorer.score("I'll call you by 6.", clock: clock)[.timeFrame]?.due?.iso == "2026-03-05T18:00")
    }

    @Test func withoutAClockThereIsNoDueTimeAndTheJSONIsAsBefore() throws {
        let reply = "I'll call you back by 4pm."
        let plain = ScoringFixtures.scorer.score(reply)
        #expect(plain.clock == nil && plain[.timeFrame]?.due == nil)
        #expect(!plain.jsonValue().jsonText.contains("due"))
        let timed = ScoringFixtures.scorer.score(reply, clock: try LocalDateTime.parseClock(Self.tuesday))
        #expect(timed.jsonValue()["criteria"]?["time-frame"]?["due"] == .string("2026-03-03T16:00"))
    }

    /// (clock, reply, the words quoted as the promise, its due time): the
    /// quoted words are the expression that gave the due time, whichever
    /// expression the evidence lists first.
    static let promiseWords: [(String, String, String, String)] = [
        (tuesday, "I'll have an answer this afternoon. I'll ring you back by 4pm today", "by 4pm today", "2026-03-03T16:00"),
        (tuesday, "I'll ring you back by 4pm today. I'll have an answer this afternoon", "by 4pm today", "2026-03-03T16:00"),
        (tuesday, "I'll email you tomorrow, and I'll call you back by noon", "by noon", "2026-03-03T12:00"),
        (tuesday, "I'll call you back tomorrow at 3.", "tomorrow at 3", "2026-03-04T15:00"),
    ]

    @Test(arguments: promiseWords)
    func theQuotedWordsAreTheExpressionThatGaveTheDueTime(clock: String, reply: String, words: String, due: String) throws {
        let score = ScoringFixtures.scorer.score(reply, clock: try LocalDateTime.parseClock(clock))
        #expect(score[.timeFrame]?.due?.iso == due)
        #expect(score[.timeFrame]?.when == words)
        #expect(score.jsonValue()["criteria"]?["time-frame"]?["when"] == .string(words))
    }

    /// (reply, the score's due time, then the promise followed through: its
    /// words, due time, and whether it is an act done at once): "now" gives
    /// way to a named time, while the score's `due` stays the earliest.
    static let followedThrough: [(String, String, String, String, Bool)] = [
        ("I'll ring the courier now and call you back by 7pm tonight", "2026-03-03T10:15", "by 7pm tonight", "2026-03-03T19:00", false),
        ("I'll call you back by 7pm tonight, and I'm adding the credit right now.", "2026-03-03T19:00", "by 7pm tonight", "2026-03-03T19:00", false),
        ("I'll cancel it straight away and email you tomorrow, then call you by noon.", "2026-03-03T10:15", "by noon", "2026-03-03T12:00", false),
        ("I'll add free data right now.", "2026-03-03T10:15", "right now", "2026-03-03T10:15", true),
        ("I'll call you back in 10 minutes and email you by 3pm.", "2026-03-03T10:25", "in 10 minutes", "2026-03-03T10:25", false),
    ]

    @Test(arguments: followedThrough)
    func thePromiseFollowedThroughPassesOverAnActDoneAtOnce(reply: String, due: String, words: String, promised: String, isImmediate: Bool) throws {
        let result = try #require(ScoringFixtures.scorer.score(reply, clock: try LocalDateTime.parseClock(Self.tuesday))[.timeFrame])
        #expect(result.due?.iso == due)
        let promise = try #require(result.promise)
        #expect(promise.words == words)
        #expect(promise.due.iso == promised)
        #expect(promise.isImmediate == isImmediate)
    }

    /// The resolver merges the scorer's two runs of evidence (concrete
    /// times, then "now") as it reads; spans in any other order give the
    /// same answers as the same spans sorted by hand.
    @Test(arguments: ["I'll call you at 2pm, email you by 3pm and ring you at 4pm, and I'll start on it now",
                      "I'll do it now, then call you tomorrow at 3 and write to you by Friday",
                      "I'll call you by 5 by 5 by 5 by 5 by 5 by 5"])
    func spansInAnyOrderGiveTheAnswersOfReadingOrder(reply: String) throws {
        var session = ReplyScorer.Session(scorer: ScoringFixtures.scorer)
        let clock = try LocalDateTime.parseClock(Self.tuesday)
        session.clock = clock
        _ = session.score(reply)
        let index = try #require(CriterionID.allCases.firstIndex(of: .timeFrame))
        let evidence = Array(session.spans[session.outcomes[index].evidence])
        #expect(evidence.count >= 3)
        let resolver = ScoringFixtures.scorer.dueTimes, hours = ScoringFixtures.rubric.businessHours
        let byHand = ArraySlice(evidence.sorted { $0.start < $1.start })
        let expected = try #require(resolver.resolve(session.text, spans: byHand, clock: clock, hours: hours))
        let promise = try #require(resolver.resolvePromise(session.text, spans: byHand, clock: clock, hours: hours))
        for order in [evidence, evidence.reversed(), Array(evidence.dropFirst(1) + evidence.prefix(1)), [evidence[1], evidence[0]] + evidence.dropFirst(2)] {
            let due = resolver.resolve(session.text, spans: order[...], clock: clock, hours: hours)
            #expect(due?.due == expected.due && due?.words == expected.words, "\(order)")
            let promised = resolver.resolvePromise(session.text, spans: order[...], clock: clock, hours: hours)
            #expect(promised?.due == promise.due && promised?.words == promise.words && promised?.isImmediate == promise.isImmediate)
        }
    }

    @Test func withoutAClockOrATimeThereIsNoPromise() throws {
        #expect(ScoringFixtures.scorer.score("I'll call you back by 4pm.")[.timeFrame]?.promise == nil)
        let clock = try LocalDateTime.parseClock(Self.tuesday)
        #expect(ScoringFixtures.scorer.score("I'll get back to you soon.", clock: clock)[.timeFrame]?.promise == nil)
    }

    @Test(arguments: ["I'll call you back by 4pm.", "I'll get back to you soon.", "Sorry, what's your number?", "",
                      "I'll have an answer this afternoon. I'll ring you back by 4pm today"])
    func theStreamedLineMatchesTheScoresOwnJSON(reply: String) throws {
        var session = ReplyScorer.Session(scorer: ScoringFixtures.scorer)
        session.clock = try LocalDateTime.parseClock(Self.tuesday)
        var streamed: [UInt8] = []
        Array(reply.utf8).withUnsafeBufferPointer { session.appendJSON(forReply: $0, explain: false, to: &streamed) }
        #expect(String(decoding: streamed, as: UTF8.self) == session.score(reply, explain: false).jsonValue().jsonText)
    }
}
