/// One instruction of a compiled phrase: the matcher runs these as a small
/// backtracking machine over tokens (no recursion, no allocation per token).
struct PhraseOp: Sendable, Hashable {
    enum Kind: UInt8, Sendable {
        /// Consume word `a`.
        case word
        /// Consume a slot (`a` is the slot's ``PhraseSlot/code``).
        case slot
        /// Continue at both `a` and `b`.
        case split
        /// Continue at `a`.
        case jump
        /// Skip 0 to `a` words.
        case gap
        /// A match ends here.
        case match
        /// Consume one word of the program's set list `a..<b`: a choice of
        /// single words, tested in one step instead of one branch a word.
        case set
        /// Like ``set``, but the word may also be left out.
        case optionalSet
        /// The head of a choice of three or more branches: when the token
        /// is no filler to skip, continue at the one branch that starts with
        /// the token's word (and try the branches that start otherwise); else
        /// continue at `b`, the choice's chain of splits, which tries every
        /// branch. `a` is where the choice's ``ChoiceDispatch`` starts in the
        /// program's dispatch list. One binary search instead of a split per
        /// branch: the big choices of words ("(contact|reach out|...)") were
        /// most of the matcher's work.
        case dispatch
    }

    var kind: Kind
    var a: Int32
    var b: Int32

    /// Compiles elements into a program ending in `.match`, the sorted word
    /// lists its ``Kind/set`` ops point into, and the tables of its
    /// ``Kind/dispatch`` ops (see ``ChoiceDispatch``).
    static func compile(_ elements: [PhraseElement]) -> (program: [PhraseOp], sets: [Int32], dispatch: [Int32]) {
        var program: [PhraseOp] = []
        var sets: [Int32] = []
        var dispatch: [Int32] = []
        emit(elements, into: &program, sets: &sets, dispatch: &dispatch)
        program.append(PhraseOp(kind: .match, a: 0, b: 0))
        return (program, sets, dispatch)
    }

    private static func emit(_ elements: [PhraseElement], into program: inout [PhraseOp], sets: inout [Int32], dispatch: inout [Int32]) {
        for element in elements {
            switch element {
            case .word(let id): program.append(PhraseOp(kind: .word, a: id, b: 0))
            case .slot(let slot):
                program.append(PhraseOp(kind: .slot, a: Int32(slot.code), b: 0))
            case .gap: program.append(PhraseOp(kind: .gap, a: Int32(PhrasePattern.maximumGap), b: 0))
            case .choice(let written, var optional):
                let alternatives = factored(written)
                if alternatives.contains(where: { $0.isEmpty }) { optional = true }  // a closure: a key path cost 700 instructions a call
                // the single-word alternatives become one set op; the others
                // stay branches: split(alt1, next); alt1; jump end; next: ...
                var words: [Int32] = []
                var others: [[PhraseElement]] = []
                for alternative in alternatives where !alternative.isEmpty {
                    if alternative.count == 1, case .word(let id) = alternative[0] { words.append(id) } else { others.append(alternative) }
                }
                // sorted once here: sorting them per branch (for the
                // dispatch table) made compiling the big choices quadratic
                let setList = words.sortedUnique()
                var branches: [[PhraseElement]?] = []  // nil: the set
                if words.count >= 2 || (words.count == 1 && !others.isEmpty) {
                    if others.isEmpty {
                        let start = Int32(sets.count)
                        sets += setList
                        program.append(PhraseOp(kind: optional ? .optionalSet : .set, a: start, b: Int32(sets.count)))
                        continue
                    }
                    branches.append(nil)
                } else {
                    branches += words.map { [.word($0)] }
                }
                branches += others.map { Optional($0) }
                if optional { branches.append([]) }
                var table = branches.count >= ChoiceDispatch.minimumBranches ? ChoiceDispatch() : nil
                let dispatchAt = program.count
                if table != nil { program.append(PhraseOp(kind: .dispatch, a: Int32(dispatch.count), b: Int32(program.count + 1))) }
                var jumps: [Int] = []
                for (index, branch) in branches.enumerated() {
                    let isLast = index == branches.count - 1
                    var splitAt = -1
                    if !isLast {
                        splitAt = program.count
                        program.append(PhraseOp(kind: .split, a: Int32(program.count + 1), b: 0))
                    }
                    table?.add(branch, words: setList, at: Int32(program.count))
                    if let branch {
                        emit(branch, into: &program, sets: &sets, dispatch: &dispatch)
                    } else {
                        let start = Int32(sets.count)
                        sets += setList
                        program.append(PhraseOp(kind: .set, a: start, b: Int32(sets.count)))
                    }
                    if !isLast {
                        jumps.append(program.count)
                        program.append(PhraseOp(kind: .jump, a: 0, b: 0))
                        program[splitAt].b = Int32(program.count)
                    }
                }
                for jump in jumps { program[jump].a = Int32(program.count) }
                if let table {
                    if table.isExact {
                        program[dispatchAt].a = Int32(dispatch.count)
                        dispatch += table.encoded
                    } else {
                        program[dispatchAt] = PhraseOp(kind: .jump, a: Int32(dispatchAt + 1), b: 0)
                    }
                }
            }
        }
    }

    /// `alternatives` with those that start with the same word merged into
    /// one, the word followed by a choice of the rest: `(I|I have|we)` becomes
    /// `(I [have]|we)`. It matches the same words, with fewer branches to try.
    /// An empty alternative (all of it optional) may remain.
    static func factored(_ alternatives: [[PhraseElement]]) -> [[PhraseElement]] {
        // most choices have no two alternatives with one first word: keep them
        var firsts: [Int32] = []
        firsts.reserveCapacity(alternatives.count)
        for alternative in alternatives { if case .word(let id)? = alternative.first { firsts.append(id) } }
        firsts.sort()
        if !zip(firsts, firsts.dropFirst()).contains(where: { $0 == $1 }) { return alternatives }
        var order: [Int32] = []
        var rests: [Int32: [[PhraseElement]]] = [:]
        var result: [[PhraseElement]] = []
        for alternative in alternatives {
            if case .word(let id)? = alternative.first {
                if rests[id] == nil { order.append(id) }
                rests[id, default: []].append(Array(alternative.dropFirst()))
            } else {
                result.append(alternative)
            }
        }
        for id in order {
            let rest = rests[id]!
            if rest.count == 1 {
                result.append([.word(id)] + rest[0])
                continue
            }
            let nonEmpty = rest.filter { !$0.isEmpty }
            if nonEmpty.isEmpty {
                result.append([.word(id)])
            } else {
                result.append([.word(id), .choice(nonEmpty, optional: nonEmpty.count < rest.count)])
            }
        }
        return result
    }
}
