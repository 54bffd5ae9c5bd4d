/// A growable list of plain values (no references) behind a pointer, kept
/// by a scorer session and reused for every reply: the per-criterion lists
/// of candidate matches, exception hits and evidence.
///
/// Why: on an `Array` each `removeAll(keepingCapacity:)` cost about 45
/// instructions and each `append` a uniqueness check; a criterion's lists
/// are emptied and refilled for every reply (about 900 instructions a reply
/// in all). Here emptying is one store and an append a capacity check. A
/// class, so that it frees its storage when its session goes; not shared
/// between threads (a session is not).
final class ReusedList<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of elements since ``removeAll()``.
    private(set) var count = 0

    init(capacity: Int = 16) {
        // plain values only: elements are overwritten and forgotten, never deinitialised
        precondition(_isPOD(Element.self), "a ReusedList holds plain values")
        self.capacity = max(capacity, 4)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// Forgets the elements, keeping the storage.
    @inline(__always) func removeAll() { count = 0 }

    @inline(__always) func append(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Element `index` (checked: `0..<count`).
    @inline(__always) subscript(index: Int) -> Element {
        get {
            precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "ReusedList index out of range")
            return base[index]
        }
        set {
            precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "ReusedList index out of range")
            base[index] = newValue
        }
    }

    /// The elements, valid until the next append.
    var elements: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }

    /// Sorts the elements stably by `less`: by insertion when they are few
    /// (as ``ShortSort`` does, for the same reason), else by the standard
    /// library's sort, so a long adversarial reply stays O(n log n).
    @inline(__always) func sort(by less: (Element, Element) -> Bool) {
        ShortSort.sort(elements, by: less)
    }

    /// Doubles the storage.
    private func grow() {
        let grown = capacity * 2
        let storage = UnsafeMutablePointer<Element>.allocate(capacity: grown)
        storage.moveInitialize(from: base, count: count)
        base.deallocate()
        base = storage
        capacity = grown
    }
}
