/// The phrase hits of the reply being matched, in storage kept from one
/// reply to the next and read through a pointer: appended to by the
/// matcher's pass, then sorted by phrase (``sortByPhrase()``) for the
/// scorer. Grown by doubling, freed by its owner (``MatchScratch``).
///
/// Why not an `Array`: its `append` checks the storage's uniqueness and
/// capacity through calls on every hit (about 410 instructions a reply);
/// here an append is a compare and a store: 34,547 -> 34,086 instructions
/// a reply (callgrind, `score --jsonl`). The sort costs about 700 a reply:
/// the insertion's moves themselves (hits come by start and leave by
/// phrase).
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

    /// Sorts `hits`, as the pass appends them, by phrase, then start:
    /// stably by phrase alone (``ShortSort``), as the hits of one phrase
    /// already come in increasing start. A hand-written insertion loop here
    /// measured the same (about 700 instructions a reply: the moves
    /// themselves), so the shared sort serves.
    static func sortByPhrase(_ hits: UnsafeMutableBufferPointer<PhraseHit>) {
        ShortSort.sort(hits) { $0.phrase < $1.phrase }
    }

    /// Frees the storage.
    func free() { storage.deallocate() }
}
