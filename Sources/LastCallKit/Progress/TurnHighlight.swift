/// A reply singled out on the end card (best or weakest), with why.
public struct TurnHighlight: Sendable, Hashable {
    /// The 1-based turn number.
    public var turn: Int
    /// The reply as typed.
    public var reply: String
    /// Why it stood out.
    public var why: String

    /// Creates a highlight.
    public init(turn: Int, reply: String, why: String) {
        self.turn = turn
        self.reply = reply
        self.why = why
    }
}
