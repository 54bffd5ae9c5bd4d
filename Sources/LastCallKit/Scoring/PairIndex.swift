/// The phrases that can start with a given pair of words: the first word a
/// phrase consumes and the word after it. At each word of a reply the
/// matcher looks up the pairs it makes with the next word (and with any
/// filler words before that), so it tries only the phrases whose first two
/// words are there instead of every phrase that starts with the first.
///
/// An open-addressing hash table of the pairs (each a `UInt64`, first word
/// in the high half), each holding a range of ``phrases``.
struct PairIndex: Sendable {
    /// The table: per slot, its pair (``empty``: a free slot) and the range
    /// of ``phrases`` for it, together so a lookup reads one cache line.
    private let slots: [Slot]

    struct Slot: Sendable {
        var key: UInt64
        var start: Int32
        var end: Int32
    }
    /// The phrases of all pairs, grouped by pair.
    private let phrases: [Int32]
    /// `slots.count - 1`, to wrap a probe.
    private let mask: Int
    /// The words some pair starts with, as a bitmap by word id.
    private let firstWords: [UInt64]
    /// Each first word's phrases (over all its pairs), sorted by word, for
    /// ``View/lookup(_:)``.
    private let byFirst: [(first: Int32, phrase: Int32)]

    private static let empty = UInt64.max

    /// Indexes `entries`, each a phrase under one of its (first, second)
    /// word pairs (word ids are never negative).
    init(_ entries: [(first: Int32, second: Int32, phrase: Int32)]) {
        var firstWords: [UInt64] = []
        var keyed = entries.map { (key: PairIndex.key($0.first, $0.second), phrase: $0.phrase) }
        keyed.sort { ($0.key, $0.phrase) < ($1.key, $1.phrase) }
        for entry in entries {
            let word = Int(entry.first) >> 6
            if word >= firstWords.count { firstWords += Array(repeating: 0, count: word + 1 - firstWords.count) }
            firstWords[word] |= 1 << UInt64(entry.first & 63)
        }
        var pairCount = 0
        for (k, entry) in keyed.enumerated() where k == 0 || keyed[k - 1].key != entry.key { pairCount += 1 }
        var size = 8
        while size < pairCount * 2 { size *= 2 }
        var slots = [Slot](repeating: Slot(key: PairIndex.empty, start: 0, end: 0), count: size)
        var phrases: [Int32] = []
        var k = 0
        while k < keyed.count {
            let key = keyed[k].key
            let start = Int32(phrases.count)
            while k < keyed.count, keyed[k].key == key {
                if phrases.count == Int(start) || phrases[phrases.count - 1] != keyed[k].phrase { phrases.append(keyed[k].phrase) }
                k += 1
            }
            var slot = PairIndex.hash(key) & (size - 1)
            while slots[slot].key != PairIndex.empty { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(key: key, start: start, end: Int32(phrases.count))
        }
        self.slots = slots
        self.phrases = phrases
        self.mask = size - 1
        self.firstWords = firstWords
        var byFirst = entries.map { (first: $0.first, phrase: $0.phrase) }
        byFirst.sort { ($0.first, $0.phrase) < ($1.first, $1.phrase) }
        self.byFirst = byFirst.enumerated().filter { $0.offset == 0 || byFirst[$0.offset - 1] != $0.element }.map(\.element)
    }

    /// Calls `body` with a view of the index that reads it without
    /// retaining or bounds-checking anything (valid only inside `body`).
    func withView<R>(_ body: (View) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            phrases.withUnsafeBufferPointer { phrases in
                firstWords.withUnsafeBufferPointer { firstWords in
                    byFirst.withUnsafeBufferPointer { byFirst in
                        body(View(slots: slots, phrases: phrases, firstWords: firstWords, byFirst: byFirst, mask: mask))
                    }
                }
            }
        }
    }

    /// The index, read through buffer pointers.
    struct View {
        let slots: UnsafeBufferPointer<Slot>
        /// The phrases of all pairs, grouped by pair.
        let phrases: UnsafeBufferPointer<Int32>
        let firstWords: UnsafeBufferPointer<UInt64>
        let byFirst: UnsafeBufferPointer<(first: Int32, phrase: Int32)>
        let mask: Int

        /// Whether some pair starts with word `first`.
        @inline(__always) func startsPair(_ first: Int32) -> Bool {
            let word = Int(first) >> 6
            return first >= 0 && word < firstWords.count && firstWords[word] & (1 << UInt64(first & 63)) != 0
        }

        /// The range of ``byFirst`` for the pairs starting with `first`.
        func lookup(_ first: Int32) -> Range<Int> {
            var low = 0, high = byFirst.count
            while low < high {
                let mid = (low + high) >> 1
                if byFirst[mid].first < first { low = mid + 1 } else { high = mid }
            }
            var end = low
            while end < byFirst.count, byFirst[end].first == first { end += 1 }
            return low..<end
        }

        /// The range of ``phrases`` for the pair (`first`, `second`); empty
        /// when there is none.
        @inline(__always) func lookup(_ first: Int32, _ second: Int32) -> Range<Int> {
            guard second >= 0 else { return 0..<0 }
            let key = PairIndex.key(first, second)
            var slot = PairIndex.hash(key) & mask
            while true {
                let found = slots[slot]
                if found.key == key { return Int(found.start)..<Int(found.end) }
                if found.key == PairIndex.empty { return 0..<0 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The phrases indexed under `first` and any second word, in order.
    func phrases(startingWith first: Int32) -> [Int32] {
        withView { view in view.lookup(first).map { view.byFirst[$0].phrase } }
    }

    /// The phrases indexed under (`first`, `second`), in order.
    func phrases(_ first: Int32, _ second: Int32) -> [Int32] {
        withView { view in Array(view.phrases[view.lookup(first, second)]) }
    }

    @inline(__always) fileprivate static func key(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    @inline(__always) fileprivate static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40)
    }
}
