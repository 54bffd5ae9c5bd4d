/// One normalised word of a reply, pointing back at the bytes it came from.
///
/// A contraction gives several tokens sharing one span: `I'll` gives `i` and
/// `will`, both spanning the four bytes `I'll`.
struct ReplyToken: Sendable {
    /// The word's lexicon id, or ``Lexicon/unknown``.
    var id: Int32
    /// Byte offsets of the typed word in the reply's UTF-8.
    var start: Int32
    var end: Int32
    /// The value of a number, a clock time in minutes (for `10:42`), or -1.
    var number: Int32
    var flags: Flags
    /// The sentence and clause the word is in (indexes into ``ReplyText``).
    var sentence: Int32
    var clause: Int32

    /// What else is known about the word.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// Written with a capital first letter.
        static let capitalised = Flags(rawValue: 1 << 0)
        /// Written in digits (`48`, `10:42`).
        static let digits = Flags(rawValue: 1 << 1)
        /// A clock time written with a colon or point (`10:42`, `4.30`).
        static let clock = Flags(rawValue: 1 << 2)
        /// An ordinal (`5th`).
        static let ordinal = Flags(rawValue: 1 << 3)
        /// A question mark follows the word directly.
        static let beforeQuestionMark = Flags(rawValue: 1 << 4)
        /// A comma or other light break follows the word.
        static let beforeComma = Flags(rawValue: 1 << 5)
        /// The word ends in `ed` (a likely past tense).
        static let endsInEd = Flags(rawValue: 1 << 6)
        /// The word ends in `ing`.
        static let endsInIng = Flags(rawValue: 1 << 7)
        /// The word looks like an ordinary word, not a name (`-ly`, `-ness`...).
        static let wordLike = Flags(rawValue: 1 << 8)
        /// A possessive `'s` was dropped from the word.
        static let possessive = Flags(rawValue: 1 << 9)
        /// The first word of its sentence.
        static let sentenceStart = Flags(rawValue: 1 << 10)
        /// Not the last token of an expanded contraction (`i` of `I'll`).
        static let contractionPart = Flags(rawValue: 1 << 11)
        /// A number with a decimal part (`9.99`, `2.5`): its value is the
        /// whole part, and it is never a time.
        static let decimal = Flags(rawValue: 1 << 12)
        /// Letters then digits in one word (`AB1234`, `M25`): a code or a
        /// reference, never a name.
        static let lettersThenDigits = Flags(rawValue: 1 << 13)
        /// A number right after a currency sign (`£5`, `$20`): an amount,
        /// never a time.
        static let money = Flags(rawValue: 1 << 14)
    }
}
