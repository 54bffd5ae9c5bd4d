import Testing
@testable import LastCallKit

/// The fast line reader (`SessionFacts(line:)`, used by `report`), the
/// light reader of missed replies (`SessionReplies(line:)`, used by the
/// HTML export and `progress --replies`) and the full decoder
/// (`SessionRecord(line:)`, used by `export --turns`) must take and refuse
/// exactly the same lines, and read the same facts (and missed replies)
/// from a line all take. Both are fed the same few thousand deterministic mutations of
/// real record lines: byte edits (the kind a torn write or a bad editor
/// makes) and edits of the JSON tree (repeated keys, missing and mistyped
/// fields, the kind a script makes).
@Suite struct SessionFactsLineAgreementTests {
    /// Records shaped like the ones `play` writes: turns with evidence,
    /// highlights, tips, an end reason, text that needs escapes, contacts
    /// and promises.
    static let records: [SessionRecord] = {
        let turns = [
            Turn(step: "opening", customer: "Third call. Where is it?", reply: "I\u{2019}m so sorry \u{2014} I\u{2019}ll sort it out myself.",
                 met: [.apology, .ownership], missed: [], evidence: [.apology: ["so sorry"], .ownership: ["I\u{2019}ll sort it out myself"]], mood: 55),
            Turn(step: "when", customer: "When \"exactly\"?\tTell me.", reply: "By 4pm today \u{1F600}\\ \u{1B}[2J",
                 met: [.timeFrame], missed: [.nameAndNumber, .noBlame],
                 evidence: [.timeFrame: ["By 4pm today"], .noBlame: ["the \"courier\"\n", "\u{1B}[2J"]], mood: 70),
        ]
        var first = ReportFixtures.record(trainee: "zoë", tallies: [(.apology, 1, 1), (.ownership, 1, 1), (.timeFrame, 1, 1)], turns: turns)
        first.endReason = "hung-up"
        first.best = TurnHighlight(turn: 1, reply: turns[0].reply, why: "apology and ownership")
        first.weakest = TurnHighlight(turn: 2, reply: turns[1].reply, why: "no name")
        first.tips = [CriterionTip(criterion: .nameAndNumber, tip: "Give your name.\nAnd a number.")]
        let second = ReportFixtures.record(trainee: "ben", outcome: .abandoned, tallies: [(.noBlame, 0, 2)])
        let third = ReportFixtures.record(tallies: [], turns: [])
        // contacts, promises (kept, broken, unknown) and turns on the simulated clock
        var fourth = SessionRecordFollowThroughTests.record()
        fourth.promises.append(Promise(turn: 2, contact: 2, words: "now", due: SessionRecordFollowThroughTests.fourPM, kept: nil))
        fourth.ready = SessionRecordFollowThroughTests.wednesday
        return [first, second, third, fourth]
    }()

    /// Bytes that matter to JSON and UTF-8, for byte edits.
    static let alphabet: [UInt8] = Array(#""\{}[],:0123456789-+.eEtrufalsn /bu"#.utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xA9, 0xED, 0xA0, 0xF0, 0xF4, 0x90, 0xFF]

    @Test func bothReadersTakeAndRefuseTheSameMutatedLines() throws {
        var random = SeededGenerator(seed: 20261201)
        var taken = 0, refused = 0, withMissed = 0, disagreements: [String] = []
        for record in Self.records {
            let line = record.storedLine.dropLast()
            check(Array(line), &taken, &refused, &withMissed, &disagreements)
            for _ in 0..<600 {
                check(Self.byteEdit(Array(line), &random), &taken, &refused, &withMissed, &disagreements)
            }
            for _ in 0..<600 {
                let tree = Self.treeEdit(record.jsonValue, &random)
                check(Array(tree.jsonText.utf8), &taken, &refused, &withMissed, &disagreements)
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements, first: \(disagreements.prefix(3))")
        // Not a vacuous test: plenty of each kind.
        #expect(taken > 500)
        #expect(refused > 2000)
        #expect(withMissed > 200)
    }

    @Test func aRepeatedKeyKeepsItsFirstValueInBothReaders() throws {
        let text = String(decoding: Self.records[1].storedLine.dropLast(), as: UTF8.self)
        let line = Array(text.replacingOccurrences(of: #""score":80"#, with: #""score":80,"score":"ninety","score":95"#).utf8)
        #expect(try SessionFacts(line: line).score == 80)
        #expect(try SessionRecord(line: line).score == 80)
    }

    @Test func aKeyWrittenWithEscapesIsTheSameKeyInBoth() throws {
        let text = String(decoding: Self.records[1].storedLine.dropLast(), as: UTF8.self)
        let line = Array(text.replacingOccurrences(of: #""score":80"#, with: #""\u0073core":95,"score":80"#).utf8)
        #expect(try SessionFacts(line: line).score == 95)
        #expect(try SessionRecord(line: line).score == 95)
    }

    @Test(arguments: 196...201)
    func nestingNearTheLimitIsTakenOrRefusedAlike(depth: Int) {
        let text = String(decoding: Self.records[1].storedLine.dropLast(), as: UTF8.self)
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        for place in [#""extra":"#, #""met":["apology"],"extra":"#] {
            let line = Array(text.replacingOccurrences(of: place == #""extra":"# ? #""score":80"# : #""met":["apology"]"#,
                                                       with: place + nested + (place == #""extra":"# ? #","score":80"# : "")).utf8)
            let fast = (try? SessionFacts(line: line)) != nil
            let full = (try? SessionRecord(line: line)) != nil
            #expect(fast == full, "depth \(depth) at \(place): fast \(fast), full \(full)")
        }
    }

    @Test func aBrokenTurnIsRefusedByBoth() {
        let text = String(decoding: Self.records[1].storedLine.dropLast(), as: UTF8.self)
        let line = Array(text.replacingOccurrences(of: #","mood":60}"#, with: "}").utf8)
        #expect(throws: RecordError("missing field 'mood'")) { try SessionFacts(line: line) }
        #expect(throws: RecordError("missing field 'mood'")) { try SessionRecord(line: line) }
    }

    @Test(arguments: [#""\ud800""#, #""\q""#, "\"\u{00}\"", #""\u12G4""#])
    func aBadStringAnywhereIsRefusedByBoth(bad: String) {
        let text = String(decoding: Self.records[1].storedLine.dropLast(), as: UTF8.self)
        let line = Array(text.replacingOccurrences(of: #""Where is my order?""#, with: bad).utf8)
        #expect(throws: RecordError.self) { try SessionFacts(line: line) }
        #expect(throws: RecordError.self) { try SessionRecord(line: line) }
    }

    @Test func invalidUTF8InAReplyIsRefusedByBoth() {
        var line = Array(Self.records[1].storedLine.dropLast())
        let reply = Array("sort it out".utf8)
        let at = line.indices.first { line[$0...].starts(with: reply) }!
        line[at] = 0xED
        line[at + 1] = 0xA0
        line[at + 2] = 0x80
        #expect(throws: RecordError.self) { try SessionFacts(line: line) }
        #expect(throws: RecordError.self) { try SessionRecord(line: line) }
    }

    private func check(_ line: [UInt8], _ taken: inout Int, _ refused: inout Int, _ withMissed: inout Int,
                       _ disagreements: inout [String]) {
        let fast = Result { () throws(RecordError) in try SessionFacts(line: line) }
        let light = Result { () throws(RecordError) in try SessionReplies(line: line) }
        let full = Result { () throws(RecordError) in try SessionRecord(line: line) }
        let text = String(decoding: line, as: UTF8.self)
        switch (fast, light, full) {
        case (.success(let facts), .success(let replies), .success(let record)):
            taken += 1
            if !replies.missed.isEmpty { withMissed += 1 }
            if facts != SessionFacts(record) { disagreements.append("different facts: " + text) }
            if replies != SessionReplies(record) { disagreements.append("different missed replies: " + text) }
        case (.failure, .failure, .failure):
            refused += 1
        default:
            let verdicts = [("fast", fast.map { _ in () }), ("light", light.map { _ in () }), ("full", full.map { _ in () })]
                .map { name, result in
                    switch result {
                    case .success: return name + " takes"
                    case .failure(let error): return name + " refuses (\(error))"
                    }
                }
            disagreements.append(verdicts.joined(separator: ", ") + ": " + text)
        }
    }

    // MARK: Mutations

    static func pick<T>(_ items: [T], _ random: inout SeededGenerator) -> T { items[Int(random.next() % UInt64(items.count))] }
    static func below(_ count: Int, _ random: inout SeededGenerator) -> Int { count == 0 ? 0 : Int(random.next() % UInt64(count)) }

    /// One to three byte edits: delete, insert, replace, cut, repeat a run.
    static func byteEdit(_ line: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
        var bytes = line
        for _ in 0...below(3, &random) {
            let at = below(bytes.count, &random)
            switch below(5, &random) {
            case 0: if !bytes.isEmpty { bytes.remove(at: at) }
            case 1: bytes.insert(pick(alphabet, &random), at: at)
            case 2: if !bytes.isEmpty { bytes[at] = pick(alphabet, &random) }
            case 3: bytes = Array(bytes.prefix(at))
            default:
                let end = min(bytes.count, at + 1 + below(12, &random))
                bytes.insert(contentsOf: bytes[at..<end], at: end)
            }
        }
        return bytes
    }

    /// A value of some type, for mistyping a field.
    static func someValue(_ random: inout SeededGenerator) -> JSONValue {
        pick([.null, .bool(true), .int(7), .int(-1), .int(Int.min), .double(2.0), .double(2.5), .double(1e20), .string("x"),
              .string("resolved"), .array([]), .array([.string("a")]), .array([.int(1)]), .object([]),
              .object([("met", .int(1)), ("expected", .int(2))]), .object([("turn", .int(1)), ("reply", .string("r")), ("why", .string("w"))]),
              .object([("criterion", .string("c")), ("tip", .string("t"))])], &random)
    }

    /// The paths (child positions) to every object and array in `value`.
    static func containers(_ value: JSONValue, _ path: [Int] = []) -> [[Int]] {
        switch value {
        case .object(let pairs): return [path] + pairs.enumerated().flatMap { containers($1.1, path + [$0]) }
        case .array(let items): return [path] + items.enumerated().flatMap { containers($1, path + [$0]) }
        default: return []
        }
    }

    static func modify(_ value: JSONValue, at path: ArraySlice<Int>, _ change: (JSONValue) -> JSONValue) -> JSONValue {
        guard let first = path.first else { return change(value) }
        switch value {
        case .object(var pairs):
            pairs[first].1 = modify(pairs[first].1, at: path.dropFirst(), change)
            return .object(pairs)
        case .array(var items):
            items[first] = modify(items[first], at: path.dropFirst(), change)
            return .array(items)
        default: return value
        }
    }

    /// One or two edits of the tree: repeat a key with another value (before
    /// or after it), drop a member, mistype a member, rename a key to another
    /// known one, or drop an element of a list.
    static func treeEdit(_ value: JSONValue, _ random: inout SeededGenerator) -> JSONValue {
        var tree = value
        let keys = SessionFacts.Field.allCases.map(\.key) + ["step", "customer", "reply", "met", "missed", "mood", "expected", "turn", "why", "tip", "criterion", "evidence"]
        for _ in 0...below(2, &random) {
            let path = pick(containers(tree), &random)
            let kind = below(5, &random)
            let position = Int(random.next() % 1000)
            let other = someValue(&random)
            let renamed = pick(keys, &random)
            let before = random.next() % 2 == 0
            tree = modify(tree, at: path[...]) { node in
                switch node {
                case .object(var pairs) where !pairs.isEmpty:
                    let at = position % pairs.count
                    switch kind {
                    case 0: pairs.insert((pairs[at].0, other), at: before ? at : at + 1)
                    case 1: pairs.remove(at: at)
                    case 2: pairs[at].1 = other
                    case 3: pairs[at].0 = renamed
                    default: pairs.insert((renamed, other), at: at)
                    }
                    return .object(pairs)
                case .array(var items) where !items.isEmpty:
                    let at = position % items.count
                    if kind < 2 { items.remove(at: at) } else { items[at] = other }
                    return .array(items)
                default:
                    return node
                }
            }
        }
        return tree
    }
}
