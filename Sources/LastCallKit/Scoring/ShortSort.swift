/// Stable sorting for the scorer's short per-reply lists (a reply's phrase
/// hits, one criterion's candidate matches or evidence): by insertion, in
/// place, with no closure context or buffer allocated, when the list is
/// short; by the standard library's `sort(by:)` otherwise, so a long
/// adversarial reply stays O(n log n).
///
/// Gives exactly the order `sort(by:)` gives: that sort is stable (equal
/// elements keep their order), and so is insertion. The lists of an
/// ordinary reply hold a few dozen elements at most, where `sort(by:)`
/// cost about 3,000 instructions a reply in calls and closure context.
enum ShortSort {
    /// The longest list sorted by insertion (its worst case, n²/2 moves,
    /// stays below the standard sort's fixed costs).
    static let insertionLimit = 32

    /// Sorts `list` stably by `less`.
    @inline(__always) static func sort<T>(_ list: inout [T], by less: (T, T) -> Bool) {
        guard list.count > 1 else { return }
        list.withUnsafeMutableBufferPointer { sort($0, by: less) }
    }

    /// Sorts the elements of `buffer` stably by `less` (for lists kept
    /// behind a pointer, such as ``ReusedList``).
    @inline(__always) static func sort<T>(_ buffer: UnsafeMutableBufferPointer<T>, by less: (T, T) -> Bool) {
        let count = buffer.count
        guard count > 1 else { return }
        guard count <= insertionLimit else {
            var whole = buffer
            whole.sort(by: less)
            return
        }
        for k in 1..<count {
            let item = buffer[k]
            var j = k
            // stable: move only past elements strictly greater
            while j > 0, less(item, buffer[j - 1]) {
                buffer[j] = buffer[j - 1]
                j -= 1
            }
            buffer[j] = item
        }
    }
}
