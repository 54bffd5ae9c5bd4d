import Testing
@testable import LastCallKit

@Suite struct PhraseStatesTests {
    @Test func clearingForgetsEveryStateSetSinceTheLastClear() {
        let states = PhraseStates(capacity: 100)
        defer { states.free() }
        states[3] = PhraseState(matchedUpTo: 7)
        states[90] = PhraseState(matchedUpTo: 2)
        states[3] = PhraseState(matchedUpTo: 9)  // set again: listed once
        var absent = PhraseState()
        absent.anchors = .absent
        states[41] = absent
        #expect(states.touchedPhrases == 3)
        states.clear()
        #expect(states.touchedPhrases == 0)
        #expect((0..<100).allSatisfy { states[$0].rawValue == 0 })
    }

    @Test func settingAStateToZeroIsNotListed() {
        let states = PhraseStates(capacity: 4)
        defer { states.free() }
        states[2] = PhraseState()
        #expect(states.touchedPhrases == 0)
        #expect(states[2].anchors == .unknown)
    }

    @Test func moreSetsThanThereIsRoomToListClearEveryState() {
        // a state set back to zero and then set again is listed twice: past
        // the list's room, clearing falls back to clearing every state
        let states = PhraseStates(capacity: 2)
        defer { states.free() }
        for _ in 0..<3 {
            states[1] = PhraseState(matchedUpTo: 4)
            states[1] = PhraseState()
        }
        states[0] = PhraseState(matchedUpTo: 1)
        states[1] = PhraseState(matchedUpTo: 5)
        #expect(states.touchedPhrases == 5)
        states.clear()
        #expect(states[0].rawValue == 0 && states[1].rawValue == 0)
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
}
