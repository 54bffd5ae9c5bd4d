import Testing
@testable import LastCallKit

@Suite struct PhraseStatesTests {
    @Test func clearingForgetsEveryStateSetSinceTheLastClear() {
        let states = PhraseStates(capacity: 100)
        defer { states.free() }
        states[3] = PhraseState(matchedUpTo: 7)
        states[90] = PhraseState(matchedUpTo: 2)
        states[3] = PhraseState(matchedUpTo: 9)
        var absent = PhraseState()
        absent.anchors = .absent
        states[41] = absent
        #expect(states[3].nextStart == 9 && states[90].nextStart == 2 && states[41].anchors == .absent)
        states.clear()
        #expect((0..<100).allSatisfy { states[$0].rawValue == 0 })
    }

    @Test func aStateSetAfterAClearIsKept() {
        let states = PhraseStates(capacity: 4)
        defer { states.free() }
        states[2] = PhraseState(matchedUpTo: 5)
        states.clear()
        states[1] = PhraseState(matchedUpTo: 3)
        #expect(states[1].nextStart == 3 && states[1].anchors == .present)
        #expect(states[2].rawValue == 0)
    }

    @Test func settingAStateToZeroReadsAsZero() {
        let states = PhraseStates(capacity: 4)
        defer { states.free() }
        states[2] = PhraseState(matchedUpTo: 4)
        states[2] = PhraseState()
        #expect(states[2].rawValue == 0 && states[2].anchors == .unknown)
    }

    @Test func theGenerationWrapsWithoutAnOldStateComingBack() {
        // the last generation before the count wraps: states set in it must
        // not read as set after the wrap, nor states of generation 1 before
        let states = PhraseStates(capacity: 3, generation: UInt32.max - 1)
        defer { states.free() }
        states[0] = PhraseState(matchedUpTo: 6)
        states.clear()  // generation UInt32.max
        #expect(states[0].rawValue == 0)
        states[1] = PhraseState(matchedUpTo: 8)
        states.clear()  // wraps: every state zeroed, generation 1
        #expect((0..<3).allSatisfy { states[$0].rawValue == 0 })
        states[2] = PhraseState(matchedUpTo: 2)
        #expect(states[2].nextStart == 2 && states[1].rawValue == 0)
    }

    @Test func copiesShareTheirStates() {
        let states = PhraseStates(capacity: 3)
        defer { states.free() }
        let copy = states
        copy[2] = PhraseState(matchedUpTo: 6)
        #expect(states[2].nextStart == 6)
        states.clear()
        #expect(copy[2].rawValue == 0)
    }

    @Test func theCurrentGenerationReadsAndWritesAsTheStatesDo() {
        let states = PhraseStates(capacity: 4, generation: UInt32.max - 1)
        defer { states.free() }
        states[1] = PhraseState(matchedUpTo: 3)
        var current = states.current
        #expect(current[1].nextStart == 3 && current[0].rawValue == 0)
        current[2] = PhraseState(matchedUpTo: 5)
        #expect(states[2].nextStart == 5)
        states.clear()  // generation UInt32.max: the old states read as zero
        current = states.current
        #expect((0..<4).allSatisfy { current[$0].rawValue == 0 })
        current[3] = PhraseState(matchedUpTo: 1)
        #expect(states[3].nextStart == 1 && current[3].anchors == .present)
        states.clear()  // wraps to generation 1
        current = states.current
        #expect((0..<4).allSatisfy { current[$0].rawValue == 0 })
    }
}
