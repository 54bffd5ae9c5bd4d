import Testing
@testable import LastCallKit

@Suite struct PhraseStateTests {
    @Test func aFreshStateRulesNothingOut() {
        let state = PhraseState()
        #expect(state.anchors == .unknown)
        #expect(state.nextStart == 0)
        #expect(!state.rulesOut(0))
    }

    @Test func aMatchRulesOutTheStartsItCovers() {
        let state = PhraseState(matchedUpTo: 12)
        #expect(state.anchors == .present)
        #expect(state.nextStart == 12)
        #expect(state.rulesOut(11))
        #expect(!state.rulesOut(12))
    }

    @Test func absentAnchorsRuleOutEveryStart() {
        var state = PhraseState()
        state.anchors = .absent
        #expect(state.rulesOut(1_000_000))
        #expect(state.nextStart == 0)
    }

    @Test func aStartBeyondThirtyBitsIsHeldAtTheLargest() {
        let state = PhraseState(matchedUpTo: 1 << 31)
        #expect(state.nextStart == 0x3FFF_FFFF)
        #expect(state.anchors == .present)
    }
}
