import Foundation
import LastCallKit

/// Where the trainee's replies come from (the terminal, a file, or standard
/// input), read one line at a time as the session asks for them, never all
/// up front: `yes | lastcall play ... --replies -` plays until the
/// conversation ends and leaves the rest unread. A signal handler may ask,
/// from another thread, for the line the trainee has begun but not ended.
final class ReplySource: @unchecked Sendable {
    /// The next thing the trainee sent.
    enum Next: Equatable {
        /// A line, without its line break.
        case reply(String)
        /// The end of input.
        case end
        /// A line longer than the limit: reading stops there.
        case tooLong(line: Int)
    }

    /// Whether a person types at the terminal: there are prompts and
    /// `/commands`, and the replies are not echoed.
    let isConsole: Bool
    /// What to call the input in a message: "standard input" or the path.
    let name: String
    /// The longest line taken as a reply.
    let maximumLineLength: Int

    private let read: (Int) -> [UInt8]
    private let lock = NSLock()
    /// Bytes read but not yet returned start at `start`; `buffer[start..<scanned]`
    /// holds no line break (so a long line is not searched again per chunk).
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var isAtEnd = false
    private var lineNumber = 0
    /// The lines of a paste read so far, while it is still open.
    private var pasted: [String] = []
    private var pastedLineCount = 0
    private var isPasteCut = false

    private init(isConsole: Bool, name: String, maximumLineLength: Int, read: @escaping (Int) -> [UInt8]) {
        self.isConsole = isConsole
        self.name = name
        self.maximumLineLength = maximumLineLength
        self.read = read
    }

    /// Replies typed at the terminal, through the console.
    static func typed(on console: any Console, maximumLineLength: Int = InputFile.maximumSize) -> ReplySource {
        ReplySource(isConsole: true, name: "the terminal", maximumLineLength: maximumLineLength) { console.readInput(maximumCount: $0) }
    }

    /// Scripted replies on standard input (`--replies -`), through the console.
    static func standardInput(of console: any Console, maximumLineLength: Int = InputFile.maximumSize) -> ReplySource {
        ReplySource(isConsole: false, name: "standard input", maximumLineLength: maximumLineLength) { console.readInput(maximumCount: $0) }
    }

    /// Scripted replies from a file.
    static func file(_ handle: FileHandle, name: String, maximumLineLength: Int = InputFile.maximumSize) -> ReplySource {
        ReplySource(isConsole: false, name: name, maximumLineLength: maximumLineLength) { count in
            guard let data = try? handle.read(upToCount: count) else { return [] }
            return [UInt8](data)
        }
    }

    /// Waits for the next reply: at the terminal, the lines of one paste
    /// (see ``PasteMarks``) come as one reply; elsewhere, a line.
    func next() -> Next {
        let first = nextLine()
        lock.withLock {
            pastedLineCount = 0
            isPasteCut = false
        }
        guard isConsole, case .reply(let line) = first, PasteMarks.isMarked(line) else { return first }
        lock.withLock { pasted = [line] }
        var isOpen = PasteMarks.isOpen(line)
        var length = line.unicodeScalars.count
        while isOpen {
            switch nextLine() {
            case .reply(let more):
                // Past a reply's limit the rest of the paste is read but not
                // kept: the reply is refused as too long either way, and the
                // lines after it must not arrive as replies of their own.
                if length <= SessionRecord.maximumReplyLength {
                    length += more.unicodeScalars.count
                    lock.withLock { pasted.append(more) }
                } else {
                    lock.withLock { isPasteCut = true }
                }
                isOpen = !PasteMarks.isMarked(more) || PasteMarks.isOpen(PasteMarks.start + more)
            case .end:
                // The input ended inside the paste: what came of it is the reply.
                isOpen = false
            case .tooLong(let number):
                lock.withLock { pasted = [] }
                return .tooLong(line: number)
            }
        }
        return lock.withLock {
            defer { pasted = [] }
            pastedLineCount = pasted.count
            return .reply(PasteMarks.joined(pasted))
        }
    }

    /// How many lines the last reply was pasted as (0 when it was typed).
    var lastPastedLineCount: Int {
        lock.withLock { pastedLineCount }
    }

    /// Whether the last reply was a paste too long to keep whole: its end
    /// was read and dropped, so it must not be sent.
    var lastPasteWasCut: Bool {
        lock.withLock { isPasteCut }
    }

    /// Waits for the next line (LF or CRLF; a byte order mark before the
    /// first is dropped). A last line without a line break is a line.
    private func nextLine() -> Next {
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                return takeLine(upTo: end, resumingAt: newline + 1)
            }
            scanned = buffer.count
            if buffer.count - start > maximumLineLength { return .tooLong(line: lineNumber + 1) }
            if isAtEnd {
                guard start < buffer.count else { return .end }
                return takeLine(upTo: buffer.count, resumingAt: buffer.count)
            }
            if start > 0 {
                buffer.removeFirst(start)
                scanned -= start
                start = 0
            }
            // Read without the lock, so a signal handler can still ask for
            // the unfinished line while this waits for the trainee.
            lock.unlock()
            let chunk = read(1 << 16)
            lock.lock()
            if chunk.isEmpty { isAtEnd = true } else { buffer += chunk }
        }
    }

    /// The text of a line the trainee has begun and not ended (the session
    /// is waiting on it), or nil. Lines already ended but not yet played are
    /// not part of the session and are not included.
    /// Lines of a paste not yet closed are part of it.
    var unfinishedLine: String? {
        lock.lock()
        defer { lock.unlock() }
        var lines = pasted
        if start < buffer.count, !buffer[start...].contains(0x0A) {
            lines.append(Self.text(buffer[start...], isFirst: lineNumber == 0))
        }
        guard !lines.isEmpty else { return nil }
        let text = isConsole && lines.contains(where: PasteMarks.isMarked) ? PasteMarks.joined(lines) : lines.joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    private func takeLine(upTo end: Int, resumingAt next: Int) -> Next {
        guard end - start <= maximumLineLength else { return .tooLong(line: lineNumber + 1) }
        let text = Self.text(buffer[start..<end], isFirst: lineNumber == 0)
        lineNumber += 1
        start = next
        scanned = next
        return .reply(text)
    }

    private static func text(_ bytes: ArraySlice<UInt8>, isFirst: Bool) -> String {
        var bytes = bytes
        if isFirst, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
