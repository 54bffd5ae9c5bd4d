/// What a detector worked out about the clause of its last match, kept
/// while it overrules one reply's matches (in order of their start) so a
/// long clause with many matches ("by 5 by 5 by 5 ...") is read once, not
/// once a match. Fresh for each reply and criterion.
struct ClauseMemo {
    /// The clause last asked about (empty: none yet).
    private var clause: Range<Int> = 0..<0
    /// Whether `clause` holds a word of the set asked about (the one set a
    /// detector asks ``contains(_:in:of:)`` about).
    private var holds = false
    /// In `clause`, the last relative word before `relativesSearchedTo`
    /// (nil: none) — see ``innermost(_:before:words:in:)``.
    private var lastRelative: Int?
    private var relativesSearchedTo = -1
    /// The range ``WordSets/isPast(_:in:)`` was last asked about, and its answer.
    private var pastRange: Range<Int> = 0..<0
    private var past: Int?
    private var hasPast = false
    /// For a long clause, per token from the clause's start: whether a
    /// future marker follows (from the token on), and the first token from
    /// it on that is past tense wherever the range asked about starts
    /// (see ``isPast(_:words:in:)``). Empty until a long clause asks.
    private var futureFrom: [Bool] = []
    private var nextPast: [Int32] = []
    private var tenseClause: Range<Int> = 0..<0

    /// A clause longer than this gets the tables above; a shorter one is read
    /// again for each range.
    private static let shortClause = 32

    /// The word whose positions in the reply `positions` holds (nil: not
    /// worked out yet for this reply), for ``firstPosition(of:after:in:)``.
    private var positionsWord: Int32?
    private var positions: [Int] = []

    init() {}

    /// The first token after `index` whose word is `word`, or nil. The
    /// reply's positions of `word` are found once (one walk), then each
    /// question is a binary search, so asking once per match stays linear
    /// overall ("booked ... by 5 by 5 ..." asks for "to" after the same
    /// verb for every match).
    mutating func firstPosition(of word: Int32, after index: Int, in text: ReplyText) -> Int? {
        if positionsWord != word {
            positionsWord = word
            positions.removeAll(keepingCapacity: true)
            for (t, token) in text.tokens.enumerated() where token.id == word { positions.append(t) }
        }
        var low = 0, high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] <= index { low = middle + 1 } else { high = middle }
        }
        return low < positions.count ? positions[low] : nil
    }

    /// Forgets everything, keeping the tables' storage: for the next reply
    /// or criterion.
    mutating func forget() {
        positionsWord = nil
        clause = 0..<0
        holds = false
        lastRelative = nil
        relativesSearchedTo = -1
        hasPast = false
        tenseClause = 0..<0
    }

    private mutating func enter(_ range: Range<Int>, asking ids: IDSet, members: [Int32], words: WordSets, in text: ReplyText) {
        guard range != clause || relativesSearchedTo < 0 else { return }
        clause = range
        holds = ClauseMemo.mayOccur(members, in: text) && words.contains(ids, in: range, of: text)
        lastRelative = nil
        relativesSearchedTo = range.lowerBound + 1
        hasPast = false
    }

    /// ``WordSets/contains(_:in:of:)`` for `clause`, read once per clause;
    /// a detector asks about one set `ids` only, whose members are
    /// `members`. A clause is read only when one of `members` occurs in the
    /// reply at all (``ReplyText/present``): many replies that name a time
    /// have no "will", "shall", "going" or "let", and a bit test per member
    /// costs less than the clause's walk (measured: time-frame's overruling
    /// about 10 instructions a reply fewer).
    mutating func contains(_ ids: IDSet, members: [Int32], in clause: Range<Int>, words: WordSets, of text: ReplyText) -> Bool {
        enter(clause, asking: ids, members: members, words: words, in: text)
        return holds
    }

    /// Whether one of `members` may occur in `text`: false only when the
    /// reply's bitmap of words (filled by the reader) shows none of them.
    /// A text without the bitmap (made by hand) may hold any word.
    static func mayOccur(_ members: [Int32], in text: ReplyText) -> Bool {
        if text.present.isEmpty { return true }
        for id in members where text.contains(id) { return true }
        return false
    }

    /// ``WordSets/innermost(_:before:in:)`` for `clause` (entered through
    /// ``contains(_:in:words:of:)`` first), reading each token once while
    /// `index` grows from one match to the next.
    mutating func innermost(_ clause: Range<Int>, before index: Int, words: WordSets, in text: ReplyText) -> Range<Int> {
        let end = min(index, clause.upperBound)
        guard clause == self.clause, end >= relativesSearchedTo else { return words.innermost(clause, before: index, in: text) }
        var t = end - 1
        while t >= relativesSearchedTo {
            if words.relatives.contains(text.tokens[t].id) { lastRelative = t; break }
            t -= 1
        }
        relativesSearchedTo = end
        if let lastRelative, lastRelative > clause.lowerBound { return lastRelative..<clause.upperBound }
        return clause
    }

    /// ``WordSets/isPast(_:in:)`` for `range`, a range of the clause last
    /// entered that ends where it ends (what ``innermost(_:before:words:in:)``
    /// gives): worked out once for each range in a row, and for a long
    /// clause from tables made once, so each range costs only the adverbs
    /// after its start.
    mutating func isPast(_ range: Range<Int>, words: WordSets, in text: ReplyText) -> Int? {
        if hasPast, range == pastRange { return past }
        pastRange = range
        hasPast = true
        if clause.count <= ClauseMemo.shortClause || range.upperBound != clause.upperBound || range.lowerBound < clause.lowerBound {
            past = words.isPast(range, in: text)
            return past
        }
        if tenseClause != clause || futureFrom.isEmpty { makeTenseTables(words: words, text: text) }
        past = pastFromTables(range.lowerBound, words: words, in: text)
        return past
    }

    /// ``WordSets/isPast(_:in:)`` of `start..<clause.upperBound`, read from the
    /// tables: its rules for a past-tense token depend on where the range
    /// starts only up to the first word after `start` that is no adverb.
    private func pastFromTables(_ start: Int, words: WordSets, in text: ReplyText) -> Int? {
        let tokens = text.tokens
        if futureFrom[start - clause.lowerBound] { return nil }
        let first = tokens[start]
        if words.pastVerbs.contains(first.id) { return start }
        if first.flags.contains(.endsInEd), start > 0, !first.flags.contains(.sentenceStart) { return start }
        var t = start + 1
        while t < clause.upperBound {
            let token = tokens[t]
            if words.pastVerbs.contains(token.id) { return t }
            if token.flags.contains(.endsInEd) {
                var k = t - 1
                while k > start, words.adverbs.contains(tokens[k].id) { k -= 1 }
                if !words.notPastAfter.contains(tokens[k].id) { return t }
            }
            t += 1
            if !words.adverbs.contains(token.id) { break }  // from here on, the tables
        }
        guard t < clause.upperBound else { return nil }
        let found = Int(nextPast[t - clause.lowerBound])
        return found < clause.upperBound ? found : nil
    }

    /// Makes ``futureFrom`` and ``nextPast`` for the clause last entered.
    private mutating func makeTenseTables(words: WordSets, text: ReplyText) {
        let tokens = text.tokens
        let lower = clause.lowerBound, count = clause.count
        tenseClause = clause
        futureFrom.removeAll(keepingCapacity: true)
        futureFrom.append(contentsOf: repeatElement(false, count: count + 1))
        nextPast.removeAll(keepingCapacity: true)
        nextPast.append(contentsOf: repeatElement(Int32(clause.upperBound), count: count + 1))
        // the last token before each that is no adverb (walking back no
        // further than the clause's first token), as `isPast` walks
        var lastWord = lower
        var isPastAt = [Bool](repeating: false, count: count)
        for t in clause {
            let token = tokens[t]
            if t > lower {
                if !words.adverbs.contains(tokens[t - 1].id) { lastWord = t - 1 }
                isPastAt[t - lower] = words.pastVerbs.contains(token.id)
                    || (token.flags.contains(.endsInEd) && !words.notPastAfter.contains(tokens[lastWord].id))
            }
        }
        var t = clause.upperBound - 1
        while t >= lower {
            futureFrom[t - lower] = futureFrom[t - lower + 1] || words.futureMarkers.contains(tokens[t].id)
            nextPast[t - lower] = isPastAt[t - lower] ? Int32(t) : nextPast[t - lower + 1]
            t -= 1
        }
    }
}
