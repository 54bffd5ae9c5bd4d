import Testing
@testable import LastCallKit

@Suite struct WordTableTests {
    static let lexicon = ScoringFixtures.rubric.lexicon
    static let table = WordTable(lexicon: lexicon)

    /// What `table` reads `word` as: its ids and ending flags.
    static func lookup(_ word: String, in table: WordTable = table) -> (ids: [Int32], endings: ReplyToken.Flags)? {
        let bytes = Array(word.utf8)
        guard let found = bytes.withUnsafeBufferPointer({ table.lookup($0) }) else { return nil }
        return (found.ids.map { table.id(at: $0) }, found.endings)
    }

    static func endings(_ word: String) -> ReplyToken.Flags {
        Array(word.utf8).withUnsafeBufferPointer { ReplyReader.endingFlags($0) }
    }

    /// The reference: a word the lexicon knows reads as itself; else a
    /// typed form reads as what the lexicon rewrites it to.
    static func expected(_ word: String) -> [Int32]? {
        if lexicon.id(word) != Lexicon.unknown { return [lexicon.id(word)] }
        return lexicon.rewriteRules.first { $0.0 == word }.map { $0.1.map { lexicon.id($0) } }
    }

    @Test func everyWordOfTheLexiconReadsAsItselfWithItsEnding() {
        #expect(Self.lexicon.words.count > 1000)
        for (id, word) in Self.lexicon.words.enumerated() {
            let found = Self.lookup(word)
            #expect(found?.ids == [Int32(id)], "\(word)")
            #expect(found?.endings == Self.endings(word), "\(word)")
        }
    }

    @Test func everyRewriteReadsAsItsWordsUnlessTheLexiconKnowsIt() {
        #expect(Self.lexicon.rewriteRules.count > 100)
        for (source, targets) in Self.lexicon.rewriteRules {
            let found = Self.lookup(source)
            if Self.lexicon.id(source) != Lexicon.unknown {
                #expect(found?.ids == [Self.lexicon.id(source)], "\(source)")
            } else {
                #expect(found?.ids == targets.map { Self.lexicon.id($0) }, "\(source)")
                #expect(found?.endings == (targets.count == 1 ? Self.endings(source) : []), "\(source)")
            }
        }
    }

    @Test func aWordTheLexiconDoesNotHoldIsNotFound() {
        let keys = Set(Self.lexicon.words + Self.lexicon.rewriteRules.map(\.0))
        var asked = 0
        for word in Self.lexicon.words + Self.lexicon.rewriteRules.map(\.0) {
            // one byte more, one byte fewer, capitalised: each found exactly when it is a key
            for variant in [word + "x", String(word.dropLast()), word.prefix(1).uppercased() + word.dropFirst()] where !variant.isEmpty {
                #expect((Self.lookup(variant) != nil) == keys.contains(variant), "\(variant)")
                asked += 1
            }
        }
        #expect(asked > 3000)
        #expect(Self.lookup("") == nil)
    }

    @Test func wordsLongerThanSixteenBytesAreComparedWhole() {
        var lexicon = Lexicon()
        let long = "internationalisation"  // 20 bytes
        let longID = lexicon.intern(long)
        let twinID = lexicon.intern("internationalisatiom")  // differs in byte 20 only
        let table = WordTable(lexicon: lexicon)
        #expect(Self.lookup(long, in: table)?.ids == [longID])
        #expect(Self.lookup("internationalisatiom", in: table)?.ids == [twinID])
        #expect(Self.lookup("internationalisatioz", in: table) == nil)
        #expect(Self.lookup("internationalisations", in: table) == nil)
        #expect(Self.lookup("internationalisatio", in: table) == nil)
    }

    /// A key's slot holds what its look-up finds: its first id, how many,
    /// its ending; and for one id, that id's number and clause start.
    @Test func anEntryHoldsWhatTheLookUpFindsAndItsIDsFacts() {
        var facts = [WordTable.IDFacts](repeating: WordTable.IDFacts(), count: Self.lexicon.words.count)
        let ten = Self.lexicon.id("ten"), but = Self.lexicon.id("but")
        facts[Int(ten)].number = 10
        facts[Int(but)].startsClause = true
        let table = WordTable(lexicon: Self.lexicon, facts: facts)
        var ones = 0
        for word in Self.lexicon.words + Self.lexicon.rewriteRules.map(\.0) {
            let bytes = Array(word.utf8)
            let found = bytes.withUnsafeBufferPointer { table.lookup($0) }
            let entry = bytes.withUnsafeBufferPointer { table.entry(WordKey($0), bytes: $0.baseAddress!) }
            guard let found, let entry else {
                Issue.record("\(word) not found")
                continue
            }
            #expect(entry.idCount == found.ids.count && entry.endings == found.endings, "\(word)")
            if let first = found.ids.first { #expect(entry.first == table.id(at: first), "\(word)") }
            if entry.idCount == 1 {
                ones += 1
                #expect(entry.number == (entry.first == ten ? 10 : -1), "\(word)")
                #expect(entry.startsClause == (entry.first == but), "\(word)")
            }
        }
        #expect(ones > 1000)
        let long = Array("internationalisationx".utf8)
        #expect(long.withUnsafeBufferPointer { table.entry(WordKey($0), bytes: $0.baseAddress!) } == nil)
    }
}
