import Testing
@testable import LastCallKit

@Suite struct ByteArrayStaticStringTests {
    @Test func appendsTheLiteralsUTF8AfterWhatIsThere() {
        var bytes: [UInt8] = Array("{".utf8)
        bytes.append(utf8: #""due":null"#)
        bytes.append(utf8: "")
        bytes.append(utf8: "\u{2019}}")
        #expect(bytes == Array("{\"due\":null\u{2019}}".utf8))
    }
}
