import Testing
@testable import LastCallKit

@Suite struct WordKeyTests {
    static func key(_ word: String) -> WordKey {
        Array(word.utf8).withUnsafeBufferPointer { WordKey($0) }
    }

    /// The key the reader makes: the word's bytes then 16 zero bytes.
    static func paddedKey(_ word: String) -> WordKey {
        let padded = Array(word.utf8) + [UInt8](repeating: 0, count: 16)
        return padded.withUnsafeBufferPointer { WordKey(padded: $0.baseAddress!, length: word.utf8.count) }
    }

    @Test(arguments: ["", "a", "sorry", "tomorrow", "apologise", "fifteen-letters", "sixteen-letters!", "much longer than sixteen bytes", "Zoë's"])
    func thePaddedKeyIsTheKeyOfTheBytes(word: String) {
        #expect(Self.paddedKey(word) == Self.key(word))
        #expect(Self.key(word).length == word.utf8.count)
    }

    @Test func keysDifferInEveryOneOfTheFirstSixteenBytesAndInLength() {
        let word = "abcdefghijklmnop"
        for k in 0..<16 {
            var bytes = Array(word.utf8)
            bytes[k] = UInt8(ascii: "z")
            #expect(bytes.withUnsafeBufferPointer { WordKey($0) } != Self.key(word))
        }
        #expect(Self.key("ab") != Self.key("ab\0"))  // the same padded bytes, another length
        // past the 16th byte only the length tells keys apart: the tables compare the rest
        #expect(Self.key(word + "qr") == Self.key(word + "qs"))
    }

    @Test func aSlotIsInsideTheTable() {
        for word in ["", "i", "we'll", "refund", "much longer than sixteen bytes"] {
            #expect((0..<1024).contains(Self.key(word).slot(shift: 64 - 10)))
        }
    }
}
