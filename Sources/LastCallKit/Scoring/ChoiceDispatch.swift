/// The table of a ``PhraseOp/Kind/dispatch`` op: for each branch of a
/// choice that starts with a word (or is its set of single words), the
/// words that start it; and the branches that start otherwise (a slot, a
/// gap, a nested choice, or nothing at all), which are always tried.
///
/// Encoded in a program's dispatch list as `[n, m, word 1 ... word n
/// (sorted), target 1 ... target n, other 1 ... other m]`, where a target
/// is the pc of the branch its word starts and the others are the pcs of
/// the other branches (pcs of the phrase's program, made absolute in a bank).
struct ChoiceDispatch {
    /// The fewest branches a choice needs to get a dispatch op (with two, a
    /// split is as quick).
    static let minimumBranches = 3

    private var starts: [(word: Int32, target: Int32)] = []
    private var others: [Int32] = []

    /// Adds a branch starting at pc `target`: `branch` nil for the choice's
    /// set of single `words`.
    mutating func add(_ branch: [PhraseElement]?, words: [Int32], at target: Int32) {
        guard let branch else {
            for word in words { starts.append((word, target)) }
            return
        }
        if case .word(let id)? = branch.first { starts.append((id, target)) } else { others.append(target) }
    }

    /// Whether every word starts one branch only (``PhraseOp/factored(_:)``
    /// merges the branches that share a first word, so this always holds
    /// for a compiled choice; checked all the same).
    var isExact: Bool { Set(starts.map(\.word)).count == starts.count }

    /// The table as it sits in the dispatch list.
    var encoded: [Int32] {
        let sorted = starts.sorted { $0.word < $1.word }
        return [Int32(sorted.count), Int32(others.count)] + sorted.map(\.word) + sorted.map(\.target) + others
    }

    /// `tables` (a program's dispatch list) with every target and other
    /// moved by `base` pcs, for a bank that puts the program at `base`.
    static func rebased(_ tables: [Int32], by base: Int32) -> [Int32] {
        var result = tables
        var k = 0
        while k < result.count {
            let count = Int(result[k]), others = Int(result[k + 1])
            for t in (k + 2 + count)..<(k + 2 + 2 * count + others) { result[t] += base }
            k += 2 + 2 * count + others
        }
        return result
    }
}
