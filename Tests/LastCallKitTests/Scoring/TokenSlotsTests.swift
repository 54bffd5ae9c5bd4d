import Testing
@testable import LastCallKit

@Suite struct TokenSlotsTests {
    @Test func eachSlotKeepsItsOwnEnds() {
        var slots = TokenSlots()
        slots.set(.time, SlotEnds(first: 2))
        slots.set(.date, SlotEnds(first: 1, second: 3))
        slots.set(.doing, SlotEnds(first: 1))
        #expect(slots.ends(ofSlot: PhraseSlot.time.code) == SlotEnds(first: 2))
        #expect(slots.ends(ofSlot: PhraseSlot.date.code).second == 3)
        #expect(slots.ends(ofSlot: PhraseSlot.doing.code).first == 1)
        #expect(!slots.ends(ofSlot: PhraseSlot.name.code).matches)
        #expect(!slots.isFiller)
    }

    @Test func theFillerBitLeavesTheSlotsAlone() {
        var slots = TokenSlots()
        slots.set(.number, SlotEnds(first: 1, second: 2))
        slots.isFiller = true
        #expect(slots.isFiller)
        #expect(slots.ends(ofSlot: PhraseSlot.number.code) == SlotEnds(first: 1, second: 2))
        slots.isFiller = false
        #expect(!slots.isFiller)
    }

    @Test func aSlotSetFindsTheSlotsThatMatch() {
        var set = SlotSet.empty
        set.insert(code: PhraseSlot.day.code)
        set.insert(code: PhraseSlot.name.code)
        var slots = TokenSlots()
        slots.set(.name, SlotEnds(first: 1))
        slots.set(.time, SlotEnds(first: 1))
        var matching = slots.matching(set)
        #expect(matching.removeFirst() == PhraseSlot.name.code)
        #expect(matching.isEmpty)
    }

    @Test func slotCodesAreFixedDistinctAndFit() {
        let codes = PhraseSlot.allCases.map(\.code)
        #expect(codes == [0, 1, 2, 3, 4, 5, 6])
        #expect(PhraseSlot.allCases.allSatisfy { PhraseSlot(code: $0.code) == $0 })
        #expect(PhraseSlot(code: 15) == nil)
    }
}
