import Testing
@testable import LastCallKit

@Suite struct PhraseAnchorsTests {
    /// The anchors of `source` as words (each group sorted by spelling) and slots.
    static func anchors(_ source: String) throws -> (groups: [[String]], slots: SlotSet) {
        var lexicon = Lexicon()
        let pattern = try PhrasePattern.parse(source, lexicon: &lexicon)
        let groups = pattern.anchors.groups.map { $0.map { lexicon.words[Int($0)] }.sorted() }
        return (groups, pattern.anchors.slots)
    }

    static func slots(_ list: [PhraseSlot]) -> SlotSet {
        var set = SlotSet.empty
        for slot in list { set.insert(code: slot.code) }
        return set
    }

    @Test(arguments: [
        ("I will be honest", [["be"], ["honest"], ["i"], ["will"]], [PhraseSlot]()),
        ("(I|we) (messed|got it wrong) ... up", [["up"], ["i", "we"], ["got", "messed"]], []),
        ("[on|by] [the] {date}", [], [.date]),
        ("I {done} it by {time}", [["by"], ["i"], ["it"]], [.done, .time]),
        ("[so|really] sorry", [["sorry"]], []),
        ("(sorry|{name})", [], []),
        ("(a|b|c|d|e|f|g|h|i) (sorry|so)", [["so", "sorry"], ["a", "b", "c", "d", "e", "f", "g", "h", "i"]], []),
    ] as [(String, [[String]], [PhraseSlot])])
    func everyRequiredElementGivesAGroupOrASlot(source: String, groups: [[String]], slots: [PhraseSlot]) throws {
        let anchors = try Self.anchors(source)
        #expect(Set(anchors.groups) == Set(groups))
        #expect(anchors.groups.map(\.count) == anchors.groups.map(\.count).sorted())  // smallest first
        #expect(anchors.slots == Self.slots(slots))
    }

    @Test func aReplyWithoutOneGroupOrSlotIsNeverTried() throws {
        // the reference check (PhraseMatcherTests) covers every phrase shape;
        // here the plain cases, through the matcher
        var lexicon = Lexicon()
        let patterns = try ["I will be honest", "[by] {date}", "I will"].map { try PhrasePattern.parse($0, lexicon: &lexicon) }
        for word in ["call", "you", "tomorrow", "march", "5th"] { _ = lexicon.intern(word) }
        let matcher = PhraseMatcher(lexicon: lexicon, fillers: [])
        let reader = ReplyReader(lexicon: lexicon)
        let bank = CompiledPhrases(patterns)
        #expect(matcher.allMatches(in: bank, text: reader.read("I will call you tomorrow")).map(\.phrase) == [2])
        #expect(matcher.allMatches(in: bank, text: reader.read("I will be honest, by March 5th")).map(\.phrase) == [0, 1, 2])
    }

    @Test func slotsMatchingSomewhereAreFoundFromEveryToken() {
        let slots = UnsafeMutablePointer<TokenSlots>.allocate(capacity: 3)
        defer { slots.deallocate() }
        slots.initialize(repeating: TokenSlots(), count: 3)
        slots[1].set(.time, SlotEnds(first: 2))
        slots[2].set(.number, SlotEnds(first: 1, second: 2))
        slots[2].isFiller = true
        let present = SlotSet(matchingSomewhereIn: slots, count: 3)
        #expect(present == Self.slots([.time, .number]))
        #expect(Self.slots([.time]).isSubset(of: present))
        #expect(!Self.slots([.time, .day]).isSubset(of: present))
        #expect(SlotSet(matchingSomewhereIn: slots, count: 1) == .empty)
    }
}
