import Testing
@testable import LastCallKit

@Suite struct MatchEntryPointsTests {
    static let groups: [[Int32]] = [[1], [2, 3], [1, 4, 9], [5]]

    @Test func aGroupIsProvenWhenItHoldsEveryFirstWord() {
        let points = MatchEntryPoints(words: [1, 4], pairs: [], slots: [], anywhere: false)
        #expect(points.proven(Self.groups) == [false, false, true, false])
        #expect(MatchEntryPoints(words: [1], pairs: [], slots: [], anywhere: false).proven(Self.groups) == [true, false, true, false])
    }

    @Test func aPairProvesTheGroupsOfEitherWord() {
        // (1, 2) and (4, 3): [2, 3] holds a word of each pair, [1, 4, 9] too
        let points = MatchEntryPoints(words: [], pairs: [(1, 2, 0), (4, 3, 0)], slots: [], anywhere: false)
        #expect(points.proven(Self.groups) == [false, true, true, false])
        // a first word besides the pairs must be in the group as well
        let more = MatchEntryPoints(words: [5], pairs: [(1, 2, 0), (4, 3, 0)], slots: [], anywhere: false)
        #expect(more.proven(Self.groups) == [false, false, false, false])
    }

    @Test func aSlotOrAnywhereProvesNoGroup() {
        #expect(MatchEntryPoints(words: [1], pairs: [], slots: [0], anywhere: false).proven(Self.groups) == [false, false, false, false])
        #expect(MatchEntryPoints(words: [1], pairs: [], slots: [], anywhere: true).proven(Self.groups) == [false, false, false, false])
        // never tried: nothing proven (nothing to save)
        #expect(MatchEntryPoints(words: [], pairs: [], slots: [], anywhere: false).proven(Self.groups) == [false, false, false, false])
        // an unknown first word (never in a reply) is no entry point
        #expect(MatchEntryPoints(words: [Lexicon.unknown, 1], pairs: [], slots: [], anywhere: false).proven(Self.groups)
            == [true, false, true, false])
        #expect(MatchEntryPoints(words: [Lexicon.unknown], pairs: [], slots: [], anywhere: false).proven(Self.groups)
            == [false, false, false, false])
    }

    @Test func onlyTheOneSlotOfAPhraseTriedOnlyAtItIsProven() {
        var date = SlotSet.empty
        date.insert(code: PhraseSlot.date.code)
        let code = Int32(PhraseSlot.date.code)
        #expect(MatchEntryPoints(words: [], pairs: [], slots: [code], anywhere: false).provenSlots == date)
        #expect(MatchEntryPoints(words: [], pairs: [], slots: [code, Int32(PhraseSlot.time.code)], anywhere: false).provenSlots == .empty)
        #expect(MatchEntryPoints(words: [3], pairs: [], slots: [code], anywhere: false).provenSlots == .empty)
        #expect(MatchEntryPoints(words: [], pairs: [(1, 2, 0)], slots: [code], anywhere: false).provenSlots == .empty)
        #expect(MatchEntryPoints(words: [], pairs: [], slots: [code], anywhere: true).provenSlots == .empty)
        #expect(MatchEntryPoints(words: [1], pairs: [], slots: [], anywhere: false).provenSlots == .empty)
    }

    /// The word ids whose bits `chunks[range]` set.
    static func ids(_ chunks: [AnchorChunk], _ range: Range<Int32>) -> Set<Int32> {
        var found: Set<Int32> = []
        for chunk in chunks[Int(range.lowerBound)..<Int(range.upperBound)] {
            for bit in 0..<64 where chunk.mask & (1 << UInt64(bit)) != 0 { found.insert(chunk.index << 6 | Int32(bit)) }
        }
        return found
    }

    @Test(arguments: [
        // pair-indexed: (i, will), (i, shall) prove both groups
        ("i (will|shall)", ["i", "shall", "will"], [String]()),
        // first-word indexed ("..." after it: no second word known): its first word only
        ("sorry ... if", ["sorry"], ["if"]),
        // the first words (i, we) make one group: proven; "messed" is not
        ("(i|we) ... messed up", ["i", "we"], ["messed", "up"]),
        // tried at every token: nothing proven
        ("[so] ... sorry", [], ["sorry"]),
        // tried where {date} matches: no word proven
        ("{date} please", [], ["please"]),
    ] as [(String, [String], [String])])
    func aCompiledPhraseSkipsExactlyTheGroupsItsEntryPointsProve(source: String, proven: [String], checked: [String]) throws {
        var lexicon = Lexicon()
        for word in ["so", "very"] { _ = lexicon.intern(word) }
        let pattern = try PhrasePattern.parse(source, lexicon: &lexicon)
        let bank = CompiledPhrases([pattern])
        let entry = bank.entries[0]
        #expect(Self.ids(bank.anchorChunks, entry.anchorStart..<entry.anchorCheck) == Set(proven.map { lexicon.id($0) }))
        #expect(Self.ids(bank.anchorChunks, entry.anchorCheck..<entry.anchorEnd) == Set(checked.map { lexicon.id($0) }))
        #expect(bank.anchorSlots[0] == pattern.anchors.slots)
    }

    @Test func aPhraseTriedOnlyAtItsSlotLeavesTheSlotOutOfItsCheck() throws {
        var lexicon = Lexicon()
        let bank = CompiledPhrases(try ["{date} please", "(by|{date}) please"].map { try PhrasePattern.parse($0, lexicon: &lexicon) })
        var date = SlotSet.empty
        date.insert(code: PhraseSlot.date.code)
        #expect(bank.entries[0].anchorSlots == .empty && bank.anchorSlots[0] == date)
        // tried at "by" too: nothing proven (and {date} is no anchor of an optional choice)
        #expect(bank.entries[1].anchorSlots == bank.anchorSlots[1])
    }

    @Test func aLongRunOfFillersAfterAPairsFirstWordStillFindsTheMatch() throws {
        // past a long run the pair path tries the phrase without its second
        // word seen, checking every group; the match is found all the same,
        // and a phrase whose second word is missing finds nothing
        var lexicon = Lexicon()
        let patterns = try ["i (will|shall) call", "we (can|could) help"].map { try PhrasePattern.parse($0, lexicon: &lexicon) }
        let fillers: Set<Int32> = [lexicon.intern("so"), lexicon.intern("very")]
        let matcher = PhraseMatcher(lexicon: lexicon, fillers: fillers)
        let bank = CompiledPhrases(patterns)
        let reader = ReplyReader(lexicon: lexicon)
        let run = Array(repeating: "so very", count: 12).joined(separator: " ")
        let hits = matcher.allMatches(in: bank, text: reader.read("i \(run) will call and we \(run) help"))
        #expect(hits.map(\.phrase) == [0])
        #expect(hits.map(\.match) == [PhraseMatch(start: 0, end: 26)])
    }
}
