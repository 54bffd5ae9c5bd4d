import Testing
@testable import LastCallKit

@Suite struct NormalisedWordsTests {
    typealias Words = ReplyReader.NormalisedWords

    /// What `words` holds for `word`: its ids and whether possessive.
    static func lookup(_ word: String, in words: Words) -> (ids: [Int32], possessive: Bool)? {
        let bytes = Array(word.utf8)
        guard let found = bytes.withUnsafeBufferPointer({ words.lookup($0) }) else { return nil }
        return (found.ids.map { words.id(at: $0) }, found.possessive)
    }

    static func insert(_ word: String, _ ids: [Int32], possessive: Bool = false, into words: inout Words) {
        let bytes = Array(word.utf8)
        _ = bytes.withUnsafeBufferPointer { words.insert($0, ids: ids, possessive: possessive) }
    }

    @Test func aWordIsFoundByItsBytesWithItsIdsAndPossessive() {
        var words = Words()
        #expect(Self.lookup("we'll", in: words) == nil)  // nothing held yet
        Self.insert("we'll", [4, 9], into: &words)
        Self.insert("customer's", [12], possessive: true, into: &words)
        Self.insert("'", [], into: &words)
        #expect(Self.lookup("we'll", in: words)?.ids == [4, 9])
        #expect(Self.lookup("we'll", in: words)?.possessive == false)
        #expect(Self.lookup("customer's", in: words)?.ids == [12])
        #expect(Self.lookup("customer's", in: words)?.possessive == true)
        #expect(Self.lookup("'", in: words)?.ids == [])
        #expect(Self.lookup("we'l", in: words) == nil)  // a prefix is another word
        #expect(Self.lookup("we'lll", in: words) == nil)
        #expect(words.count == 3)
    }

    @Test func wordsLongerThanSixteenBytesAreComparedWhole() {
        var words = Words()
        Self.insert("internationalisation's", [3], possessive: true, into: &words)
        #expect(Self.lookup("internationalisation's", in: words)?.ids == [3])
        #expect(Self.lookup("internationalisation'z", in: words) == nil)
        #expect(Self.lookup("internationalisations", in: words) == nil)
    }

    @Test func pastTheLimitTheWordsHeldAreForgotten() {
        var words = Words()
        for k in 0..<Words.limit { Self.insert("w\(k)'s", [Int32(k)], into: &words) }
        #expect(words.count == Words.limit)
        #expect(Self.lookup("w4095's", in: words)?.ids == [4095])
        Self.insert("one'more", [7], into: &words)
        #expect(words.count == 1)
        #expect(Self.lookup("w0's", in: words) == nil)
        #expect(Self.lookup("one'more", in: words)?.ids == [7])
    }

    @Test func theReaderGivesTheSameTokensWithAndWithoutItsCache() {
        // a session reads many replies through one cache: the second reading
        // of a word comes from it, and must read as the first did
        let reader = ReplyReaderTests.reader
        var cache = Words()
        for reply in ["We'll ring, the customer's parcel", "we'll sooo sorry, customers' refund, we'll", "We’ll"] {
            var cached = ReplyText(bytes: Array(reply.utf8))
            reader.read(into: &cached, cache: &cache)
            cached = ReplyText(bytes: Array(reply.utf8))
            reader.read(into: &cached, cache: &cache)
            let fresh = reader.read(reply)
            #expect(cached.tokens.map(\.id) == fresh.tokens.map(\.id))
            #expect(cached.tokens.map(\.flags.rawValue) == fresh.tokens.map(\.flags.rawValue))
            #expect(cached.usesCapitals == fresh.usesCapitals)
        }
        #expect(cache.count > 0)
    }
}
