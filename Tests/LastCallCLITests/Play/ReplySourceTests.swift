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
