/// A list of plain values (no references: it never deinitialises them)
/// built in storage its owner lends (usually stack memory from
/// `withUnsafeTemporaryAllocation`), moving to the heap only when it
/// outgrows it; its owner copies it out once and calls ``release()``. The
/// reader builds a reply's tokens, sentences and clauses in these: an
/// append is a capacity check and a store, where `Array.append` also
/// checks uniqueness (and `removeAll(keepingCapacity:)` before each reply
/// cost ~250 instructions an array).
struct ScratchList<Element> {
    /// Where the elements sit: the lent storage, or heap storage this list owns.
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int
    private var ownsStorage = false

    /// An empty list in `storage` (at least one element's room), which must
    /// outlive it.
    init(lending storage: UnsafeMutableBufferPointer<Element>) {
        precondition(storage.count > 0, "a scratch list needs room for one element")
        base = storage.baseAddress!
        capacity = storage.count
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always) mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    /// (Kept out of line: an append inlines only its capacity check.)
    @inline(never) private mutating func grow() {
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        grown.initialize(from: base, count: count)
        if ownsStorage { base.deallocate() }
        base = grown
        capacity *= 2
        ownsStorage = true
    }

    subscript(index: Int) -> Element {
        get {
            precondition(index >= 0 && index < count, "scratch list index out of range")
            return base[index]
        }
        set {
            precondition(index >= 0 && index < count, "scratch list index out of range")
            base[index] = newValue
        }
    }

    /// The elements, valid until the next append or ``release()``.
    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    /// Frees the heap storage the list moved to, if it did; the list must
    /// not be used after.
    func release() {
        if ownsStorage { base.deallocate() }
    }
}
