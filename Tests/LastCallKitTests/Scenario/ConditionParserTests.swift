import Testing
@testable import LastCallKit

@Suite struct ConditionParserTests {
    let known = ["apology", "ownership", "time-frame", "no-blame", "name-and-number"]

    @Test(arguments: [
        ("apology", Condition.met("apology")),
        ("not no-blame", .missed("no-blame")),
        ("mood < 30", .mood(.less, 30)),
        ("mood<=30", .mood(.lessOrEqual, 30)),
        ("mood >= 0", .mood(.greaterOrEqual, 0)),
        ("mood > 99", .mood(.greater, 99)),
        ("mentions Refund", .mentions("refund")),
        ("mentions \"your manager\"", .mentions("your manager")),
        ("mentions \"(transfer|put you through)\"", .mentions("(transfer|put you through)")),
        ("mentions \"[your] manager's\"", .mentions("[your] manager's")),
    ])
    func readsEveryForm(text: String, expected: Condition) throws {
        #expect(try ConditionParser.parse(text, knownCriteria: known).get() == expected)
    }

    @Test(arguments: [
        ("apolgy", "unknown criterion 'apolgy' in condition", "did you mean 'apology'?"),
        ("not", "malformed condition 'not'", "write 'not CRITERION', e.g. 'not apology'"),
        ("mood = 3", "malformed mood condition 'mood = 3'", "write mood < 30 (or <=, >, >=)"),
        ("mood < 300", "mood condition 'mood < 300' needs a whole number from 0 to 100", "write mood < 30"),
        ("mentions your manager", "'mentions' takes one word or a quoted phrase, not 'your manager'", "write mentions \"your manager\""),
        ("mentions \"oops", "unclosed quote in condition 'mentions \"oops'", "write mentions \"a phrase\""),
        ("mentions \"(transfer|put you through\"", "'(' is never closed in the phrase of 'mentions'", "add ')' after the last alternative"),
        ("mentions {tme}", "unknown slot '{tme}' in the phrase of 'mentions'",
         "did you mean '{time}'? Slots are {time}, {day}, {date}, {number}, {name}, {done}, {doing}"),
    ])
    func explainsWhatIsWrong(text: String, message: String, hint: String) {
        guard case .failure(let problem) = ConditionParser.parse(text, knownCriteria: known) else {
            Issue.record("expected a failure for \(text)")
            return
        }
        #expect(problem.message == message)
        #expect(problem.hint == hint)
    }

    @Test func aBadPhraseIsLocatedInsideTheCondition() {
        guard case .failure(let problem) = ConditionParser.parse("  mentions \" (a|b\"", knownCriteria: known) else {
            Issue.record("accepted")
            return
        }
        // the '(' is the 14th character of the text
        #expect(problem.offset == 13)
    }

    @Test func anyReadsAsEitherOfItsConditions() {
        let condition = Condition.any([.met("apology"), .mentions("money back")])
        #expect(condition.description == "(apology or mentions \"money back\")")
        #expect(condition.mentionedPhrases == ["money back"])
    }
}

@Suite struct ConditionParserFollowThroughTests {
    let known = ["apology", "ownership", "time-frame", "no-blame", "name-and-number"]

    @Test(arguments: [
        ("promised", Condition.promised, "promised"),
        ("not promised", .not(.promised), "not promised"),
        ("promise kept", .promise(kept: true), "promise kept"),
        ("promise  broken", .promise(kept: false), "promise broken"),
        ("not promise kept", .not(.promise(kept: true)), "not promise kept"),
        ("said apology", .said("apology"), "said apology"),
        ("named", .said("name-and-number"), "named"),
        ("not named", .not(.said("name-and-number")), "not named"),
        ("contact 2", .contact(.equal, 2), "contact 2"),
        ("contact >= 2", .contact(.greaterOrEqual, 2), "contact >= 2"),
        ("contact<3", .contact(.less, 3), "contact < 3"),
        ("not contact 1", .not(.contact(.equal, 1)), "not contact 1"),
        ("not mood < 30", .not(.mood(.less, 30)), "not mood < 30"),
        ("not apology", .missed("apology"), "not apology"),
    ])
    func readsEveryFollowThroughForm(text: String, expected: Condition, written: String) throws {
        let condition = try ConditionParser.parse(text, knownCriteria: known).get()
        #expect(condition == expected)
        #expect(condition.description == written)
    }

    @Test(arguments: [
        ("promise", "malformed condition 'promise'", "write promised, promise kept or promise broken", 0),
        ("promise kep", "malformed condition 'promise kep'", "write promised, promise kept or promise broken", 0),
        ("said", "malformed condition 'said'", "write 'said CRITERION', e.g. 'said name-and-number'", 0),
        ("said apolgy", "unknown criterion 'apolgy' in condition", "did you mean 'apology'?", 5),
        ("  said  apolgy", "unknown criterion 'apolgy' in condition", "did you mean 'apology'?", 8),
        ("contact 0", "contact condition 'contact 0' needs a contact number from 1", "write contact 2 or contact >= 2 (also <, <=, >)", 0),
        ("contact two", "contact condition 'contact two' needs a contact number from 1", "write contact 2 or contact >= 2 (also <, <=, >)", 0),
        ("not not promised", "'not not' in condition 'not not promised'", "drop both: 'not not X' is X", 0),
        ("not promisd", "unknown criterion 'promisd' in condition", "did you mean 'promised'?", 4),
        ("promissed", "unknown criterion 'promissed' in condition", "did you mean 'promised'?", 0),
    ])
    func explainsWhatIsWrong(text: String, message: String, hint: String, offset: Int) {
        guard case .failure(let problem) = ConditionParser.parse(text, knownCriteria: known) else {
            Issue.record("expected a failure for \(text)")
            return
        }
        #expect(problem.message == message)
        #expect(problem.hint == hint)
        #expect(problem.offset == offset)
    }

    @Test func promiseConditionsNeedReadyWhereverTheyStand() {
        #expect(Condition.promise(kept: true).needsReady)
        #expect(Condition.any([.promised, .not(.promise(kept: false))]).needsReady)
        #expect(!Condition.any([.promised, .said("apology")]).needsReady)
        #expect(Condition.not(.mentions("refund")).mentionedPhrases == ["refund"])
    }
}
