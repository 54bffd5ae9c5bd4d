import Foundation
import Testing
@testable import LastCallKit

/// The quick header reading `list` uses agrees with loading the whole
/// file, and answers nil (so the whole file is loaded) wherever it could
/// disagree.
@Suite struct ScenarioHeaderTests {
    static let criteria = ScenarioLoaderTests.criteria
    static let loader = ScenarioLoader(knownCriteria: criteria)
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func full(_ text: String, path: String = "scenarios/late.yaml") throws -> ScenarioHeader? {
        let node = try YAMLReader.read(text, path: path)
        return Self.loader.load(node, path: path).scenario.map(ScenarioHeader.init)
    }

    func quick(_ text: String, path: String = "scenarios/late.yaml") -> ScenarioHeader? {
        Self.loader.loadHeader(bytes: Array(text.utf8), path: path)
    }

    @Test func everyShippedScenarioReadsTheSameQuicklyAsWhole() throws {
        let folder = Self.root.appendingPathComponent("scenarios")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count >= 10)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let path = "scenarios/" + name
            let header = quick(text, path: path)
            #expect(header != nil, "\(name) fell back to a full load")
            #expect(header == (try full(text, path: path)), "\(name)")
        }
    }

    @Test func theLoaderTestsScenarioReadsTheSame() throws {
        let header = quick(ScenarioLoaderTests.good)
        #expect(header == ScenarioHeader(id: "late", title: "Late order", level: 3, tags: ["orders", "repeat"],
                                         criteria: ["apology", "ownership", "no-blame"]))
        #expect(header == (try full(ScenarioLoaderTests.good)))
    }

    @Test func defaultsAndBlockValuesInTheHeader() throws {
        let text = """
        # a comment at the top
        scenario: late
        title: >
          Late order,
          third call
        customer:
          name: Dana
        steps:
          done: {customer: Thanks., end: resolved}
        """
        #expect(quick(text) == ScenarioHeader(id: "late", title: "Late order, third call\n", level: 1, tags: [], criteria: Self.criteria))
        #expect(quick(text) == (try full(text)))
        // A flow value in a skipped entry could go on at column 0: the whole file is read.
        let flow = text.replacingOccurrences(of: "customer:\n  name: Dana", with: "customer: {name: Dana}")
        #expect(quick(flow) == nil)
        #expect(try full(flow) != nil)
    }

    @Test func crlfLineEndsReadTheSame() throws {
        let text = ScenarioLoaderTests.good.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(quick(text) != nil)
        #expect(quick(text) == (try full(text)))
    }

    @Test(arguments: [
        ("level: 3", "level: 9"),                                   // a header error
        ("tags: [orders, repeat]", "tags: [orders,\nrepeat]"),      // a flow list going on at column 0
        ("scenario: late", "---\nscenario: late"),                  // a document marker
        ("title: Late order", "title: Late order\ntitle: Again"),    // a key twice
        ("title: Late order", "titel: Late order\ntitle: x"),       // an unknown key
        ("steps:", "summary: \"two\nlines: here\"\nsteps:"),       // a quoted value going on at column 0
        ("customer:", "customer: &who"),                            // an anchor
        ("title: Late order", "\u{FEFF}title: Late order"),         // a byte order mark
        ("criteria: [apology, ownership, no-blame]", "criteria: [apology, apolgy]"),
    ])
    func anythingUnsureFallsBackToTheWholeFile(original: String, replacement: String) {
        let text = ScenarioLoaderTests.good.replacingOccurrences(of: original, with: replacement)
        #expect(text != ScenarioLoaderTests.good)
        #expect(quick(text) == nil, "\(replacement)")
    }

    @Test func aFileWithoutStepsOrCustomerFallsBack() {
        #expect(quick("scenario: late\ntitle: Late\nsteps:\n  a: {customer: x, end: resolved}\n") == nil)
        #expect(quick("scenario: late\ntitle: Late\ncustomer: {name: D}\n") == nil)
        #expect(quick("") == nil)
    }

    // Documented: the quick reading never parses the steps, so an error
    // there leaves the header readable (`check` finds it; `play` refuses).
    @Test func anErrorInTheStepsLeavesTheHeaderReadable() throws {
        let text = ScenarioLoaderTests.good.replacingOccurrences(of: "goto: done", with: "goto: nowhere")
        #expect(try full(text) == nil)
        #expect(quick(text)?.id == "late")
    }

    @Test func theSliceKeepsEveryLineSoLocationsHold() throws {
        let slice = try #require(ScenarioHeaderSlicer.slice(Array(ScenarioLoaderTests.good.utf8)))
        let text = String(decoding: slice, as: UTF8.self)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count
                == ScenarioLoaderTests.good.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(text.hasPrefix("scenario: late\ntitle: Late order\nlevel: 3\ntags: [orders, repeat]\n\n\n\ncriteria:"))
        #expect(!text.contains("opening"))
    }
}
