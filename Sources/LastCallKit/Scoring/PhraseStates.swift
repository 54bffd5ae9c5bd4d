/// Per phrase of a bank, its ``PhraseState`` in the reply being matched.
/// Each stored state carries the number of the reply (the generation) it
/// was set in; a state from an earlier generation reads as zero
/// (``PhraseState/init()``), so ``clear()`` only counts one up.
///
/// Why: a rubric has hundreds of phrases and a reply tries a few dozen.
/// Clearing every state per reply (a `memset` of the bank) was once the
/// largest cost of a short reply; listing the phrases set and clearing
/// those cost about 1,500 instructions a reply in the bookkeeping of every
/// set (callgrind, `score --jsonl`). A generation costs one compare a read.
/// Storage owned by ``MatchScratch``, which frees it with ``free()``;
/// copies share it (the matcher reads it through a copy).
struct PhraseStates {
    /// Per phrase: the generation it was last set in (high 32 bits) and
    /// its state's ``PhraseState/rawValue`` (low 32 bits).
    private let states: UnsafeMutablePointer<UInt64>
    /// The current generation (never 0, which the storage starts with).
    private let generation: UnsafeMutablePointer<UInt32>
    /// How many phrases there are room for.
    let capacity: Int

    /// Room for `capacity` phrases, every state zero; `generation` the
    /// first generation (not 0; tests start near the wrap).
    init(capacity: Int, generation: UInt32 = 1) {
        precondition(generation != 0, "generation 0 marks storage never set")
        self.capacity = capacity
        states = .allocate(capacity: max(capacity, 1))
        states.initialize(repeating: 0, count: capacity)
        self.generation = .allocate(capacity: 1)
        self.generation.initialize(to: generation)
    }

    /// The state of phrase `phrase` (below ``capacity``).
    @inline(__always) subscript(phrase: Int) -> PhraseState {
        get {
            let stored = states[phrase]
            return UInt32(truncatingIfNeeded: stored >> 32) == generation.pointee
                ? PhraseState(rawValue: UInt32(truncatingIfNeeded: stored)) : PhraseState()
        }
        nonmutating set { states[phrase] = UInt64(generation.pointee) << 32 | UInt64(newValue.rawValue) }
    }

    /// The states as of the current generation, for one reply's matching
    /// (valid until the next ``clear()``).
    @inline(__always) var current: Current {
        Current(states: states, tag: UInt64(generation.pointee) << 32)
    }

    /// ``PhraseStates`` in one generation, read with the generation held in
    /// a register: the subscript of ``PhraseStates`` reloads it through its
    /// pointer at each read, as the matcher's stores (states, hits) may have
    /// changed it for all the compiler knows.
    struct Current {
        fileprivate let states: UnsafeMutablePointer<UInt64>
        /// The generation in the high 32 bits, the low ones zero.
        fileprivate let tag: UInt64

        /// The state of phrase `phrase` (below the capacity).
        @inline(__always) subscript(phrase: Int) -> PhraseState {
            get {
                // the same generation: only the low 32 bits left
                let mixed = states[phrase] ^ tag
                return mixed >> 32 == 0 ? PhraseState(rawValue: UInt32(truncatingIfNeeded: mixed)) : PhraseState()
            }
            nonmutating set { states[phrase] = tag | UInt64(newValue.rawValue) }
        }
    }

    /// Sets every state back to zero: the next generation; when the count
    /// wraps (after 2^32 - 1 replies), every state is zeroed and counting
    /// starts again at 1.
    func clear() {
        let next = generation.pointee &+ 1
        if next == 0 {
            states.update(repeating: 0, count: capacity)
            generation.pointee = 1
        } else {
            generation.pointee = next
        }
    }

    /// Frees the storage (of every copy).
    func free() {
        states.deallocate()
        generation.deallocate()
    }
}
