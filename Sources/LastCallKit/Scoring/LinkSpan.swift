/// Where a link, an email address or an @handle starts and ends in a reply's
/// bytes. The reader skips such a span like a space: the words of a URL
/// ("/sorry-for-the-delay", "/we-apologize-i-will-call-you-by-5pm") or a
/// handle ("@tom_support") are no part of what the agent said, so they must
/// neither meet nor break a criterion. The data sets' placeholders `<URL>`
/// and `<USER>` stand for the same things and are skipped alike.
enum LinkSpan {
    /// The end (exclusive) of the link starting at `start`, or nil when the
    /// run of characters from `start` (up to a space, a quote or a bracket)
    /// is no link. Punctuation closing a sentence or clause just after a
    /// link ("see https://x.com/help.") is left out of it, so the reader
    /// still sees the break. `start` should begin a run: after a space, a
    /// bracket or a quote, or at the reply's start.
    static func end(in p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        if let placeholder = placeholderEnd(in: p, from: start) { return placeholder }
        let runEnd = self.runEnd(in: p, from: start)
        var end = runEnd
        while end > start, isClosingPunctuation(p[end - 1]) { end -= 1 }
        guard end - start >= 2 else { return nil }
        let first = p[start]
        // an @handle
        if first == UInt8(ascii: "@") { return isHandleCharacter(p[start + 1]) ? end : nil }
        var hasLetterBefore = false
        for k in start..<end {
            switch p[k] {
            case UInt8(ascii: ":"):
                // a scheme: https://, ftp://
                if k + 2 < end, p[k + 1] == UInt8(ascii: "/"), p[k + 2] == UInt8(ascii: "/"), hasLetterBefore { return end }
            case UInt8(ascii: "@"):
                // an email address: name@host
                if hasLetterBefore, k + 1 < end, isHandleCharacter(p[k + 1]) { return end }
            default:
                if isASCIIAlphanumeric(p[k]) { hasLetterBefore = true }
            }
        }
        if end - start > 4, lowercased(p[start]) == UInt8(ascii: "w"), lowercased(p[start + 1]) == UInt8(ascii: "w"),
           lowercased(p[start + 2]) == UInt8(ascii: "w"), p[start + 3] == UInt8(ascii: ".") {
            return end
        }
        return isHostWithPath(p, start, end) ? end : nil
    }

    /// Whether `p[start..<end]` is a host name (labels of letters, digits
    /// and hyphens joined by dots, the last of two to six letters) followed
    /// by a path (`example.com/help`), or a bare host with a common ending
    /// (`hp.com`, `bt.co.uk`): not "e.g", "4.30pm" or "Mr.Smith".
    private static func isHostWithPath(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var hostEnd = start
        while hostEnd < end, p[hostEnd] != UInt8(ascii: "/") { hostEnd += 1 }
        var labelStart = start, dots = 0
        for k in start...hostEnd {
            if k == hostEnd || p[k] == UInt8(ascii: ".") {
                guard k > labelStart else { return false }  // an empty label
                if k < hostEnd { dots += 1; labelStart = k + 1 }
            } else if !isASCIIAlphanumeric(p[k]) && p[k] != UInt8(ascii: "-") {
                return false
            }
        }
        let last = labelStart..<hostEnd
        guard dots >= 1, (2...6).contains(last.count), last.allSatisfy({ isASCIILetter(p[$0]) }) else { return false }
        if hostEnd < end { return true }
        let ending = String(decoding: UnsafeBufferPointer(rebasing: p[last]), as: UTF8.self).lowercased()
        return commonEndings.contains(ending)
    }

    /// Host endings taken as a link without a path.
    private static let commonEndings: Set<String> = ["com", "org", "net", "io", "co", "uk", "gov", "edu", "info", "ly", "us", "ca",
                                                     "au", "ie", "nz", "app", "tv", "gg", "biz"]

    /// The end of `<URL>` or `<USER>` at `start`, or nil.
    private static func placeholderEnd(in p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard p[start] == UInt8(ascii: "<") else { return nil }
        for word in ["<URL>", "<USER>"] where start + word.utf8.count <= p.count {
            if zip(word.utf8, p[start...]).allSatisfy({ $0 == $1 }) { return start + word.utf8.count }
        }
        return nil
    }

    /// The end of the run of characters from `start`: the first space,
    /// control character, quote, angle bracket or non-ASCII byte.
    private static func runEnd(in p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var k = start
        while k < p.count {
            let b = p[k]
            if b <= 0x20 || b >= 0x80 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "<") || (b == UInt8(ascii: ">") && k > start) { break }
            k += 1
        }
        return k
    }

    /// Whether byte `b` before the run at `start` lets a run begin there:
    /// the reply's start, a space, a bracket or a quote.
    static func beginsRun(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start > 0 else { return true }
        let b = p[start - 1]
        return b <= 0x20 || b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")
            || b == UInt8(ascii: ">") || b >= 0x80
    }

    @inline(__always) private static func isClosingPunctuation(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "!")
            || b == UInt8(ascii: "?") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "'")
    }

    @inline(__always) private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) private static func isASCIIAlphanumeric(_ b: UInt8) -> Bool { isASCIILetter(b) || (b >= 0x30 && b <= 0x39) }
    @inline(__always) private static func isHandleCharacter(_ b: UInt8) -> Bool { isASCIIAlphanumeric(b) || b == UInt8(ascii: "_") }
    @inline(__always) private static func lowercased(_ b: UInt8) -> UInt8 { isASCIILetter(b) ? b | 0x20 : b }
}
