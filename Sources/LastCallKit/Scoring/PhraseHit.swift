/// One match of phrase `phrase` of a ``CompiledPhrases``: tokens `start`
/// through `end`, inclusive.
struct PhraseHit: Sendable {
    var phrase: Int32
    var start: Int32
    var end: Int32

    var match: PhraseMatch { PhraseMatch(start: Int(start), end: Int(end)) }
}
