import Testing
@testable import LastCallKit

/// Progress files written before criteria were typed must read, and a record
/// must write the same bytes as before, so old and new lines sit side by side.
@Suite struct SessionRecordFormatTests {
    /// A line written by the version before `CriterionID` reached the session
    /// record (the first session of the reports benchmark's generated data).
    static let storedLine = [
        #"{"version":1,"id":"1e9cbb1e-c91e-5edc-b3c3-1ad7ffe47e03","trainee":"trainee-0000","scenario":"wrong-"#,
        #"size","scenario_title":"Wrong size delivered","level":1,"scenario_hash":"cceddc2bc3998f8ee6c3ba77111"#,
        #"b5649b21719ca4b5bd153b804cdbda440b692","seed":550036423451361955,"started_at":"2025-12-01T00:00:00Z""#,
        #","ended_at":"2025-12-01T00:06:04Z","duration_seconds":364,"outcome":"resolved","score":89,"pass_mark"#,
        #"":70,"passed":true,"mood_start":40,"mood_end":80,"path":["step-1","step-2","step-3","step-4","step-5"#,
        #""],"criteria":{"apology":{"met":1,"expected":1},"ownership":{"met":1,"expected":1},"time-frame":{"me"#,
        #"t":1,"expected":1},"no-blame":{"met":4,"expected":5},"name-and-number":{"met":1,"expected":1}},"turn"#,
        #"s":[{"step":"step-1","customer":"This is the third time I've called about this order and nobody has "#,
        #"done a thing.","reply":"I'm really sorry this has happened again, that's not good enough and I'll so"#,
        #"rt it out myself.","met":["apology","no-blame"],"missed":[],"mood":52,"evidence":{"apology":["I'm re"#,
        #"ally"],"no-blame":["I'm really"]}},{"step":"step-2","customer":"I was promised a refund last week. W"#,
        #"here is it?","reply":"My name is Priya and my direct line is 0161 496 0732, so you can reach me with"#,
        #"out queueing.","met":["ownership"],"missed":["no-blame"],"mood":50,"evidence":{"ownership":["My name"#,
        #""]}},{"step":"step-3","customer":"Do you have any idea how much this has cost me?","reply":"My name "#,
        #"is Priya and my direct line is 0161 496 0732, so you can reach me without queueing.","met":["no-blam"#,
        #"e"],"missed":[],"mood":56,"evidence":{"no-blame":["My name"]}},{"step":"step-4","customer":"I want t"#,
        #"o speak to someone who can actually fix this.","reply":"I'm sorry for the wait. I've put the refund "#,
        #"through myself and it will reach your card within three working days.","met":["time-frame","no-blame"#,
        #""],"missed":[],"mood":68,"evidence":{"time-frame":["I'm sorry"],"no-blame":["I'm sorry"]}},{"step":""#,
        #"step-5","customer":"So when exactly is this going to be sorted out?","reply":"I'm really sorry this "#,
        #"has happened again, that's not good enough and I'll sort it out myself.","met":["name-and-number","n"#,
        #"o-blame"],"missed":[],"mood":80,"evidence":{"name-and-number":["I'm really"],"no-blame":["I'm really"#,
        #""]}}],"best":{"turn":1,"reply":"I'm really sorry this has happened again, that's not good enough and"#,
        #" I'll sort it out myself.","why":"met apology and ownership"},"weakest":{"turn":2,"reply":"My name i"#,
        #"s Priya and my direct line is 0161 496 0732, so you can reach me without queueing.","why":"missed ti"#,
        #"me-frame"},"tips":[{"criterion":"time-frame","tip":"Give a concrete time."}]}"#,
    ].joined()

    /// A line written before flags existed reads, and writes back the same
    /// bytes with only an empty `flags` list added at the end.
    @Test func aStoredLineReadsAndWritesBackByteForByte() throws {
        let record = try SessionRecord(json: JSONParser.parse(Self.storedLine))
        #expect(record.jsonValue.jsonText == Self.storedLine.dropLast() + #","flags":[]}"#)
        #expect(record.criteria.map(\.criterion) == CriterionID.allCases)
        #expect(record.tips.map(\.criterion) == [.timeFrame])
        #expect(try SessionFacts(line: Array(Self.storedLine.utf8)) == SessionFacts(record))
    }
}
