import Testing
@testable import LastCallKit

@Suite struct UUIDTextTests {
    @Test(arguments: [
        ("0123456789abcdef0123456789abcdef0123", "01234567-89ab-5def-8123-456789abcdef"),
        ("ffffffffffffffffffffffffffffffff", "ffffffff-ffff-5fff-bfff-ffffffffffff"),
        ("00000000000000000000000000000000", "00000000-0000-5000-8000-000000000000"),
        ("0000000000000000A000000000000000", "00000000-0000-5000-a000-000000000000"),
        ("abc", "abc00000-0000-5000-8000-000000000000"),
    ])
    func setsTheVersionAndVariantAndKeepsTheRest(hex: String, uuid: String) {
        #expect(UUIDText.from(hex: hex) == uuid)
    }

    @Test func theResultIsAlwaysShapedAsAVersion5UUID() {
        for text in ["", "a", "session", "\u{1F600}"] {
            let uuid = UUIDText.from(hex: SHA256.hex(text))
            let parts = uuid.split(separator: "-").map(\.count)
            #expect(parts == [8, 4, 4, 4, 12])
            #expect(Array(uuid)[14] == "5")
            #expect("89ab".contains(Array(uuid)[19]))
        }
    }
}
