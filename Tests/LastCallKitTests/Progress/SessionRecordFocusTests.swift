import Testing
@testable import LastCallKit

/// A session keeps its scenario's `focus`: in the record (both readers) and
/// in the xAPI statement, so a report read back from an LRS has it too.
@Suite struct SessionRecordFocusTests {
    let options = XAPIOptions(actorHomePage: "https://lms.example.com", activityBase: "https://training.example.com/lastcall")

    func record(focus: [CriterionID]) -> SessionRecord {
        var record = ReportFixtures.record(turns: [])
        record.focus = focus
        return record
    }

    func line(_ record: SessionRecord) -> [UInt8] {
        var line = record.storedLine
        if line.last == 0x0A { line.removeLast() }
        return line
    }

    @Test func theRecordKeepsTheFocusAndBothReadersReadIt() throws {
        let written = record(focus: [.noBlame, .timeFrame])
        let text = String(decoding: line(written), as: UTF8.self)
        #expect(text.contains("\"level\":\(written.level),\"focus\":[\"no-blame\",\"time-frame\"],"))
        #expect(try SessionRecord(line: line(written)).focus == [.noBlame, .timeFrame])
        #expect(try SessionFacts(line: line(written)).focus == [.noBlame, .timeFrame])
    }

    @Test func aRecordWithoutFocusWritesNoKeyAndReadsEmpty() throws {
        let plain = record(focus: [])
        #expect(!String(decoding: line(plain), as: UTF8.self).contains("\"focus\""))
        #expect(try SessionRecord(line: line(plain)).focus.isEmpty)
        #expect(try SessionFacts(line: line(plain)).focus.isEmpty)
    }

    @Test(arguments: ["\"focus\":\"apology\",", "\"focus\":[1],"])
    func aMistypedFocusIsRefusedAlikeByBothReaders(field: String) {
        var text = String(decoding: line(record(focus: [])), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"scenario_hash\"", with: field + "\"scenario_hash\"")
        let bytes = Array(text.utf8)
        var full: String?, fast: String?
        do { _ = try SessionRecord(line: bytes) } catch { full = error.message }
        do { _ = try SessionFacts(line: bytes) } catch { fast = error.message }
        #expect(full != nil)
        #expect(full == fast)
    }

    @Test func theStatementCarriesTheFocusAndItReadsBack() throws {
        let session = SessionFacts(record(focus: [.apology, .nameAndNumber]))
        let statement = XAPIExporter.statement(for: session, options: options)
        #expect(statement["result"]?["extensions"]?["https://training.example.com/lastcall/extensions/focus"]
                == .array([.string("apology"), .string("name-and-number")]))
        let served = try JSONParser.parse(statement.jsonText)
        #expect(XAPISessionDecoder(options: options).decode(served) == .session(session))
    }

    @Test func aStatementWithoutFocusHasNoExtension() {
        let statement = XAPIExporter.statement(for: SessionFacts(record(focus: [])), options: options)
        #expect(statement["result"]?["extensions"]?["https://training.example.com/lastcall/extensions/focus"] == nil)
    }
}
