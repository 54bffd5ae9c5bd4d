/// The words the scorer knows, each with a small integer id, and the
/// spelling rules that turn what a trainee typed into those words.
///
/// Normalising a word: curly apostrophes become `'`, letters are lower-cased,
/// contractions are expanded (`i'll`, `ill` -> `i will`; `won't` -> `will not`),
/// British and American spellings and common typos map to one form
/// (`apologize`, `appologise` -> `apologise`; `tommorow` -> `tomorrow`), and
/// runs of three or more of one letter shrink to two (`sorrry` -> `sorry`).
/// Words the lexicon has never seen get ``unknown``.
public struct Lexicon: Sendable {
    /// The id of a word the lexicon does not know.
    public static let unknown: Int32 = -1

    private var ids: [String: Int32] = [:]
    private(set) var words: [String] = []
    /// Whether the word with an id is a common English word (never a name).
    private(set) var isCommon: [Bool] = []
    /// Whole-word rewrites: a typed form to the words it stands for.
    private var rewrites: [String: [String]] = [:]

    /// A lexicon holding the built-in spellings and common words.
    public init() {
        for line in LexiconData.rewrites.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let targets = parts[1].split(separator: " ").map(String.init)
            for source in parts[0].split(separator: " ") {
                rewrites[String(source)] = targets
            }
        }
        for word in LexiconData.commonWords.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let id = intern(String(word))
            isCommon[Int(id)] = true
        }
        for word in (SlotRules.requiredWords + " " + LexiconData.detectorWords + " " + DueWords.vocabulary + " " + TimeFrameDetector.vocabulary).split(separator: " ") {
            intern(String(word))
        }
    }

    /// Every whole-word rewrite: a typed form and the words it stands for.
    var rewriteRules: [(String, [String])] { rewrites.map { ($0.key, $0.value) } }

    /// The id of `word` (already normalised), adding it when new.
    @discardableResult
    public mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(words.count)
        ids[word] = id
        words.append(word)
        isCommon.append(false)
        return id
    }

    /// The id of a normalised word, or ``unknown``.
    public func id(_ word: String) -> Int32 { ids[word] ?? Lexicon.unknown }

    /// The ids of several normalised words (unknown ones left out).
    func ids(_ list: String) -> Set<Int32> {
        Set(list.split(separator: " ").compactMap { ids[String($0)] })
    }

    /// The normalised text of an id, for explanations.
    public func word(_ id: Int32) -> String { id >= 0 && Int(id) < words.count ? words[Int(id)] : "?" }

    /// Whether `id` is a common English word.
    func common(_ id: Int32) -> Bool { id >= 0 && isCommon[Int(id)] }

    /// The normalised words a typed word stands for: `"I'll"` -> `["i", "will"]`.
    /// `word` must be lower-cased with apostrophes already straightened.
    public func normalise(_ word: String) -> [String] {
        if let target = rewrites[word] { return target }
        if ids[word] != nil { return [word] }
        // in ASCII, where every byte is a Character, the apostrophe is looked
        // for as a byte (a Character search was a tenth of normalising)
        let isASCII = !word.utf8.contains { $0 >= 0x80 }
        if let apostrophe = isASCII ? word.utf8.lastIndex(of: UInt8(ascii: "'")) : word.lastIndex(of: "'") {
            let base = String(word[..<apostrophe])
            let suffix = word[word.index(after: apostrophe)...]
            if base.isEmpty { return suffix.isEmpty ? [] : normalise(String(suffix)) }
            switch suffix {
            case "ll": return normalise(base) + ["will"]
            case "ve": return normalise(base) + ["have"]
            case "re": return normalise(base) + ["are"]
            case "d": return normalise(base) + ["would"]
            case "m": return normalise(base) + ["am"]
            case "s":
                if LexiconData.isPronounBeforeIs.contains(base) { return normalise(base) + ["is"] }
                return normalise(base)
            case "t" where base.hasSuffix("n"):
                return normalise(String(base.dropLast())) + ["not"]
            case "": return normalise(base)
            default: return normalise(base + String(suffix))
            }
        }
        let squeezed = Lexicon.squeezeRuns(word)
        if squeezed != word { return normalise(squeezed) }
        return [word]
    }

    /// Shrinks runs of three or more of one letter to two (`sooorry` -> `soorry`).
    static func squeezeRuns(_ word: String) -> String {
        if !hasRun(word) { return word }  // most words: no copy
        var out: [UInt8] = []
        out.reserveCapacity(word.utf8.count)
        for b in word.utf8 {
            let n = out.count
            if n >= 2, out[n - 1] == b, out[n - 2] == b, b >= 0x61, b <= 0x7A { continue }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `word` has three of one letter (a to z) in a row.
    private static func hasRun(_ word: String) -> Bool {
        var last: UInt8 = 0, run = 0
        for b in word.utf8 {
            run = b == last ? run + 1 : 1
            last = b
            if run >= 3, b >= 0x61, b <= 0x7A { return true }
        }
        return false
    }
}
