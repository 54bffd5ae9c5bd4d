/// Per phrase of a bank, its ``PhraseState`` in the reply being matched,
/// remembering which phrases were given a state since the last ``clear()``:
/// a rubric has thousands of phrases and a reply tries a few dozen, so
/// clearing what the reply touched costs far less than clearing every
/// phrase's state (one `memset` of the whole bank, once the largest cost of
/// a short reply). Storage owned by ``MatchScratch``, which frees it with
/// ``free()``; copies share it (the matcher reads it through a copy).
struct PhraseStates {
    /// Per phrase: its state; all zero (``PhraseState/init()``) until set.
    private let states: UnsafeMutablePointer<PhraseState>
    /// The phrases set from zero to non-zero since the last clear, the first
    /// `capacity` of them; each at most once, as the matcher never sets a
    /// state back to zero (if something did, the list could repeat a phrase
    /// or overflow, and ``clear()`` then clears every state).
    private let touched: UnsafeMutablePointer<Int32>
    /// How many phrases were set since the last clear (may exceed `capacity`).
    private let touchedCount: UnsafeMutablePointer<Int>
    /// How many phrases there are room for.
    let capacity: Int

    /// Room for `capacity` phrases, every state zero.
    init(capacity: Int) {
        self.capacity = capacity
        states = .allocate(capacity: max(capacity, 1))
        states.initialize(repeating: PhraseState(), count: capacity)
        touched = .allocate(capacity: max(capacity, 1))
        touchedCount = .allocate(capacity: 1)
        touchedCount.initialize(to: 0)
    }

    /// The state of phrase `phrase` (below ``capacity``).
    @inline(__always) subscript(phrase: Int) -> PhraseState {
        get { states[phrase] }
        nonmutating set {
            if states[phrase].rawValue == 0, newValue.rawValue != 0 {
                let count = touchedCount.pointee
                if count < capacity { touched[count] = Int32(phrase) }
                touchedCount.pointee = count + 1
            }
            states[phrase] = newValue
        }
    }

    /// How many phrases were given a state since the last clear.
    var touchedPhrases: Int { touchedCount.pointee }

    /// Sets every state back to zero: those set since the last clear one by
    /// one, or all of them when more were set than there is room to list.
    func clear() {
        let count = touchedCount.pointee
        if count > capacity {
            states.update(repeating: PhraseState(), count: capacity)
        } else {
            for k in 0..<count { states[Int(touched[k])] = PhraseState() }
        }
        touchedCount.pointee = 0
    }

    /// Frees the storage (of every copy).
    func free() {
        states.deallocate()
        touched.deallocate()
        touchedCount.deallocate()
    }
}
