import Testing
@testable import LastCallKit

@Suite struct JSONLineBufferTests {
    @Test func growsPastItsCapacityKeepingEveryByteInOrder() {
        let buffer = JSONLineBuffer(capacity: 16)
        var expected: [UInt8] = []
        for k in 0..<100 {
            let piece = Array("piece \(k), ".utf8)
            piece.withUnsafeBufferPointer { buffer.append(bytes: $0) }
            buffer.append(UInt8(ascii: ";"))
            expected += piece + [UInt8(ascii: ";")]
        }
        #expect(Array(buffer.bytes) == expected)
    }

    @Test func removeAllStartsAnEmptyLineOverTheSameStorage() {
        var buffer = JSONLineBuffer(capacity: 16)
        buffer.append(utf8: "first line, long enough to grow")
        buffer.removeAll()
        #expect(buffer.count == 0)
        buffer.append(utf8: "second")
        buffer.append(bytes: UnsafeBufferPointer(start: nil, count: 0))
        #expect(Array(buffer.bytes) == Array("second".utf8))
    }

    @Test func writesTheSameJSONStringAsAByteArray() {
        // the writer's escapes (quote, control, C1, bidi, separator) through both sinks
        let text = "say \"hi\"\n\u{0085}\u{202E}\u{2028} caf\u{00E9} <b>&"
        var array: [UInt8] = []
        JSONWriter.writeString(text, into: &array)
        var buffer = JSONLineBuffer(capacity: 16)
        JSONWriter.appendString(text, to: &buffer)
        #expect(Array(buffer.bytes) == array)
    }

    @Test func appendsALiteralToAByteArrayToo() {
        var bytes: [UInt8] = Array("{".utf8)
        bytes.append(utf8: #""due":null"#)
        bytes.append(utf8: "\u{2019}}")
        #expect(bytes == Array("{\"due\":null\u{2019}}".utf8))
    }
}
