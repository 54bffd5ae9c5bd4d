import Testing
@testable import LastCallKit

@Suite struct LinkSpanTests {
    /// The link ``LinkSpan`` finds at the start of `text`, or nil.
    static func link(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { p in
            LinkSpan.end(in: p, from: 0).map { String(decoding: p[0..<$0], as: UTF8.self) }
        }
    }

    @Test(arguments: [
        ("https://help.example.com/refunds?id=4 and more", "https://help.example.com/refunds?id=4"),
        ("http://x.co/a.", "http://x.co/a"),
        ("www.example.com, thanks", "www.example.com"),
        ("example.com/help/sorry-for-the-delay!", "example.com/help/sorry-for-the-delay"),
        ("hp.com.", "hp.com"),
        ("bt.co.uk)", "bt.co.uk"),
        ("returns@example.com please", "returns@example.com"),
        ("first.last@shop.co.uk", "first.last@shop.co.uk"),
        ("@tom_support thanks", "@tom_support"),
        ("<URL> ^JS", "<URL>"),
        ("<USER> Hi", "<USER>"),
    ])
    func findsLinksEmailsAndHandles(text: String, link: String) {
        #expect(Self.link(text) == link)
    }

    @Test(arguments: ["today. Thanks", "e.g. a refund", "4.30pm", "Mr.Smith", "Thanks.Bye", "@ home", "@", "sorry:", "a/b testing",
                      "<b>bold</b>", "U.S.", "and/or", "12/05"])
    func ordinaryTextIsNoLink(text: String) {
        #expect(Self.link(text) == nil)
    }
}
