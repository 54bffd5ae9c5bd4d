import Testing
@testable import LastCallKit

@Suite struct PhrasePatternTests {
    static func matches(_ pattern: String, _ reply: String, fillers: [String] = []) -> [String] {
        var lexicon = Lexicon()
        let compiled = try! PhrasePattern.parse(pattern, lexicon: &lexicon)
        let matcher = PhraseMatcher(lexicon: lexicon, fillers: Set(fillers.map { lexicon.id($0) }))
        let text = ReplyReader(lexicon: lexicon).read(reply)
        return matcher.matches(of: compiled, in: text).map { text.quote($0.start, $0.end) }
    }

    @Test(arguments: [
        ("I will (call|ring) you", "OK, I'll ring you.", ["I'll ring you"]),
        ("I will (call|ring) you", "Ill call you", ["Ill call you"]),
        ("I will (call|ring) you", "I will phone you", []),
        ("[so|very] sorry", "So sorry!", ["So sorry"]),
        ("by {time}", "back by 4pm, or by 10:42 or by 5 o'clock", ["by 4pm", "by 10:42", "by 5 o'clock"]),
        ("within {number} hours", "within twenty four hours", ["within twenty four hours"]),
        ("on {day}", "on Tues", ["on Tues"]),
        ("my name is {name}", "my name is Priya", ["my name is Priya"]),
        ("my name is {name}", "My name is Sorry", []),
        ("take ... up with", "take your complaint up with them", ["take your complaint up with"]),
        ("apologise", "I apologize", ["apologize"]),
        ("can not", "I can’t", ["can’t"]),
    ] as [(String, String, [String])])
    func matchesWholeWords(pattern: String, reply: String, expected: [String]) {
        #expect(Self.matches(pattern, reply) == expected)
    }

    @Test func fillersMaySitBetweenWords() {
        #expect(Self.matches("I am sorry", "I'm really very sorry", fillers: ["really", "very"]) == ["I'm really very sorry"])
        #expect(Self.matches("I am sorry", "I'm really very sorry") == [])
    }

    @Test(arguments: [
        ("(call|ring", 0, "'(' is never closed"),
        ("call|ring", 4, "'|' outside ( ) or [ ]"),
        ("(call|)", 6, "empty alternative in '(...)'"),
        ("by {tme}", 3, "unknown slot '{tme}'"),
        ("[maybe]", 0, "every word in this phrase is optional, so it would match any reply"),
        ("sorry)", 5, "unexpected ')' with no matching '('"),
        ("", 0, "the phrase has no words"),
        ("... sorry", 0, "'...' must stand between two words"),
    ] as [(String, Int, String)])
    func badPatternsAreLocated(source: String, offset: Int, message: String) {
        var lexicon = Lexicon()
        #expect(throws: PhrasePatternError.self) { try PhrasePattern.parse(source, lexicon: &lexicon) }
        do {
            _ = try PhrasePattern.parse(source, lexicon: &lexicon)
        } catch {
            #expect(error.offset == offset)
            #expect(error.message == message)
        }
    }

    @Test func unknownSlotSuggestsTheClosest() {
        var lexicon = Lexicon()
        do {
            _ = try PhrasePattern.parse("by {tme}", lexicon: &lexicon)
        } catch {
            #expect(error.hint?.hasPrefix("did you mean '{time}'?") == true)
        }
    }
}
