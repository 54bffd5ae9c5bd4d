/// Where a phrase matched in a reply: tokens `start` through `end`, inclusive.
struct PhraseMatch: Sendable, Hashable {
    var start: Int
    var end: Int

    /// Whether the two matches share a token.
    func overlaps(_ other: PhraseMatch) -> Bool { start <= other.end && other.start <= end }
}
