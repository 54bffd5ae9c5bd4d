/// The phrase hits of the reply being matched, in storage kept from one
/// reply to the next and read through a pointer: appended to by the
/// matcher's pass, then sorted by phrase (``sortByPhrase()``) for the
/// scorer. Grown by doubling, freed by its owner (``MatchScratch``).
///
/// Why not an `Array`: its `append` checks the storage's uniqueness and
/// capacity through calls on every hit (about 410 instructions a reply);
/// here an append is a compare and a store. Together with the sort as a
/// plain loop (no generic ``ShortSort`` and closure), 34,547 -> 34,086
/// instructions a reply (callgrind, `score --jsonl`). The sort still costs
/// about 700 a reply: the insertion's moves themselves (hits come by start
/// and leave by phrase).
struct MatchHits {
    private var storage: UnsafeMutablePointer<PhraseHit>
    private var capacity: Int
    /// How many hits there are (``storage``'s first `count` are set).
    private(set) var count = 0

    /// Room for `capacity` hits (at least one), none there.
    init(capacity: Int = 64) {
        self.capacity = max(capacity, 1)
        storage = .allocate(capacity: self.capacity)
    }

    /// The hits, valid until the next change.
    @inline(__always) var buffer: UnsafeBufferPointer<PhraseHit> {
        UnsafeBufferPointer(start: storage, count: count)
    }

    /// Forgets every hit, keeping the storage.
    @inline(__always) mutating func removeAll() { count = 0 }

    @inline(__always) mutating func append(_ hit: PhraseHit) {
        if count == capacity { grow() }
        storage[count] = hit
        count += 1
    }

    /// Doubles the storage (rare: its size is kept from reply to reply).
    @inline(never) private mutating func grow() {
        let grown = UnsafeMutablePointer<PhraseHit>.allocate(capacity: capacity * 2)
        grown.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = grown
        capacity *= 2
    }

    /// Sorts the hits as the pass appends them (starts never decreasing,
    /// one hit per phrase and start) by phrase, then start: see
    /// ``sortByPhrase(_:)``.
    @inline(__always) mutating func sortByPhrase() {
        MatchHits.sortByPhrase(UnsafeMutableBufferPointer(start: storage, count: count))
    }

    /// Sorts `hits`, as the pass appends them, by phrase, then start. A
    /// short list sorts stably by phrase alone, by insertion: the hits of
    /// one phrase already come in increasing start, so the order is the
    /// same, with one comparison of an `Int32` instead of a pair. A long
    /// one (adversarial replies) takes the standard sort, O(n log n),
    /// comparing the pair, so the order never depends on its being stable.
    static func sortByPhrase(_ hits: UnsafeMutableBufferPointer<PhraseHit>) {
        let count = hits.count
        guard count > 1 else { return }
        guard count <= ShortSort.insertionLimit else {
            var whole = hits
            whole.sort { ($0.phrase, $0.start) < ($1.phrase, $1.start) }
            return
        }
        let base = hits.baseAddress!
        for k in 1..<count {
            let item = base[k]
            // already in place: the common case (hits of one phrase, or phrases met in order)
            guard item.phrase < base[k - 1].phrase else { continue }
            var j = k - 1
            // stable: move only past hits of a greater phrase
            repeat {
                base[j + 1] = base[j]
                j -= 1
            } while j >= 0 && item.phrase < base[j].phrase
            base[j + 1] = item
        }
    }

    /// Frees the storage.
    func free() { storage.deallocate() }
}
