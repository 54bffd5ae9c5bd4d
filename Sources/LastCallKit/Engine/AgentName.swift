/// The name a trainee gave, taken from the words that met name-and-number
/// ("my name is Priya", "This is Sam from billing", "Cheers, Kate"), for
/// the customer to use on a later contact (`{agent}`).
enum AgentName {
    /// Words that introduce a name, as the lower-cased word before it.
    private static let leadIns: Set<String> = ["is", "i'm", "im", "i\u{2019}m", "am", "it's", "it\u{2019}s", "called", "name's", "name\u{2019}s"]
    /// Capitalised words that are never the name ("This is", "My name").
    private static let notNames: Set<String> = ["i", "i'm", "i\u{2019}m", "my", "this", "it", "it's", "it\u{2019}s", "the", "name", "cheers",
                                                "regards", "thanks", "best", "kind", "many", "speak", "here", "hi", "hello", "from"]

    /// The name in the evidence quotes, or nil when none can be picked out:
    /// the word after an introduction ("is Priya", "I'm Sam"), with a
    /// capitalised surname after it; else the last capitalised word that is
    /// not part of the introduction (a sign-off, "Priya here").
    static func from(_ evidence: [String]) -> String? {
        for quote in evidence {
            let words = quote.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "!" || $0 == ";" || $0 == ":" })
                .map { String($0).trimmingCharacters(in: "-\u{2014}()\"'") }
                .filter { !$0.isEmpty }
            for index in words.indices.dropLast() where leadIns.contains(words[index].lowercased()) {
                let candidate = words[index + 1]
                guard isName(candidate) else { continue }
                var name = candidate
                if index + 2 < words.count, isName(words[index + 2]), words[index + 2].first!.isUppercase {
                    name += " " + words[index + 2]
                }
                return name
            }
            if let last = words.last(where: { isName($0) && $0.first!.isUppercase }) { return last }
        }
        return nil
    }

    private static func isName(_ word: String) -> Bool {
        guard let first = word.first, first.isLetter else { return false }
        return !notNames.contains(word.lowercased()) && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
