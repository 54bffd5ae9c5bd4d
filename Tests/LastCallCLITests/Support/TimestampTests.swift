import Foundation
import Testing
@testable import LastCallCLI

@Suite struct TimestampTests {
    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00Z"),
        (1_795_000_000, "2026-11-18T11:06:40Z"),
        (1_709_164_799, "2024-02-28T23:59:59Z"),
        (1_709_164_800, "2024-02-29T00:00:00Z"),      // a leap day
        (1_795_000_000.999, "2026-11-18T11:06:40Z"),  // fractions are dropped, not rounded up
    ])
    func formatsUTCToTheSecond(seconds: Double, text: String) {
        #expect(Timestamp.iso8601(Date(timeIntervalSince1970: seconds)) == text)
    }
}
