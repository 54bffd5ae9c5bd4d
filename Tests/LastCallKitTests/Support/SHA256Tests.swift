import Testing
@testable import LastCallKit

/// SHA-256 pinned to known answers: scenario hashes in every stored session
/// and every derived id depend on it never changing.
@Suite struct SHA256Tests {
    @Test(arguments: [
        // FIPS 180-4 examples (NIST CSRC "SHA256.pdf") and the NIST long message.
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ("caf\u{E9} \u{2615}", "a7e46d54289812af2aa5b08c2fbab5d24bccfc6586df55b187272c8a2a31c85f"),
    ])
    func knownAnswers(text: String, digest: String) {
        #expect(SHA256.hex(text) == digest)
        #expect(SHA256.hex(bytes: SHA256.digest(Array(text.utf8))) == digest)
    }

    /// Lengths either side of where padding spills into a second block.
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func blockBoundaries(length: Int, digest: String) {
        #expect(SHA256.hex(String(repeating: "a", count: length)) == digest)
    }

    @Test func aMillionAs() {
        #expect(SHA256.hex(bytes: SHA256.digest([UInt8](repeating: 0x61, count: 1_000_000)))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func anyCollectionOfBytesGivesTheSameDigest() {
        let bytes = Array("abc".utf8)
        #expect(SHA256.digest(bytes[...]) == SHA256.digest(bytes))
        #expect(SHA256.digest("abc".utf8) == SHA256.digest(bytes))
        #expect(SHA256.digest(bytes).count == 32)
    }
}
