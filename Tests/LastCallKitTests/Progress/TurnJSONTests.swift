import Testing
@testable import LastCallKit

@Suite struct TurnJSONTests {
    @Test func writesCriterionIDsAsTheirRubricNames() {
        let turn = Turn(step: "open", customer: "Where is it?", reply: "Sorry, by 5pm.", met: [.apology, .timeFrame],
                        missed: [.nameAndNumber], evidence: [.timeFrame: ["by 5pm"], .apology: ["Sorry"]], mood: 55)
        #expect(turn.jsonValue.jsonText == #"{"step":"open","customer":"Where is it?","reply":"Sorry, by 5pm.","#
            + #""met":["apology","time-frame"],"missed":["name-and-number"],"mood":55,"#
            + #""evidence":{"apology":["Sorry"],"time-frame":["by 5pm"]}}"#)
    }

    @Test func readsBackWhatItWrote() throws {
        let turn = Turn(step: "s", customer: "c", reply: "r", met: [.noBlame], missed: [.ownership, .apology],
                        evidence: [.ownership: ["someone will"]], mood: 3)
        #expect(try Turn(json: turn.jsonValue) == turn)
    }

    @Test func leavesOutNamesThatAreNoCriterion() throws {
        let value = try JSONParser.parse(#"{"step":"s","customer":"c","reply":"r","met":["apology","empathy"],"#
                                         + #""missed":["speed"],"mood":1,"evidence":{"empathy":["x"],"apology":["y"]}}"#)
        let turn = try Turn(json: value)
        #expect(turn.met == [.apology])
        #expect(turn.missed.isEmpty)
        #expect(turn.evidence == [.apology: ["y"]])
    }
}
