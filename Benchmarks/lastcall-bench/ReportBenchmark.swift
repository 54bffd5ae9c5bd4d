import Foundation
import LastCallKit

/// `reports generate DIR [TRAINEES] [SESSIONS]`: writes a deterministic
/// progress folder (default 2,000 trainees x 100 sessions, five turns each
/// with real-looking replies) for timing `lastcall export` and `report`
/// (see Benchmarks/reports.sh).
/// `reports decode DIR`: times the fast line decoder and the full JSON
/// decoder over the folder, in-process.
enum ReportBenchmark {
    static func run(_ arguments: [String]) {
        switch arguments.first {
        case "generate":
            guard arguments.count >= 2 else { fail("usage: lastcall-bench reports generate DIR [TRAINEES] [SESSIONS]") }
            let trainees = arguments.count > 2 ? Int(arguments[2]) ?? 2000 : 2000
            let sessions = arguments.count > 3 ? Int(arguments[3]) ?? 100 : 100
            generate(folder: arguments[1], trainees: trainees, sessions: sessions)
        case "decode":
            guard arguments.count >= 2 else { fail("usage: lastcall-bench reports decode DIR [fast]") }
            decode(folder: arguments[1], fastOnly: arguments.count > 2)
        default:
            fail("usage: lastcall-bench reports generate DIR [TRAINEES] [SESSIONS] | reports decode DIR")
        }
    }

    static let scenarios: [(id: String, title: String, level: Int, steps: [[String]])] = [
        ("late-order-third-call", "Late order, third call", 2,
         [["apology", "ownership"], ["time-frame"], ["name-and-number"], [], ["ownership", "time-frame"]]),
        ("double-charge", "Charged twice for one order", 1,
         [["apology"], ["ownership"], ["time-frame"], ["name-and-number"], []]),
        ("broken-on-arrival", "Broken on arrival", 2,
         [["apology", "ownership"], ["time-frame"], ["ownership"], ["name-and-number"], []]),
        ("cancelled-flight", "Cancelled flight, wedding tomorrow", 3,
         [["apology"], ["ownership", "time-frame"], ["time-frame"], ["name-and-number"], ["apology"]]),
        ("wrong-size", "Wrong size delivered", 1, [["apology"], ["ownership"], [], ["time-frame"], ["name-and-number"]]),
        ("lost-parcel", "Parcel lost by the courier", 3,
         [["apology", "ownership"], ["time-frame"], ["ownership"], ["time-frame", "name-and-number"], []]),
        ("billing-dispute", "Billing dispute with a supervisor threat", 4,
         [["apology"], ["ownership"], ["time-frame"], ["ownership", "name-and-number"], ["apology"]]),
        ("outage-angry-owner", "Outage, angry shop owner", 5,
         [["apology", "ownership"], ["time-frame"], ["ownership", "time-frame"], ["name-and-number"], ["apology"]]),
    ]

    static let customerLines = [
        "This is the third time I've called about this order and nobody has done a thing.",
        "I was promised a refund last week. Where is it?",
        "Do you have any idea how much this has cost me?",
        "I want to speak to someone who can actually fix this.",
        "So when exactly is this going to be sorted out?",
        "Fine. And who do I ask for if it isn't?",
    ]
    static let goodReplies = [
        "I'm really sorry this has happened again, that's not good enough and I'll sort it out myself.",
        "I will chase the warehouse now and call you back by 4 pm today with a delivery date.",
        "My name is Priya and my direct line is 0161 496 0732, so you can reach me without queueing.",
        "I'm sorry for the wait. I've put the refund through myself and it will reach your card within three working days.",
        "I understand why you're upset. I'll take care of this personally and email you by the end of the day.",
    ]
    static let weakReplies = [
        "The courier must have lost it, there's nothing we can do about that.",
        "You should have checked the order before you paid for it.",
        "Someone from the other team will probably get back to you at some point.",
        "That's our policy, I can't change it.",
        "I don't know, the system says it was delivered.",
    ]

    static func generate(folder: String, trainees: Int, sessions: Int) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var random = SeededGenerator(seed: 20261125)
        let criteria: [CriterionID] = [.apology, .ownership, .timeFrame, .noBlame, .nameAndNumber]
        let start = DispatchTime.now().uptimeNanoseconds
        var totalBytes = 0
        for traineeIndex in 0..<trainees {
            let trainee = "trainee-\(String(format: "%04d", traineeIndex))"
            let skill = Double(random.next() % 60 + 35) / 100
            var text = ""
            text.reserveCapacity(sessions * 3000)
            for sessionIndex in 0..<sessions {
                let scenario = scenarios[Int(random.next() % UInt64(scenarios.count))]
                let day = sessionIndex * 300 / max(sessions, 1)
                let started = 1_764_547_200 + day * 86_400 + traineeIndex * 7 + sessionIndex * 61
                let duration = Int(random.next() % 400) + 60
                var turns: [Turn] = []
                var mood = 40
                for (stepIndex, expect) in scenario.steps.enumerated() {
                    let good = Double(random.next() % 100) / 100 < skill + Double(sessionIndex) / Double(sessions * 4)
                    let reply = good ? goodReplies[Int(random.next() % UInt64(goodReplies.count))]
                        : weakReplies[Int(random.next() % UInt64(weakReplies.count))]
                    let expected = (expect + ["no-blame"]).compactMap(CriterionID.init(rawValue:))
                    var met: [CriterionID] = [], missed: [CriterionID] = []
                    for criterion in expected {
                        if good ? random.next() % 10 < 8 : random.next() % 10 < 3 { met.append(criterion) } else { missed.append(criterion) }
                    }
                    mood = max(0, min(100, mood + met.count * 6 - missed.count * 8))
                    var evidence: [CriterionID: [String]] = [:]
                    for criterion in met { evidence[criterion] = [String(reply.split(separator: " ").prefix(2).joined(separator: " "))] }
                    turns.append(Turn(step: "step-\(stepIndex + 1)", customer: customerLines[stepIndex % customerLines.count],
                                      reply: reply, met: met, missed: missed, evidence: evidence, mood: mood))
                }
                let tallies = SessionScore.tally(turns: turns, criteria: criteria).filter { $0.expected > 0 }
                    .map { CriterionTally(criterion: $0.criterion, met: $0.met, expected: $0.expected) }
                let score = SessionScore.score(turns: turns, rules: EngineRules())
                let outcome: SessionOutcome = random.next() % 20 == 0 ? .abandoned : (score >= 70 ? .resolved : (mood < 20 ? .lost : .escalated))
                let startedAt = iso(started), endedAt = iso(started + duration)
                let seed = random.next() >> 1
                let record = SessionRecord(
                    id: SessionRecord.makeID(trainee: trainee, scenario: scenario.id, startedAt: startedAt, seed: seed),
                    trainee: trainee, scenario: scenario.id, scenarioTitle: scenario.title, level: scenario.level,
                    scenarioHash: SHA256.hex(scenario.id), seed: seed, startedAt: startedAt, endedAt: endedAt,
                    durationSeconds: duration, outcome: outcome, endReason: outcome == .abandoned ? "abandoned" : nil,
                    score: score, passMark: 70, passed: score >= 70 && outcome != .abandoned, moodStart: 40, moodEnd: mood,
                    path: turns.map(\.step), criteria: tallies, turns: turns,
                    best: TurnHighlight(turn: 1, reply: turns[0].reply, why: "met apology and ownership"),
                    weakest: TurnHighlight(turn: 2, reply: turns[1].reply, why: "missed time-frame"),
                    tips: [CriterionTip(criterion: .timeFrame, tip: "Give a concrete time.")])
                text += record.jsonValue.jsonText
                text += "\n"
            }
            totalBytes += text.utf8.count
            _ = FileManager.default.createFile(atPath: folder + "/" + trainee + ".jsonl", contents: Data(text.utf8))
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("generated \(trainees) trainees x \(sessions) sessions in \(folder): \(totalBytes / 1_000_000) MB in \(String(format: "%.1f", seconds)) s")
    }

    static func iso(_ seconds: Int) -> String {
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    static func decode(folder: String, fastOnly: Bool) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        let files = names.prefix(200).map { readBytes(folder + "/" + $0) }
        let bytes = files.reduce(0) { $0 + $1.count }
        func time(_ label: String, _ body: ([UInt8]) -> Int) {
            let start = DispatchTime.now().uptimeNanoseconds
            var lines = 0
            for file in files { lines += body(file) }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print("\(label): \(lines) lines, \(bytes / 1_000_000) MB in \(String(format: "%.3f", seconds)) s, "
                  + "\(String(format: "%.0f", Double(bytes) / 1e6 / seconds)) MB/s")
        }
        time("fast decoder (SessionFacts(line:))") { file in
            var count = 0
            file.withUnsafeBufferPointer { buffer in
                var start = 0
                for index in 0..<buffer.count where buffer[index] == 0x0A {
                    if (try? SessionFacts(line: UnsafeBufferPointer(rebasing: buffer[start..<index]))) != nil { count += 1 }
                    start = index + 1
                }
            }
            return count
        }
        if fastOnly { return }
        time("full decoder (JSONParser + SessionRecord(json:))") { file in
            var count = 0
            var start = 0
            for index in 0..<file.count where file[index] == 0x0A {
                if let value = try? JSONParser.parse(bytes: Array(file[start..<index])), (try? SessionRecord(json: value)) != nil { count += 1 }
                start = index + 1
            }
            return count
        }
    }
}
