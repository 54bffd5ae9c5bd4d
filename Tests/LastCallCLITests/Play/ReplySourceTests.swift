import Testing
@testable import LastCallCLI

@Suite struct ReplySourceTests {
    /// A source over `chunks`, delivered as they are, one per read, as a
    /// pipe would.
    func source(_ chunks: [String], limit: Int = 1 << 20) -> ReplySource {
        let console = FakeConsole(input: chunks)
        console.addsLineBreaks = false
        return .standardInput(of: console, maximumLineLength: limit)
    }

    func drain(_ replies: ReplySource) -> [ReplySource.Next] {
        var all: [ReplySource.Next] = []
        while true {
            let next = replies.next()
            all.append(next)
            if !next.isReply { return all }
        }
    }

    @Test func linesEndAtLFOrCRLFAndALastLineNeedsNoBreak() {
        let replies = source(["one\r\ntw", "o\nthree\n\nfour"])
        #expect(drain(replies) == [.reply("one"), .reply("two"), .reply("three"), .reply(""), .reply("four"), .end])
    }

    @Test func aByteOrderMarkIsDroppedFromTheFirstLineOnly() {
        let replies = source(["\u{FEFF}sorry\n\u{FEFF}again\n"])
        #expect(drain(replies) == [.reply("sorry"), .reply("\u{FEFF}again"), .end])
    }

    @Test func aLineOverTheLimitStopsReadingAndSaysWhichLine() {
        let replies = source(["short\n0123456789", "ABCDEF\nnever read\n"], limit: 10)
        #expect(replies.next() == .reply("short"))
        #expect(replies.next() == .tooLong(line: 2))
    }

    @Test func aLineOfExactlyTheLimitIsAReply() {
        let replies = source(["0123456789\n"], limit: 10)
        #expect(drain(replies) == [.reply("0123456789"), .end])
    }

    @Test func theUnfinishedLineIsWhatArrivedAfterTheLastLineBreak() {
        let replies = source(["I'm so sorry\n", "I'll call you by"])
        #expect(replies.unfinishedLine == nil)
        #expect(replies.next() == .reply("I'm so sorry"))
        #expect(replies.unfinishedLine == nil)
        // A reader waiting for the second line holds what came of it so far;
        // reading ends there (the fake has no more), so the line is returned.
        #expect(replies.next() == .reply("I'll call you by"))
        #expect(replies.next() == .end)
    }

    @Test func aHalfLineWaitingInTheBufferIsUnfinished() {
        // The console delivers a whole line and half of the next in one read.
        let replies = source(["first\nsecond half"])
        #expect(replies.next() == .reply("first"))
        #expect(replies.unfinishedLine == "second half")
    }

    @Test func completeLinesNotYetPlayedAreNotAnUnfinishedReply() {
        let replies = source(["first\nsecond\nthird"])
        #expect(replies.next() == .reply("first"))
        #expect(replies.unfinishedLine == nil)
    }

    @Test func manyShortLinesInOneChunkAreEachReadOnce() {
        let replies = source([String(repeating: "y\n", count: 20_000)])
        var lines: [String] = []
        while case .reply(let line) = replies.next() { lines.append(line) }
        #expect(lines == Array(repeating: "y", count: 20_000))
    }
}

extension ReplySource.Next {
    var isReply: Bool {
        if case .reply = self { return true }
        return false
    }
}

/// Pasted text at the terminal, between the marks the terminal puts around
/// it (bracketed paste): one reply however many lines, the marks dropped.
@Suite struct ReplySourcePasteTests {
    static let start = PasteMarks.start, end = PasteMarks.end

    /// Typed at the terminal: the chunks as the terminal delivers them.
    func typed(_ chunks: [String]) -> ReplySource {
        let console = FakeConsole(input: chunks, isInteractive: true)
        console.addsLineBreaks = false
        return .typed(on: console)
    }

    @Test func thePastedLinesOfAParagraphAreOneReply() {
        let replies = typed(["\(Self.start)I am so sorry.\n", "I'll chase it myself\n", "  and call you by 3pm.\(Self.end)\n", "next\n"])
        #expect(replies.next() == .reply("I am so sorry. I'll chase it myself and call you by 3pm."))
        #expect(replies.lastPastedLineCount == 3)
        #expect(replies.next() == .reply("next"))
        #expect(replies.lastPastedLineCount == 0)
        #expect(replies.next() == .end)
    }

    @Test(arguments: [
        ("\(start)sorry\(end) about that\n", "sorry about that"),
        ("I'm \(start)so sorry\(end)\n", "I'm so sorry"),
        ("\(start)sorry\n\n\nagain\n\(end)\n", "sorry again"),
        ("\(start)sorry\r\nagain\(end)\r\n", "sorry again"),
    ])
    func marksBlankLinesAndLineEndsAreDropped(input: String, reply: String) {
        #expect(typed([input]).next() == .reply(reply))
    }

    /// A file or pipe is not the terminal: its lines are taken as they are.
    @Test func scriptedRepliesAreNotJoined() {
        let console = FakeConsole(input: ["\(Self.start)one\ntwo\(Self.end)\n"])
        console.addsLineBreaks = false
        let replies = ReplySource.standardInput(of: console)
        #expect(replies.next() == .reply("\(Self.start)one"))
        #expect(replies.next() == .reply("two\(Self.end)"))
    }

    /// The input ending inside a paste keeps what came of it.
    @Test func anInputThatEndsInsideAPasteKeepsItsLines() {
        let replies = typed(["\(Self.start)one\n", "two\n"])
        #expect(replies.next() == .reply("one two"))
        #expect(replies.next() == .end)
    }

    /// Ctrl-C while the end of a paste waits for Enter: the unfinished
    /// reply holds every pasted line, not only the last.
    @Test func theUnfinishedReplyHoldsTheWholeOpenPaste() {
        let console = WatchingConsole(chunks: ["\(Self.start)one\n", "two\n", "three\(Self.end)"])
        let replies = ReplySource.typed(on: console)
        console.onRead = { count in
            if count == 4 { console.seen = replies.unfinishedLine }
        }
        #expect(replies.next() == .reply("one two three"))
        #expect(console.seen == "one two three")
    }
}

/// A console that hands out `chunks` one per read and tells `onRead` how
/// many reads have been made before each, to look at the source mid-read.
final class WatchingConsole: Console, @unchecked Sendable {
    var chunks: [String]
    var reads = 0
    var onRead: (Int) -> Void = { _ in }
    var seen: String?

    init(chunks: [String]) { self.chunks = chunks }

    func write(_ text: String) {}
    func writeError(_ text: String) {}
    func readLine() -> String? { nil }
    func readInput(maximumCount: Int) -> [UInt8] {
        reads += 1
        onRead(reads)
        return chunks.isEmpty ? [] : Array(chunks.removeFirst().utf8)
    }
    var isInteractive: Bool { true }
    var width: Int { 80 }
    var usesColor: Bool { false }
}
