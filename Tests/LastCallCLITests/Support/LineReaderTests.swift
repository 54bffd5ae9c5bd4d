import Foundation
import Testing
@testable import LastCallCLI

@Suite struct LineReaderTests {
    func lines(_ text: String, chunkSize: Int, maximum: Int = Int.max) throws -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString)")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var reader = LineReader(handle: handle, chunkSize: chunkSize, maximumLineLength: maximum)
        var result: [String] = []
        while let line = reader.nextLine() {
            switch line {
            case .bytes(let bytes): result.append("\(reader.lineNumber):" + String(decoding: bytes, as: UTF8.self))
            case .tooLong: result.append("\(reader.lineNumber):<too long>")
            }
        }
        return result
    }

    @Test(arguments: [1, 3, 64])
    func splitsLinesAcrossChunksAndDropsCR(chunkSize: Int) throws {
        #expect(try lines("one\r\ntwo\n\nlast", chunkSize: chunkSize) == ["1:one", "2:two", "3:", "4:last"])
    }

    @Test(arguments: [1, 4, 64])
    func reportsOverLongLinesWithoutHoldingThem(chunkSize: Int) throws {
        let long = String(repeating: "x", count: 40)
        #expect(try lines("ok\n\(long)\nafter\n\(long)", chunkSize: chunkSize, maximum: 16)
                == ["1:ok", "2:<too long>", "3:after", "4:<too long>"])
    }

    @Test(arguments: [1, 4, 64])
    func aReaderThatStopsAtALongLineReadsNoFurther(chunkSize: Int) {
        // An endless source: without stopping, this would never return.
        var served = 0
        var reader = LineReader(chunkSize: chunkSize, maximumLineLength: 10, skipsLongLines: false) { count in
            let chunk = served == 0 ? Array("short\n".utf8) : [UInt8](repeating: 0x79, count: count)
            served += chunk.count
            return chunk
        }
        var result: [String] = []
        while let line = reader.nextLine() {
            switch line {
            case .bytes(let bytes): result.append("\(reader.lineNumber):" + String(decoding: bytes, as: UTF8.self))
            case .tooLong: result.append("\(reader.lineNumber):<too long>")
            }
        }
        #expect(result == ["1:short", "2:<too long>"])
        #expect(served < 100)
    }

    @Test func everyLineComesBackWhateverTheChunkSize() throws {
        // lines shorter and longer than a chunk, a CR at every offset, so an
        // unfinished line is moved to the front of the buffer at every length
        let text = (0..<40).map { String(repeating: "ab", count: $0 % 13) + ($0 % 3 == 0 ? "\r" : "") }.joined(separator: "\n")
        // split as bytes: "\r\n" is one Character
        let expected = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated().map { index, line in
            "\(index + 1):" + String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
        for chunkSize in [1, 2, 5, 7, 16, 1000] {
            #expect(try lines(text, chunkSize: chunkSize) == expected, "chunks of \(chunkSize)")
        }
    }

    @Test func aReadClosureThatGivesMoreThanAskedLosesNothing() {
        var chunks = [Array("first line\nsecond".utf8), Array(" line\nthird".utf8)]
        var reader = LineReader(chunkSize: 3) { _ in chunks.isEmpty ? [] : chunks.removeFirst() }
        #expect(reader.next() == "first line")
        #expect(reader.next() == "second line")
        #expect(reader.next() == "third")
        #expect(reader.next() == nil)
    }

    @Test func aReadClosureFeedsTheReaderLikeAFile() {
        var chunks = [Array("a\r\nb".utf8), Array("c\n".utf8)]
        var reader = LineReader(chunkSize: 2) { _ in chunks.isEmpty ? [] : chunks.removeFirst() }
        #expect(reader.next() == "a")
        #expect(reader.next() == "bc")
        #expect(reader.next() == nil)
    }
}
