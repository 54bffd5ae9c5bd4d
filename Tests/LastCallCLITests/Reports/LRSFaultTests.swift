import Foundation
import Testing
import LastCallKit
@testable import LastCallCLI

/// `export --format xapi --lrs` against a faulty LRS over real HTTP
/// (`Fixtures/fake-lrs.py` on 127.0.0.1): every fault ends in a located
/// message and a failure status, nothing unconfirmed is counted as stored,
/// and the credentials never leave the endpoint's host.
@Suite(.serialized) struct LRSFaultTests {
    static let credentials = ["LASTCALL_LRS_USER": "trainer", "LASTCALL_LRS_PASSWORD": "secret"]

    /// Runs the export of two sessions to the fake LRS in `mode`.
    func export(_ mode: String, timeout: String = "2") throws -> (status: Int32, box: ReportSandbox, server: FakeLRSServer, seconds: Double) {
        let server = try FakeLRSServer(lifetime: 60, stall: 8)
        let box = try ReportSandbox()
        try box.write("ana.jsonl", (1...2).map { ReportLines.line(trainee: "ana", day: $0) })
        let started = Date()
        let status = box.run(["export", "--format", "xapi", "--lrs", server.endpoint(mode), "--lrs-timeout", timeout],
                             environment: Self.credentials)
        return (status, box, server, Date().timeIntervalSince(started))
    }

    @Test func aGoodLRSStoresAndIsReported() throws {
        let (status, box, server, _) = try export("ok")
        defer { server.stop(); box.cleanUp() }
        #expect(status == 0, "\(box.console.errors)")
        #expect(box.console.output.contains("stored 2 new statement(s), 0 already stored, 2 sent in 1 batch(es)"), "\(box.console.output)")
    }

    @Test func aChallengeForAWrongPasswordFailsAtOnce() throws {
        let (status, box, server, seconds) = try export("challenge", timeout: "20")
        defer { server.stop(); box.cleanUp() }
        #expect(status == 1)
        #expect(seconds < 15, "took \(seconds) s")
        #expect(box.console.errors.contains("HTTP 401 (it refused the user and password"), "\(box.console.errors)")
        #expect(box.console.errors.contains("the LRS stored 0 statement(s) before the failure"), "\(box.console.errors)")
        #expect(!box.console.output.contains("stored 2"))
    }

    @Test(arguments: [("badbody", "not the list of stored statement ids"), ("foreign", "which this batch did not send")])
    func a200ThatConfirmsNothingFails(mode: String, reason: String) throws {
        let (status, box, server, _) = try export(mode)
        defer { server.stop(); box.cleanUp() }
        #expect(status == 1)
        #expect(box.console.errors.contains(reason), "\(box.console.errors)")
        #expect(box.console.errors.contains("the LRS stored 0 statement(s) before the failure"), "\(box.console.errors)")
        #expect(!box.console.output.contains("new statement(s)"), "\(box.console.output)")
    }

    @Test func aRedirectToAnotherHostIsNotFollowed() throws {
        let (status, box, server, _) = try export("offhost")
        defer { server.stop(); box.cleanUp() }
        #expect(status == 1)
        #expect(box.console.errors.contains("a redirect to http://localhost:\(server.port)/ok/xAPI/statements; not followed"),
                "\(box.console.errors)")
        let log = try server.log()
        #expect(log.map(\.path) == ["/offhost/xAPI/statements"])
    }

    @Test func aSameHostRedirectIsFollowedWithTheBody() throws {
        let (status, box, server, _) = try export("samehost")
        defer { server.stop(); box.cleanUp() }
        #expect(status == 0, "\(box.console.errors)")
        #expect(box.console.output.contains("stored 2 new statement(s)"), "\(box.console.output)")
        let log = try server.log()
        #expect(log.map(\.path) == ["/samehost/xAPI/statements", "/ok/xAPI/statements"])
        #expect(log.count == 2 && log[0].body > 0 && log[1].body == log[0].body)
    }

    @Test func aStallTimesOut() throws {
        let (status, box, server, seconds) = try export("stall", timeout: "1")
        defer { server.stop(); box.cleanUp() }
        #expect(status == 1)
        #expect(seconds < 6, "took \(seconds) s")
        #expect(box.console.errors.contains("did not answer POST /stall/xAPI/statements within 1 s (--lrs-timeout)"), "\(box.console.errors)")
    }

    @Test func a500IsReportedWithTheAnswer() throws {
        let (status, box, server, _) = try export("error")
        defer { server.stop(); box.cleanUp() }
        #expect(status == 1)
        #expect(box.console.errors.contains("with HTTP 500: Internal Server Error: the store is down"), "\(box.console.errors)")
    }

    @Test func aTimeoutOutOfRangeIsAUsageError() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        #expect(box.run(["export", "--format", "xapi", "--lrs", "http://127.0.0.1:9/xAPI", "--lrs-timeout", "0"]) == 64)
        #expect(box.run(["export", "--format", "xapi", "--lrs-timeout", "3"]) == 64)
        #expect(box.console.errors.contains("--lrs-timeout goes with --lrs URL"))
    }
}
