/// Finds where ``PhrasePattern``s match in a ``ReplyText``: whole words,
/// within one sentence, skipping filler words between the words of a phrase.
final class PhraseMatcher: Sendable {
    let fillers: IDSet
    private let weekdays: IDSet
    private let months: IDSet
    private let meridiem: IDSet  // am pm
    private let noonWords: IDSet  // noon midday midnight lunchtime
    private let oclock: Int32
    private let half: Int32
    private let quarter: Int32
    private let pastTo: IDSet
    private let the: Int32
    private let of: Int32
    private let titles: IDSet
    private let units: IDSet
    private let i: Int32
    private let common: [Bool]
    private let irregularPast: IDSet
    /// Words that come before a noun, never before a name ("the front desk");
    /// not "its", which the reader reads as "it is".
    private let determiners: IDSet

    private let fillerBits: [UInt64]
    /// For each lexicon id, the word classes the slots test (the `class*`
    /// bits); `unknownClass` for ``Lexicon/unknown``.
    private let wordClasses: [UInt16]
    private let unknownClass: UInt16
    private static let classNoon: UInt16 = 1 << 0
    private static let classHalf: UInt16 = 1 << 1  // half quarter
    private static let classPastTo: UInt16 = 1 << 2
    private static let classMeridiem: UInt16 = 1 << 3
    private static let classUnit: UInt16 = 1 << 4
    private static let classWeekday: UInt16 = 1 << 5
    private static let classMonth: UInt16 = 1 << 6
    private static let classIrregularPast: UInt16 = 1 << 7
    private static let classCommon: UInt16 = 1 << 8
    /// Set in a token's slot codes (``fillSlotCodes(_:text:sentences:)``)
    /// when the token is a filler word.
    private static let fillerFlag: UInt64 = 1 << 63

    init(lexicon: Lexicon, fillers: Set<Int32>) {
        self.fillers = IDSet(fillers)
        var bits = [UInt64](repeating: 0, count: lexicon.words.count / 64 + 1)
        for id in fillers where id >= 0 { bits[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        fillerBits = bits
        common = lexicon.isCommon
        irregularPast = lexicon.idSet(PhraseMatcher.irregularPastWords)
        weekdays = lexicon.idSet("monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays")
        months = lexicon.idSet("january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")
        meridiem = lexicon.idSet("am pm")
        noonWords = lexicon.idSet("noon midday midnight lunchtime")
        oclock = lexicon.id("o'clock")
        half = lexicon.id("half")
        quarter = lexicon.id("quarter")
        pastTo = lexicon.idSet("past to")
        the = lexicon.id("the")
        of = lexicon.id("of")
        titles = lexicon.idSet("mr mrs ms miss dr mister sir madam")
        units = lexicon.idSet("minute minutes hour hours day days week weeks month months year years working business second seconds percent pounds dollars euros items")
        i = lexicon.id("i")
        determiners = lexicon.idSet(PhraseMatcher.determinerWords)
        let half = half, quarter = quarter
        let tests: [(UInt16, (Int32) -> Bool)] = [
            (PhraseMatcher.classNoon, noonWords.contains), (PhraseMatcher.classHalf, { $0 == half || $0 == quarter }),
            (PhraseMatcher.classPastTo, pastTo.contains), (PhraseMatcher.classMeridiem, meridiem.contains),
            (PhraseMatcher.classUnit, units.contains), (PhraseMatcher.classWeekday, weekdays.contains),
            (PhraseMatcher.classMonth, months.contains), (PhraseMatcher.classIrregularPast, irregularPast.contains),
        ]
        let common = common
        func classOf(_ id: Int32) -> UInt16 {
            var cls: UInt16 = 0
            for (bit, test) in tests where test(id) { cls |= bit }
            if id >= 0, Int(id) < common.count, common[Int(id)] { cls |= PhraseMatcher.classCommon }
            return cls
        }
        wordClasses = (0..<Int32(common.count)).map(classOf)
        unknownClass = classOf(Lexicon.unknown)
    }

    /// Irregular past tenses and participles that `{done}` accepts.
    static let irregularPastWords = "spoken spoke sent done did made given gave taken took put set got gotten written wrote found rung rang called told sorted paid brought bought caught run ran sat kept left arranged been had seen saw heard reset resent redone rewritten rebuilt built dealt held spent cut shut sold chosen met withdrawn undone overridden upheld"

    static let determinerWords = "a an the my your our their his her this that these those some any no every each another"

    /// The words every matcher needs in its lexicon.
    static let requiredWords = "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec am pm noon midday midnight lunchtime o'clock half quarter past to the of mr mrs ms miss dr mister sir madam minute minutes hour hours day days week weeks month months year years working business second seconds percent pounds dollars euros items i " + irregularPastWords + " " + determinerWords + " zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred"

    /// Every non-overlapping match of `pattern` in `text`, leftmost first,
    /// each as long as it can be.
    func matches(of pattern: PhrasePattern, in text: ReplyText) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        matches(of: 0, in: CompiledPhrases([pattern]), text: text) { found.append($0) }
        return found
    }

    /// Calls `body` with every non-overlapping match of phrase `index` of
    /// `phrases` in `text`, leftmost first, each as long as it can be.
    func matches(of index: Int, in phrases: CompiledPhrases, text: ReplyText, _ body: (PhraseMatch) -> Void) {
        guard !text.tokens.isEmpty else { return }
        let anchors = phrases.anchorRanges[index]
        if !anchors.isEmpty, !anchors.contains(where: { text.contains(phrases.words[Int($0)]) }) { return }
        let scratch = MatchScratch()
        scratch.begin(phrases: phrases.count, tokens: text.tokens.count)
        phrases.withView { bank in
            text.tokens.withUnsafeBufferPointer { buffer in
                text.sentences.withUnsafeBufferPointer { sentences in
                    fillerBits.withUnsafeBufferPointer { fillers in
                        let view = TokenView(tokens: buffer, usesCapitals: text.usesCapitals, fillers: fillers)
                        fillSlotCodes(scratch.codes, text: view, sentences: sentences)
                        let first = phrases.firstRanges[index].map { bank.words[Int($0.lowerBound)..<Int($0.upperBound)] }
                        var start = 0
                        while start < buffer.count {
                            if let first, !first.contains(buffer[start].id) { start += 1; continue }
                            let limit = sentences[Int(buffer[start].sentence)].range.upperBound
                            let best = run(bank, entry: Int(bank.entries[index].entry), start: start, limit: limit, text: view,
                                           stack: &scratch.stack.pointee, cache: scratch.codes)
                            if best > start {
                                body(PhraseMatch(start: start, end: best - 1))
                                start = best
                            } else {
                                start += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// Every match of every phrase of `phrases` in `text`: for each phrase,
    /// its non-overlapping matches, leftmost first, each as long as it can
    /// be (as ``matches(of:in:text:_:)`` finds them one phrase at a time).
    /// Sorted by phrase, then start.
    func allMatches(in phrases: CompiledPhrases, text: ReplyText) -> [PhraseHit] {
        var hits: [PhraseHit] = []
        allMatches(in: phrases, text: text, scratch: MatchScratch(), into: &hits)
        return hits
    }

    /// ``allMatches(in:text:)`` into `hits` (emptied first), reusing its
    /// storage and `scratch`. One pass over the reply's words: each phrase is
    /// tried only at the words its program can consume first (a word, or a
    /// slot that accepts the word), when its second consumed word is known
    /// only where that word follows (fillers between allowed), and only when
    /// one of its anchor words is in the reply: exactly the starts where the
    /// program can match.
    func allMatches(in phrases: CompiledPhrases, text: ReplyText, scratch: MatchScratch, into hits: inout [PhraseHit]) {
        hits.removeAll(keepingCapacity: true)
        guard phrases.count > 0, !text.tokens.isEmpty else { return }
        scratch.begin(phrases: phrases.count, tokens: text.tokens.count)
        let states = scratch.states
        let cache = scratch.codes
        let stack = scratch.stack
        phrases.withView { bank in
          text.tokens.withUnsafeBufferPointer { buffer in
            text.sentences.withUnsafeBufferPointer { sentences in
              fillerBits.withUnsafeBufferPointer { fillers in
                withUnsafeMutablePointer(to: &hits) { hits in
                    let view = TokenView(tokens: buffer, usesCapitals: text.usesCapitals, fillers: fillers)
                    fillSlotCodes(cache, text: view, sentences: sentences)
                    /// Tries `phrase` at `start`; `second` false when its second word is known to be there.
                    @inline(__always) func tryPhrase(_ phrase: Int, at start: Int, limit: Int, second: Bool = true) {
                        let state = states[phrase]
                        if Int(state & 0x3FFF_FFFF) > start || state >= 2 << 30 { return }
                        let entry = bank.entries[phrase]
                        if second, entry.secondStart >= 0 {
                            var q = start + 1
                            var possible = false
                            while q < limit {
                                let id = buffer[q].id
                                if PhraseMatcher.contains(bank.secondWords, Int(entry.secondStart), Int(entry.secondEnd), id) { possible = true; break }
                                if PhraseMatcher.isFiller(fillers, id) { q += 1 } else { break }
                            }
                            if !possible { return }
                        }
                        if state >> 30 == 0 {
                            var present = entry.anchorStart == entry.anchorEnd
                            for k in Int(entry.anchorStart)..<Int(entry.anchorEnd) where text.contains(bank.words[k]) { present = true; break }
                            states[phrase] = state | (present ? 1 : 2) << 30
                            if !present { return }
                        }
                        let best = run(bank, entry: Int(entry.entry), start: start, limit: limit, text: view, stack: &stack.pointee, cache: cache)
                        if best > start {
                            hits.pointee.append(PhraseHit(phrase: Int32(phrase), start: Int32(start), end: Int32(best - 1)))
                            states[phrase] = 1 << 30 | UInt32(min(best, 0x3FFF_FFFF))
                        }
                    }
                    let wordCount = bank.byWordOffsets.count - 1
                    let slotCount = bank.bySlotOffsets.count - 1
                    var slotMask: UInt64 = 0  // first-end bits of the slots some phrase starts with
                    for slot in 0..<slotCount where bank.bySlotOffsets[slot] < bank.bySlotOffsets[slot + 1] { slotMask |= 3 << UInt64(slot * 4) }
                    for start in 0..<buffer.count {
                        let limit = sentences[Int(buffer[start].sentence)].range.upperBound
                        let id = buffer[start].id
                        if id >= 0, Int(id) < wordCount {
                            for k in Int(bank.byWordOffsets[Int(id)])..<Int(bank.byWordOffsets[Int(id) + 1]) {
                                tryPhrase(Int(bank.byWordPhrases[k]), at: start, limit: limit)
                            }
                        }
                        if bank.pairs.startsPair(id) {
                            // the pairs with the next word, and with the fillers before it
                            var q = start + 1
                            while q < limit {
                                let next = buffer[q].id
                                for k in bank.pairs.lookup(id, next) { tryPhrase(Int(bank.pairs.phrases[k]), at: start, limit: limit, second: false) }
                                if PhraseMatcher.isFiller(fillers, next) { q += 1 } else { break }
                            }
                        }
                        var codes = cache[start] & slotMask
                        while codes != 0 {
                            let slot = codes.trailingZeroBitCount >> 2
                            codes &= ~(15 << UInt64(slot * 4))
                            for k in Int(bank.bySlotOffsets[slot])..<Int(bank.bySlotOffsets[slot + 1]) {
                                tryPhrase(Int(bank.bySlotPhrases[k]), at: start, limit: limit)
                            }
                        }
                        for k in 0..<bank.byAnyPhrases.count { tryPhrase(Int(bank.byAnyPhrases[k]), at: start, limit: limit) }
                    }
                }
              }
            }
          }
        }
        hits.sort { ($0.phrase, $0.start) < ($1.phrase, $1.start) }
    }

    /// Whether `id` is a filler word, by the bitmap `fillers`.
    @inline(__always) private static func isFiller(_ fillers: UnsafeBufferPointer<UInt64>, _ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return id >= 0 && word < fillers.count && fillers[word] & (1 << UInt64(id & 63)) != 0
    }

    /// Runs a phrase program from token `start`; returns the end (exclusive)
    /// of the longest match, or -1.
    private func run(_ bank: CompiledPhrasesView, entry: Int, start: Int, limit: Int,
                     text: TokenView, stack: inout MatchStack, cache: UnsafeMutablePointer<UInt64>) -> Int {
        let tokens = text.tokens
        let program = bank.ops, sets = bank.setWords, lookahead = bank.lookahead, lookaheadWords = bank.lookaheadWords
        stack.count = 0
        stack.push(Int32(entry), Int32(start))
        var best = -1
        /// Whether the program from op `target` cannot take token `at` nor
        /// skip it as a filler, so the path fails there at once: a word or set
        /// op is tested itself, any other by its lookahead.
        @inline(__always) func failsAt(_ target: Int, _ at: Int) -> Bool {
            let next = program[target]
            let takes: Bool
            if next.kind == .word || next.kind == .set {
                guard at < limit else { return true }
                let id = tokens[at].id
                takes = next.kind == .word ? id == next.a : PhraseMatcher.contains(sets, Int(next.a), Int(next.b), id)
            } else {
                let look = lookahead[target]
                guard look.from >= 0 else { return false }
                guard at < limit else { return true }
                takes = PhraseMatcher.contains(lookaheadWords, Int(look.from), Int(look.to), tokens[at].id) || cache[at] & look.slots != 0
            }
            return !takes && !(at > start && cache[at] & PhraseMatcher.fillerFlag != 0)
        }
        while stack.count > 0 {
            let (startPC, startPos) = stack.pop()
            var pc = Int(startPC)
            var pos = Int(startPos)
            running: while true {
                let op = program[pc]
                switch op.kind {
                case .match:
                    if pos > best { best = pos }
                    break running
                case .jump:
                    pc = Int(op.a)
                case .split:
                    // a branch that fails at once (see `failsAt`) is not
                    // tried: go straight to the other, or push nothing
                    if failsAt(Int(op.a), pos) { pc = Int(op.b); continue running }
                    stack.push(op.b, Int32(pos))
                    pc = Int(op.a)
                case .gap:
                    var k = 1
                    while k <= Int(op.a), pos + k <= limit {
                        if !failsAt(pc + 1, pos + k) { stack.push(Int32(pc + 1), Int32(pos + k)) }
                        k += 1
                    }
                    pc += 1
                case .word:
                    if pos < limit, tokens[pos].id == op.a {
                        pos += 1; pc += 1
                    } else if pos > start, pos < limit, cache[pos] & PhraseMatcher.fillerFlag != 0 {
                        pos += 1
                    } else {
                        break running
                    }
                case .set, .optionalSet:
                    if op.kind == .optionalSet { stack.push(Int32(pc + 1), Int32(pos)) }
                    guard pos < limit else { break running }
                    if pos > start, cache[pos] & PhraseMatcher.fillerFlag != 0 {
                        // a filler: see `setEnd`
                        let end = setEnd(tokens, sets: sets, op: op, pos: pos, limit: limit, next: pc + 1, stack: &stack, cache: cache)
                        guard end >= 0 else { break running }
                        pos = end; pc += 1
                    } else {
                        guard PhraseMatcher.contains(sets, Int(op.a), Int(op.b), tokens[pos].id) else { break running }
                        pos += 1; pc += 1
                    }
                case .slot:
                    guard pos < limit else { break running }
                    let code = PhraseMatcher.slotCode(Int(op.a), at: pos, cache: cache)
                    if code != 0 {
                        let second = Int(code >> 2)
                        if second != 0 { stack.push(Int32(pc + 1), Int32(pos + second)) }
                        pos += Int(code & 3); pc += 1
                    } else if pos > start, cache[pos] & PhraseMatcher.fillerFlag != 0 {
                        pos += 1
                    } else {
                        break running
                    }
                }
            }
        }
        return best
    }

    /// Where set op `op` ends when token `pos` is a filler (after the first
    /// word of the phrase), matching as the choice of its single words does:
    /// each word at its first place in the run of fillers from `pos`. Returns
    /// the first such end (-1: none) and pushes the others, to resume at op
    /// `next`.
    @inline(never) private func setEnd(_ tokens: UnsafeBufferPointer<ReplyToken>, sets: UnsafeBufferPointer<Int32>, op: PhraseOp, pos: Int, limit: Int,
                                       next: Int, stack: inout MatchStack, cache: UnsafeMutablePointer<UInt64>) -> Int {
        var q = pos
        var found = -1
        while q < limit {
            let id = tokens[q].id
            if PhraseMatcher.contains(sets, Int(op.a), Int(op.b), id) {
                if found < 0 {
                    found = q + 1
                } else if !(pos..<q).contains(where: { tokens[$0].id == id }) {
                    stack.push(Int32(next), Int32(q + 1))
                }
            }
            // fillers only from here on: `pos` is past the phrase's first word
            if cache[q] & PhraseMatcher.fillerFlag != 0 { q += 1 } else { break }
        }
        return found
    }

    /// The ends of slot `slot` (its index in `PhraseSlot.allCases`) at token
    /// `pos` as a code: bits 0-1 the first end's distance from `pos` (0: no
    /// match), bits 2-3 the second's (0: none); ``fillSlotCodes(_:text:sentences:)``
    /// works out every token's codes once per reply.
    @inline(__always) private static func slotCode(_ slot: Int, at pos: Int, cache: UnsafeMutablePointer<UInt64>) -> UInt64 {
        (cache[pos] >> UInt64(slot * 4)) & 15
    }

    /// Stores in `cache[pos]` the codes of all slots at each token `pos`
    /// (slot `s` in bits `4s..<4s+4`), each within the token's sentence:
    /// all seven slots' rules at once, reading the token and its word
    /// classes (``wordClasses``) once.
    private func fillSlotCodes(_ cache: UnsafeMutablePointer<UInt64>, text: TokenView, sentences: UnsafeBufferPointer<ReplyText.Sentence>) {
        let tokens = text.tokens
        let usesCapitals = text.usesCapitals
        wordClasses.withUnsafeBufferPointer { classes in
            @inline(__always) func classOf(_ id: Int32) -> UInt16 {
                if id >= 0 { return Int(id) < classes.count ? classes[Int(id)] : 0 }
                return id == Lexicon.unknown ? unknownClass : 0
            }
            for pos in 0..<tokens.count {
                let token = tokens[pos]
                let limit = sentences[Int(token.sentence)].range.upperBound
                let flags = token.flags
                let number = token.number
                let cls = classOf(token.id)
                let hasNext = pos + 1 < limit
                let nextID: Int32 = hasNext ? tokens[pos + 1].id : Lexicon.unknown
                var codes: UInt64 = 0
                // time (slot 0)
                if number >= 0 || cls & (PhraseMatcher.classNoon | PhraseMatcher.classHalf) != 0 {
                    let nextClass = classOf(nextID)
                    var time: UInt64 = 0
                    if cls & PhraseMatcher.classNoon != 0 {
                        time = 1
                    } else if cls & PhraseMatcher.classHalf != 0, pos + 2 < limit, nextClass & PhraseMatcher.classPastTo != 0, tokens[pos + 2].number > 0 {
                        time = 3
                    } else if number < 0 || flags.contains(.ordinal) || flags.contains(.decimal) {
                        time = 0
                    } else if flags.contains(.clock) {
                        time = nextClass & PhraseMatcher.classMeridiem != 0 ? 2 : 1
                    } else if number > 24 {
                        time = 0
                    } else if nextClass & PhraseMatcher.classMeridiem != 0 || nextID == oclock {
                        time = number >= 1 && number <= 12 ? 2 : 0
                    } else if nextClass & PhraseMatcher.classNoon != 0 {
                        time = 2
                    } else if nextClass & PhraseMatcher.classUnit != 0 {
                        time = 0
                    } else if number >= 1 {
                        time = 1
                    }
                    codes |= time
                }
                // day (slot 1)
                if cls & PhraseMatcher.classWeekday != 0 { codes |= 1 << 4 }
                // date (slot 2)
                if flags.contains(.ordinal) {
                    var end = pos + 1
                    if end < limit, tokens[end].id == of { end += 1 }
                    if end < limit, classOf(tokens[end].id) & PhraseMatcher.classMonth != 0 {
                        codes |= (UInt64(end + 1 - pos) | 1 << 2) << 8
                    } else {
                        codes |= 1 << 8
                    }
                } else if cls & PhraseMatcher.classMonth != 0 {
                    if hasNext, tokens[pos + 1].number >= 1, tokens[pos + 1].number <= 31, !tokens[pos + 1].flags.contains(.clock) {
                        codes |= (2 | 1 << 2) << 8
                    } else {
                        codes |= 1 << 8
                    }
                } else if number >= 1, number <= 31, flags.contains(.digits), !flags.contains(.clock), hasNext,
                          classOf(nextID) & PhraseMatcher.classMonth != 0 {
                    codes |= 2 << 8
                }
                // number (slot 3)
                if number >= 0, !flags.contains(.clock), !flags.contains(.ordinal) {
                    var code: UInt64 = 1
                    if number >= 20, number % 10 == 0, number < 100, hasNext,
                       tokens[pos + 1].number > 0, tokens[pos + 1].number < 10, !tokens[pos + 1].flags.contains(.digits) {
                        code |= 2 << 2
                    }
                    codes |= code << 12
                }
                // name (slot 4), as isName(at:in:)
                if number < 0, !flags.contains(.possessive), !flags.contains(.contractionPart), cls & PhraseMatcher.classCommon == 0,
                   !(pos > sentences[Int(token.sentence)].range.lowerBound && determiners.contains(tokens[pos - 1].id)) {
                    let capitalised = flags.contains(.capitalised)
                    let capitalisedEd = flags.contains(.endsInEd) && capitalised
                    let capitalisedInside = capitalised && !flags.contains(.sentenceStart) && usesCapitals
                    if !flags.contains(.wordLike) || capitalisedEd || capitalisedInside, capitalised || !usesCapitals {
                        codes |= 1 << 16
                    }
                }
                // done (slot 5)
                if (flags.contains(.endsInEd) && !flags.contains(.capitalised)) || cls & PhraseMatcher.classIrregularPast != 0 { codes |= 1 << 20 }
                // doing (slot 6)
                if flags.contains(.endsInIng) { codes |= 1 << 24 }
                if PhraseMatcher.isFiller(text.fillers, token.id) { codes |= PhraseMatcher.fillerFlag }
                cache[pos] = codes
            }
        }
    }

    /// Whether sorted `sets[from..<to]` holds `id`.
    @inline(__always) private static func contains(_ sets: UnsafeBufferPointer<Int32>, _ from: Int, _ to: Int, _ id: Int32) -> Bool {
        if to - from <= 8 {
            for k in from..<to where sets[k] == id { return true }
            return false
        }
        var low = from, high = to
        while low < high {
            let mid = (low + high) >> 1
            if sets[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < to && sets[low] == id
    }

    /// Whether token `pos` can be a person's name.
    func isName(at pos: Int, in text: ReplyText) -> Bool {
        text.tokens.withUnsafeBufferPointer { isName(at: pos, in: TokenView(tokens: $0, usesCapitals: text.usesCapitals)) }
    }

    private func isName(at pos: Int, in text: TokenView) -> Bool {
        let token = text.tokens[pos]
        if pos > 0, text.tokens[pos - 1].sentence == token.sentence, determiners.contains(text.tokens[pos - 1].id) { return false }
        let capitalisedEd = token.flags.contains(.endsInEd) && token.flags.contains(.capitalised)  // Ahmed, Fred
        // a capital inside a sentence marks a name even when it looks like a word (Precious, Hope)
        let capitalisedInside = token.flags.contains(.capitalised) && !token.flags.contains(.sentenceStart) && text.usesCapitals
        guard token.number < 0, !token.flags.contains(.wordLike) || capitalisedEd || capitalisedInside, !token.flags.contains(.possessive),
              !token.flags.contains(.contractionPart), !(token.id >= 0 && common[Int(token.id)]) else { return false }
        if token.flags.contains(.capitalised) { return true }
        return !text.usesCapitals
    }
}


/// One match of phrase `phrase` of a ``CompiledPhrases``: tokens `start`
/// through `end`, inclusive.
struct PhraseHit: Sendable {
    var phrase: Int32
    var start: Int32
    var end: Int32

    var match: PhraseMatch { PhraseMatch(start: Int(start), end: Int(end)) }
}

/// The matcher's backtracking stack of (instruction, token) pairs: one
/// allocation per reply, grown by doubling, freed by its owner.
struct MatchStack {
    private var storage = UnsafeMutablePointer<(Int32, Int32)>.allocate(capacity: 64)
    private var capacity = 64
    var count = 0

    @inline(__always) mutating func push(_ pc: Int32, _ pos: Int32) {
        if count == capacity {
            let grown = UnsafeMutablePointer<(Int32, Int32)>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = grown
            capacity *= 2
        }
        storage[count] = (pc, pos)
        count += 1
    }

    @inline(__always) mutating func pop() -> (Int32, Int32) {
        count -= 1
        return storage[count]
    }

    func free() { storage.deallocate() }
}

/// The parts of a ``ReplyText`` the matcher reads, held without copying
/// arrays (matching recurses through closures that would retain them);
/// valid only inside the `withUnsafeBufferPointer` call that made it.
struct TokenView {
    let tokens: UnsafeBufferPointer<ReplyToken>
    let usesCapitals: Bool
    /// The matcher's filler bitmap (empty where fillers are not needed).
    var fillers = UnsafeBufferPointer<UInt64>(start: nil, count: 0)
}
