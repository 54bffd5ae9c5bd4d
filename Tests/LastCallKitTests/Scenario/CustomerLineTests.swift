import Testing
@testable import LastCallKit

@Suite struct CustomerLineTests {
    @Test func fillsPlaceholdersWithValuesFallbacksOrDefaults() {
        let values = ["agent": "Priya", "promise": "by 4pm", "due": "4pm yesterday", "clock": "Wednesday 2pm", "contact": "second"]
        #expect(CustomerLine.render("Is {agent} there? You said {promise}, {due}. It's {clock}, my {contact} call.", values: values)
                == "Is Priya there? You said by 4pm, 4pm yesterday. It's Wednesday 2pm, my second call.")
        #expect(CustomerLine.render("Is {agent|the last agent} there?", values: [:]) == "Is the last agent there?")
        #expect(CustomerLine.render("Is { agent | the last agent } there?", values: ["agent": "Sam"]) == "Is Sam there?")
        #expect(CustomerLine.render("{agent} promised {promise}, {due}.", values: [:])
                == "the agent promised that you would get back to me, soon.")
        #expect(CustomerLine.render("No placeholders \u{1F600} here.", values: values) == "No placeholders \u{1F600} here.")
    }

    @Test func reportsUnknownAndUnclosedPlaceholdersWhereTheyStart() {
        #expect(CustomerLine.problems(in: "Hi {agent|you}, {contact}.").isEmpty)
        let problems = CustomerLine.problems(in: "Where is {agnt}? \u{2014} {wibble} {due")
        #expect(problems.map(\.offset) == [9, 19, 28])
        #expect(problems.map(\.message) == [
            "unknown placeholder '{agnt}' in the customer's line",
            "unknown placeholder '{wibble}' in the customer's line",
            "'{' is never closed in the customer's line",
        ])
        #expect(problems[0].hint == "did you mean '{agent}'?")
        #expect(problems[1].hint == "placeholders are {agent}, {promise}, {due}, {clock}, {contact}")
    }

    @Test(arguments: [(1, "first"), (2, "second"), (3, "third"), (10, "tenth"), (11, "11th"), (12, "12th"), (21, "21st"), (22, "22nd"), (23, "23rd"), (113, "113th")])
    func saysContactNumbersAsOrdinals(number: Int, word: String) {
        #expect(CustomerLine.ordinal(number) == word)
    }
}
