/// Case-insensitive whole-word phrase matching for `mentions` conditions.
public enum WordMatcher {
    /// Whether `text` holds `phrase` as whole words, ignoring case,
    /// punctuation and runs of spaces.
    public static func contains(_ text: String, phrase: String) -> Bool {
        let words = tokens(text), wanted = tokens(phrase)
        guard !wanted.isEmpty, words.count >= wanted.count else { return false }
        for start in 0...(words.count - wanted.count) where words[start] == wanted[0] {
            if words[start..<(start + wanted.count)].elementsEqual(wanted) { return true }
        }
        return false
    }

    /// The lowercased words of `text` (letters, digits and inner apostrophes).
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if (scalar == "'" || scalar == "\u{2019}"), !current.isEmpty {
                current.unicodeScalars.append("'")
            } else if !current.isEmpty {
                result.append(current.hasSuffix("'") ? String(current.dropLast()) : current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current.hasSuffix("'") ? String(current.dropLast()) : current) }
        return result
    }
}
