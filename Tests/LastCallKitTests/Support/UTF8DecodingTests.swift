import Testing
@testable import LastCallKit

@Suite struct UTF8DecodingTests {
    @Test(arguments: [
        ([0x41], 0x41, 1),
        ([0xC3, 0xA9], 0xE9, 2),                    // é
        ([0xE2, 0x82, 0xAC], 0x20AC, 3),            // €
        ([0xF0, 0x9F, 0x98, 0x80], 0x1F600, 4),     // 😀
        ([0xF4, 0x8F, 0xBF, 0xBF], 0x10FFFF, 4),    // the last scalar
    ] as [([UInt8], UInt32, Int)])
    func decodesWellFormedSequences(bytes: [UInt8], value: UInt32, length: Int) {
        let decoded = bytes.withUnsafeBufferPointer { UTF8Decoding.scalar(in: $0, at: 0) }
        #expect(decoded.value == value)
        #expect(decoded.length == length)
        #expect(UTF8Decoding.isValid(bytes))
    }

    @Test(arguments: [
        [0x80],                          // a continuation byte with no lead
        [0xC0, 0x80],                    // overlong NUL
        [0xC1, 0xBF],                    // overlong
        [0xE0, 0x80, 0x80],              // overlong three-byte form
        [0xED, 0xA0, 0x80],              // a surrogate, U+D800
        [0xF0, 0x80, 0x80, 0x80],        // overlong four-byte form
        [0xF4, 0x90, 0x80, 0x80],        // above U+10FFFF
        [0xF5, 0x80, 0x80, 0x80],        // a lead byte that never occurs
        [0xC3],                          // cut short
        [0xE2, 0x82],                    // cut short
        [0xE2, 0x41, 0x82],              // a continuation missing
    ] as [[UInt8]])
    func rejectsEveryIllFormedSequence(bytes: [UInt8]) {
        #expect(bytes.withUnsafeBufferPointer { UTF8Decoding.scalar(in: $0, at: 0) }.length == 0)
        #expect(!UTF8Decoding.isValid(bytes))
        #expect(!UTF8Decoding.isValid(Array("ok ".utf8) + bytes + Array(" ok".utf8)))
    }

    /// Every input of the given shape on which the decoder and the
    /// standard library's validation disagree.
    static func disagreements(_ inputs: [[UInt8]]) -> [[UInt8]] {
        inputs.filter { UTF8Decoding.isValid($0) != (String(validating: $0, as: UTF8.self) != nil) }
    }

    @Test func agreesWithTheStandardLibraryOnEveryTwoByteInput() {
        let inputs = (0...0xFFFF).map { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(Self.disagreements(inputs) == [])
    }

    @Test func agreesWithTheStandardLibraryAroundEverySecondByteBoundary() {
        // Each lead byte with every second byte, then two continuation bytes:
        // the second byte is where overlongs, surrogates and the top limit show.
        let inputs: [[UInt8]] = (0xC0...0xFF).flatMap { lead in (0...0xFF).map { [UInt8(lead), UInt8($0), 0x80, 0x80] as [UInt8] } }
        #expect(Self.disagreements(inputs) == [])
    }

    @Test func findsABadSequenceAtEveryOffsetOfALongASCIIText() {
        // the ASCII fast path reads eight bytes at a time: a bad or a good
        // multi-byte sequence at any offset, and at the very end, still counts
        let ascii = Array("I'll call you back by 4pm today, promise.".utf8)
        let sequences: [[UInt8]] = [[0xFF], [0x80], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80], [0xC3, 0xA9]]
        var inputs: [[UInt8]] = []
        for offset in 0...ascii.count {
            for sequence in sequences { inputs.append(Array(ascii[..<offset]) + sequence + Array(ascii[offset...])) }
        }
        #expect(Self.disagreements(inputs) == [])
        #expect(inputs.contains { UTF8Decoding.isValid($0) } && inputs.contains { !UTF8Decoding.isValid($0) })
    }

    @Test func anEmptyInputIsValid() {
        #expect(UTF8Decoding.isValid([]))
    }
}
