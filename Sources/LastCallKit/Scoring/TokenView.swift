/// The parts of a ``ReplyText`` the matcher reads, held without copying
/// arrays (matching recurses through closures that would retain them);
/// valid only inside the `withUnsafeBufferPointer` call that made it.
struct TokenView {
    let tokens: UnsafeBufferPointer<ReplyToken>
    let sentences: UnsafeBufferPointer<ReplyText.Sentence>
    let usesCapitals: Bool
    /// ``ReplyText/present``: bit `id` set when word `id` occurs (what
    /// ``AnchorChunk``s are tested against).
    let present: UnsafeBufferPointer<UInt64>

    /// The end (exclusive) of the sentence holding token `pos`: no phrase
    /// reaches past it.
    @inline(__always) func sentenceEnd(of pos: Int) -> Int {
        sentences[Int(tokens[pos].sentence)].range.upperBound
    }

    /// The start of the sentence holding token `pos`.
    @inline(__always) func sentenceStart(of pos: Int) -> Int {
        sentences[Int(tokens[pos].sentence)].range.lowerBound
    }
}

extension ReplyText {
    /// Calls `body` with a ``TokenView`` of the reply.
    @inline(__always) func withTokenView<R>(_ body: (TokenView) -> R) -> R {
        tokens.withUnsafeBufferPointer { tokens in
            sentences.withUnsafeBufferPointer { sentences in
                present.withUnsafeBufferPointer { present in
                    body(TokenView(tokens: tokens, sentences: sentences, usesCapitals: usesCapitals, present: present))
                }
            }
        }
    }
}
