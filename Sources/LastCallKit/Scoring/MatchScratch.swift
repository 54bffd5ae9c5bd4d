/// The matcher's working memory, kept from one reply to the next so that
/// scoring a reply allocates nothing: per phrase, where it may match next and
/// whether its anchor words are in the reply; the backtracking stack; and
/// each token's slot codes. Owned by one scorer session (not shared between
/// threads).
final class MatchScratch {
    /// Per phrase: bits 30-31 whether its anchor words are in the reply (0
    /// not known yet, 1 present, 2 absent), bits 0-29 the token a next match
    /// may start at. Cleared for each reply (one `memset`).
    private(set) var states: UnsafeMutablePointer<UInt32>
    private var stateCapacity: Int
    /// The backtracking stack, behind a pointer (an `inout` of a class's
    /// property would be checked for exclusive access on every use).
    let stack: UnsafeMutablePointer<MatchStack>
    /// Per token: the codes of all slots (see `PhraseMatcher`).
    private(set) var codes: UnsafeMutablePointer<UInt64>
    private var codeCapacity: Int

    init() {
        stack = .allocate(capacity: 1)
        stack.initialize(to: MatchStack())
        stateCapacity = 0
        states = .allocate(capacity: 1)
        codeCapacity = 64
        codes = .allocate(capacity: 64)
    }

    deinit {
        states.deallocate()
        codes.deallocate()
        stack.pointee.free()
        stack.deinitialize(count: 1)
        stack.deallocate()
    }

    /// Starts matching a reply of `tokens` tokens against `phrases` phrases:
    /// every phrase's state is cleared.
    func begin(phrases: Int, tokens: Int) {
        if phrases > stateCapacity {
            states.deallocate()
            states = .allocate(capacity: phrases)
            states.initialize(repeating: 0, count: phrases)
            stateCapacity = phrases
        } else {
            states.update(repeating: 0, count: phrases)
        }
        if tokens > codeCapacity {
            codes.deallocate()
            codeCapacity = max(tokens, codeCapacity * 2)
            codes = .allocate(capacity: codeCapacity)
        }
    }
}
