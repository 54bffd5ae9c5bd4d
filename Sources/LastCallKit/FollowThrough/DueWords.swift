/// The due-time meaning of every lexicon word, as one byte per lexicon id:
/// resolution reads a token's kind with one array load.
struct DueWords: Sendable {
    /// The words resolution needs; ``Lexicon`` interns them all, so each
    /// has an id whatever the rubric's phrases say.
    static let vocabulary = """
        today tonight tomorrow morning afternoon evening night lunchtime lunch noon midday midnight am pm o'clock \
        half quarter past to till until through or and now immediately instantly away once speak this next coming \
        first thing end close business play day days week weeks weekend month months fortnight hour hours minute \
        minutes second seconds working calendar full couple a an the from by before then \
        monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays \
        january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
        """

    private let kinds: [DueWord]

    init(lexicon: Lexicon) {
        var kinds = [DueWord](repeating: .none, count: lexicon.words.count)
        func set(_ words: String, _ kind: DueWord) {
            for word in words.split(separator: " ") {
                let id = lexicon.id(String(word))
                if id >= 0, Int(id) < kinds.count { kinds[Int(id)] = kind }
            }
        }
        set("today", .today); set("tonight", .tonight); set("tomorrow", .tomorrow)
        set("morning", .morning); set("afternoon", .afternoon); set("evening night", .evening); set("lunchtime lunch", .lunchtime)
        set("noon midday", .noon); set("midnight", .midnight); set("am", .am); set("pm", .pm); set("o'clock", .oclock)
        set("half", .half); set("quarter", .quarter); set("past", .past); set("to through or and", .to)
        set("now immediately instantly away once speak", .now); set("this", .this); set("next coming", .next)
        set("first", .first); set("thing", .thing); set("end close", .end); set("play", .businessDay); set("business working", .working)
        set("day days", .day); set("week weeks", .week); set("weekend", .weekend); set("month months", .month); set("fortnight", .fortnight)
        set("hour hours", .hour); set("minute minutes", .minute); set("second seconds", .second)
        set("couple", .couple); set("a an", .article); set("the", .the); set("from", .from); set("by before until till", .by)
        set("calendar full", .calendar); set("then", .then)
        for day in Weekday.allCases {
            let name = day.name.lowercased()
            set("\(name) \(name)s", .weekday(day))
        }
        let months = ["january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
                      "september sep sept", "october oct", "november nov", "december dec"]
        for (index, names) in months.enumerated() { set(names, .month(index + 1)) }
        self.kinds = kinds
    }

    /// The tokens of the time that "then" at `start` ("before then") points
    /// back to: the nearest time named before it in the reply ("I'm here
    /// until 6pm today, so I'll ring you back before then" gives "until 6pm
    /// today"), or nil when none was. A bare number counts only after "by",
    /// "until" ("until 6"), and "may" only beside a number, so "I may call"
    /// names no time. The time's words run out from its anchor over the
    /// time words and numbers of its sentence.
    func antecedent(of start: Int, in tokens: [ReplyToken]) -> ClosedRange<Int>? {
        var anchor = start - 1
        while anchor >= 0, !isAnchor(anchor, in: tokens) { anchor -= 1 }
        guard anchor >= 0 else { return nil }
        func isTimeWord(_ i: Int) -> Bool {
            tokens[i].sentence == tokens[anchor].sentence && (self[tokens[i].id] != .none || tokens[i].number >= 0)
                && self[tokens[i].id] != .then && self[tokens[i].id] != .now
        }
        var lower = anchor, upper = anchor
        while lower > 0, isTimeWord(lower - 1) { lower -= 1 }
        while upper + 1 < start, isTimeWord(upper + 1) { upper += 1 }
        // an "and" or "the" on either edge joins nothing
        while lower < anchor, self[tokens[lower].id] == .to { lower += 1 }
        while upper > anchor, self[tokens[upper].id].isLinking { upper -= 1 }
        return lower...upper
    }

    /// Whether token `i` names a time by itself (see ``antecedent(of:in:)``).
    private func isAnchor(_ i: Int, in tokens: [ReplyToken]) -> Bool {
        let token = tokens[i]
        if token.flags.contains(.clock) || token.flags.contains(.ordinal) { return true }
        if token.number >= 0 { return i > 0 && self[tokens[i - 1].id] == .by }
        let kind = self[token.id]
        guard kind.isAnchor else { return false }
        if kind.month == 5 {
            return (i > 0 && tokens[i - 1].number >= 0) || (i + 1 < tokens.count && tokens[i + 1].number >= 0)
        }
        return true
    }

    /// The kind of the word with lexicon id `id`.
    @inline(__always) subscript(id: Int32) -> DueWord {
        id >= 0 && Int(id) < kinds.count ? kinds[Int(id)] : .none
    }
}
