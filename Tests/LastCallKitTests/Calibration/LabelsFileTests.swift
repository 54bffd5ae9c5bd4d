import Testing
@testable import LastCallKit

@Suite struct LabelsFileTests {
    static let header = "apology\townership\ttime-frame\tno-blame\tname-and-number\tknown-miss\tsource\treply"

    @Test func readsTheHeaderForm() {
        let text = "# a comment\n" + Self.header + "\n"
            + "met\tmissed\t\tmet\tmissed\t\twritten to the guide\tI'm so sorry.\n"
            + "\n"
            + "missed\tmet\tmet\tmissed\tmet\tno-blame time-frame\treview of sam's session abc turn 2 (x)\t\"She said \"\"no\"\"\"\r\n"
        let (file, diagnostics) = LabelsFile.read(text: text, path: "labels.tsv")
        #expect(diagnostics.isEmpty)
        #expect(!file.isFlagsForm)
        #expect(file.replies.count == 2)
        let first = file.replies[0]
        #expect(first.reply == "I'm so sorry.")
        #expect(first.labels == [.apology: true, .ownership: false, .noBlame: true, .nameAndNumber: false])
        #expect(first.location == SourceLocation(path: "labels.tsv", line: 3, column: 46))
        let second = file.replies[1]
        #expect(second.reply == "She said \"no\"")
        #expect(second.knownMisses == [.noBlame, .timeFrame])
        #expect(second.source == "review of sam's session abc turn 2 (x)")
        #expect(second.location.line == 5)
    }

    @Test func readsTheGuideFlagsForm() {
        let (file, diagnostics) = LabelsFile.read(text: "ab\tI'm sorry, the courier lost it.\n-\tSorry?\n", path: "dev.tsv")
        #expect(diagnostics.isEmpty)
        #expect(file.isFlagsForm)
        #expect(file.replies.map(\.reply) == ["I'm sorry, the courier lost it.", "Sorry?"])
        // b marks blame: no-blame is *not* met
        #expect(file.replies[0].labels == [.apology: true, .ownership: false, .timeFrame: false, .noBlame: false, .nameAndNumber: false])
        #expect(file.replies[0].positive(.noBlame) == true)
        #expect(file.replies[1].labels[.noBlame] == true)
        #expect(file.replies[1].location == SourceLocation(path: "dev.tsv", line: 2, column: 3))
    }

    @Test(arguments: [
        ("met\tmissed\t\tmet\tmissed\t\tsrc\n", "labels.tsv:2:1: error: 7 cells where the header names 8"),
        ("yes\tmissed\t\tmet\tmissed\t\tsrc\treply\n", "labels.tsv:2:1: error: 'yes' is no label for apology"),
        ("met\tmissed\t\tmet\tmissed\tapolgy\tsrc\treply\n", "labels.tsv:2:24: error: unknown criterion 'apolgy' in known-miss"),
        ("met\tmissed\t\tmet\tmissed\ttime-frame\tsrc\treply\n", "labels.tsv:2:24: error: known miss 'time-frame' has no label on this line"),
        ("met\tmissed\t\tmet\tmissed\t\tsrc\t  \n", "labels.tsv:2:1: error: no reply on this line"),
    ])
    func aMalformedLineIsReportedAtItsLineAndColumn(line: String, expected: String) {
        let (file, diagnostics) = LabelsFile.read(text: Self.header + "\n" + line, path: "labels.tsv")
        #expect(file.replies.isEmpty)
        #expect(diagnostics.map(\.description) == [expected])
    }

    @Test func everyMalformedLineIsReportedAndTheRestStillRead() {
        let text = Self.header + "\nmet\tmissed\t\tmet\tmissed\t\tsrc\tfine\nbad line\nmet\tmissed\t\tmet\tmissed\t\tsrc\talso fine\nmaybe\t\t\t\t\t\t\tx\n"
        let (file, diagnostics) = LabelsFile.read(text: text, path: "l.tsv")
        #expect(file.replies.map(\.reply) == ["fine", "also fine"])
        #expect(diagnostics.map(\.location.line) == [3, 5])
    }

    @Test func anUnknownHeaderColumnGetsADidYouMean() {
        let (_, diagnostics) = LabelsFile.read(text: "apology\towenrship\treply\nmet\tmet\thi\n", path: "l.tsv")
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].description == "l.tsv:1:9: error: unknown column 'owenrship' in the header")
        #expect(diagnostics[0].hint == "did you mean 'ownership'?")
    }

    @Test func aHeaderWithoutAReplyColumnIsReported() {
        let (file, diagnostics) = LabelsFile.read(text: "apology\tsource\nmet\tx\n", path: "l.tsv")
        #expect(file.replies.isEmpty)
        #expect(diagnostics.map(\.description) == ["l.tsv:1:1: error: the header names no 'reply' column"])
    }

    @Test func aBadFlagLetterIsReportedAtItsColumn() {
        let (_, diagnostics) = LabelsFile.read(text: "aox\tHello\n", path: "dev.tsv")
        #expect(diagnostics.map(\.description) == ["dev.tsv:1:3: error: 'x' is no criterion letter"])
    }

    @Test(arguments: ["=HYPERLINK(\"x\")", "+1 for that", "-Rene", "@here", "'=already quoted"])
    func aReplyASpreadsheetWouldRunIsWrittenQuotedAndReadsBackTheSame(reply: String) {
        let labelled = LabelledReply(reply: reply, labels: [.nameAndNumber: true], location: SourceLocation(path: "", line: 0, column: 0))
        let line = LabelsFile.line(for: labelled, columns: LabelsColumn.standard)
        #expect(line.hasSuffix("\t'" + reply))
        let (file, _) = LabelsFile.read(text: LabelsFile.header(LabelsColumn.standard) + "\n" + line + "\n", path: "l.tsv")
        #expect(file.replies.first?.reply == reply)
    }

    @Test func aWrittenLineReadsBackTheSame() {
        let reply = LabelledReply(reply: "Tabs\there and\nbreaks", labels: [.apology: true, .noBlame: false],
                                  knownMisses: [.noBlame], source: "review of ana's session s1 turn 3",
                                  location: SourceLocation(path: "", line: 0, column: 0))
        let text = LabelsFile.header(LabelsColumn.standard) + "\n" + LabelsFile.line(for: reply, columns: LabelsColumn.standard) + "\n"
        let (file, diagnostics) = LabelsFile.read(text: text, path: "l.tsv")
        #expect(diagnostics.isEmpty)
        #expect(file.replies.count == 1)
        #expect(file.replies[0].reply == "Tabs here and breaks")
        #expect(file.replies[0].labels == reply.labels)
        #expect(file.replies[0].knownMisses == [.noBlame])
        #expect(file.replies[0].source == reply.source)
    }
}
