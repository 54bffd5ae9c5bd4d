/// One instruction of a compiled phrase: the matcher runs these as a small
/// backtracking machine over tokens (no recursion, no allocation per token).
struct PhraseOp: Sendable, Hashable {
    enum Kind: UInt8, Sendable {
        /// Consume word `a`.
        case word
        /// Consume a slot (`a` is the slot's index in `PhraseSlot.allCases`).
        case slot
        /// Continue at both `a` and `b`.
        case split
        /// Continue at `a`.
        case jump
        /// Skip 0 to `a` words.
        case gap
        /// A match ends here.
        case match
    }

    var kind: Kind
    var a: Int32
    var b: Int32

    /// Compiles elements into a program ending in `.match`.
    static func compile(_ elements: [PhraseElement]) -> [PhraseOp] {
        var program: [PhraseOp] = []
        emit(elements, into: &program)
        program.append(PhraseOp(kind: .match, a: 0, b: 0))
        return program
    }

    private static func emit(_ elements: [PhraseElement], into program: inout [PhraseOp]) {
        for element in elements {
            switch element {
            case .word(let id): program.append(PhraseOp(kind: .word, a: id, b: 0))
            case .slot(let slot):
                program.append(PhraseOp(kind: .slot, a: Int32(PhraseSlot.allCases.firstIndex(of: slot)!), b: 0))
            case .gap: program.append(PhraseOp(kind: .gap, a: Int32(PhrasePattern.maximumGap), b: 0))
            case .choice(let alternatives, let optional):
                // split(alt1, next); alt1; jump end; next: split(alt2, ...) ...
                var jumps: [Int] = []
                let branches = optional ? alternatives + [[]] : alternatives
                for (index, alternative) in branches.enumerated() {
                    let isLast = index == branches.count - 1
                    var splitAt = -1
                    if !isLast {
                        splitAt = program.count
                        program.append(PhraseOp(kind: .split, a: Int32(program.count + 1), b: 0))
                    }
                    emit(alternative, into: &program)
                    if !isLast {
                        jumps.append(program.count)
                        program.append(PhraseOp(kind: .jump, a: 0, b: 0))
                        program[splitAt].b = Int32(program.count)
                    }
                }
                for jump in jumps { program[jump].a = Int32(program.count) }
            }
        }
    }
}
