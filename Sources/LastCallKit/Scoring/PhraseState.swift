/// What the matcher knows of one phrase while it reads a reply, in 32 bits
/// (one per phrase of the bank, in ``PhraseStates``, so hundreds fit in a
/// few cache lines; all zero is the state at the start of a reply).
///
/// Layout of ``rawValue``: bits 0-29 the first token a next match may start
/// at (a phrase's matches do not overlap); bits 30-31 an ``Anchors`` value.
struct PhraseState: Sendable {
    private(set) var rawValue: UInt32

    /// Whether the phrase's anchor words (one of which every match holds)
    /// occur in the reply; looked up the first time the phrase is tried.
    enum Anchors: UInt32 {
        case unknown = 0
        case present = 1
        case absent = 2
    }

    private static let startMask: UInt32 = 0x3FFF_FFFF
    private static let anchorShift: UInt32 = 30

    /// Nothing known yet: the state of every phrase at the start of a reply.
    @inline(__always) init() { rawValue = 0 }

    /// The state whose ``rawValue`` is `rawValue` (as ``PhraseStates`` stores it).
    @inline(__always) init(rawValue: UInt32) { self.rawValue = rawValue }

    /// After a match ending before token `end`: the anchors present, and the
    /// next match starting at `end` or later.
    @inline(__always) init(matchedUpTo end: Int) {
        rawValue = Anchors.present.rawValue << PhraseState.anchorShift | UInt32(min(end, Int(PhraseState.startMask)))
    }

    @inline(__always) var anchors: Anchors {
        get { Anchors(rawValue: rawValue >> PhraseState.anchorShift) ?? .absent }
        set { rawValue = rawValue & PhraseState.startMask | newValue.rawValue << PhraseState.anchorShift }
    }

    /// The first token a next match may start at.
    @inline(__always) var nextStart: Int { Int(rawValue & PhraseState.startMask) }

    /// Whether the phrase cannot match from token `start`: it overlaps the
    /// last match, or the phrase's anchor words are absent.
    @inline(__always) func rulesOut(_ start: Int) -> Bool {
        nextStart > start || rawValue >= Anchors.absent.rawValue << PhraseState.anchorShift
    }
}
