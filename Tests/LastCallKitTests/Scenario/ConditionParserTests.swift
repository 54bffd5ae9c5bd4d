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
