/// Matches the phrases of `mentions` conditions against replies, in the
/// rubric's phrase notation (see ``PhrasePattern``) and with its matcher:
/// whole words in any case, `(a|b)` alternatives, `[x]` optional words,
/// `...` gaps, slots, contractions (`she will` matches "She'll") and the
/// rubric's spelling variants. On top of the rubric's rules every plain word
/// of four letters or more also matches its endings (`transfer` matches
/// "transfers", "transferred", "transferring"), since a trainer writing
/// `mentions transfer` means the word in any form.
///
/// Built once per scenario from every phrase it mentions; matching then
/// reads a reply once per condition tried.
public struct WordMatcher: Sendable {
    private let reader: ReplyReader
    private let matcher: PhraseMatcher
    private let bank: CompiledPhrases
    /// Each phrase's index in `bank`.
    private let index: [String: Int]

    /// A lexicon with the built-in words only, copied for each compilation
    /// (building it is the costly part).
    private static let baseLexicon = Lexicon()

    /// Compiles `phrases`; a phrase that cannot be read (``check(_:)`` says
    /// why) never matches.
    public init(phrases: [String]) {
        var lexicon = Self.baseLexicon
        var patterns: [PhrasePattern] = []
        var index: [String: Int] = [:]
        for phrase in phrases where index[phrase] == nil {
            guard let pattern = try? Self.compile(phrase, lexicon: &lexicon) else { continue }
            index[phrase] = patterns.count
            patterns.append(pattern)
        }
        reader = ReplyReader(lexicon: lexicon)
        matcher = PhraseMatcher(lexicon: lexicon, fillers: [])
        bank = CompiledPhrases(patterns)
        self.index = index
    }

    /// The matcher for every `mentions` phrase of `scenario`, or nil when it
    /// has none.
    public init?(mentionsIn scenario: Scenario) {
        let phrases = scenario.steps.flatMap { $0.next.flatMap { $0.conditions.flatMap(\.mentionedPhrases) } }
        guard !phrases.isEmpty else { return nil }
        self.init(phrases: phrases)
    }

    /// Why `phrase` cannot be used in `mentions`, or nil when it can.
    public static func check(_ phrase: String) -> PhrasePatternError? {
        var lexicon = baseLexicon
        do {
            _ = try compile(phrase, lexicon: &lexicon)
            return nil
        } catch {
            return error
        }
    }

    /// Whether `reply` mentions `phrase` (one of the phrases compiled).
    public func mentions(_ phrase: String, in reply: String) -> Bool {
        guard let at = index[phrase] else { return false }
        let text = reader.read(reply)
        var found = false
        matcher.matches(of: at, in: bank, text: text) { _ in found = true }
        return found
    }

    /// Whether `text` mentions `phrase`, compiling it for this one test.
    public static func contains(_ text: String, phrase: String) -> Bool {
        WordMatcher(phrases: [phrase]).mentions(phrase, in: text)
    }

    /// Compiles `phrase` with the rubric's compiler, then widens each plain
    /// word to its endings.
    private static func compile(_ phrase: String, lexicon: inout Lexicon) throws(PhrasePatternError) -> PhrasePattern {
        let pattern = try PhrasePattern.parse(phrase.lowercased(), lexicon: &lexicon)
        let elements = pattern.elements.map { withEndings($0, lexicon: &lexicon) }
        return PhrasePattern(source: pattern.source, elements: elements)
    }

    private static func withEndings(_ element: PhraseElement, lexicon: inout Lexicon) -> PhraseElement {
        switch element {
        case .word(let id):
            let word = lexicon.word(id)
            var ids: [Int32] = []
            for form in endings(of: word) {
                // a form the lexicon spells another way is matched as that
                let normal = lexicon.normalise(form)
                guard normal.count == 1 else { continue }
                let formID = lexicon.intern(normal[0])
                if formID != id, !ids.contains(formID) { ids.append(formID) }
            }
            guard !ids.isEmpty else { return element }
            return .choice([[.word(id)]] + ids.map { [.word($0)] }, optional: false)
        case .choice(let alternatives, let optional):
            return .choice(alternatives.map { $0.map { withEndings($0, lexicon: &lexicon) } }, optional: optional)
        case .slot, .gap:
            return element
        }
    }

    /// The inflected forms of a plain word of four letters or more: `-s`,
    /// `-es`, `-ed`, `-ing`, with a final `e` dropped, a final `y` after a
    /// consonant turned to `i`, and a final consonant doubled. Forms that
    /// are not words never occur in a reply, so a spare one costs nothing.
    static func endings(of word: String) -> [String] {
        let letters = Array(word)
        guard letters.count >= 4, letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return [] }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let last = letters[letters.count - 1], beforeLast = letters[letters.count - 2]
        var forms: [String] = []
        if last == "e" {
            let stem = String(letters.dropLast())
            forms += [word + "s", word + "d", stem + "ing"]
        } else if last == "y", !vowels.contains(beforeLast) {
            let stem = String(letters.dropLast())
            forms += [stem + "ies", stem + "ied", word + "ing"]
        } else {
            forms += [word + "s", word + "es", word + "ed", word + "ing"]
            if !vowels.contains(last), !"wxy".contains(last), vowels.contains(beforeLast) {
                forms += [word + String(last) + "ed", word + String(last) + "ing"]
            }
        }
        return forms
    }
}
