import Foundation
import LastCallKit

/// `score-speed [--rubric FILE] [--count N]`: scores N (default 100,000)
/// generated replies on one thread and prints replies per second (as
/// `--jsonl` scores them, without the `--explain` detail), then with that
/// detail, then with the JSON line rendered (what `--jsonl` does per line).
func benchmarkScoringSpeed(arguments: [String]) {
    let rubric = loadRubricForBenchmark(optionValue("--rubric", in: arguments) ?? "scoring/rubric.yaml")
    let count = optionValue("--count", in: arguments).flatMap(Int.init) ?? 100_000
    let scorer = ReplyScorer(rubric: rubric)
    let openings = ["", "Hi, this is Tom from billing. ", "I'm so sorry about this! ", "Sorry, what was the order number? ", "Good morning, I’m Priya. "]
    let middles = ["I'll take care of this myself", "we'll look into it", "the courier messed up, not us", "I'll pass this on to the team",
                   "leave it with me and I'll call you back", "there's nothing I can do", "your parcel left our depot on Monday",
                   "I've just issued the refund to your card", "I'll see what I can do"]
    let endings = [" by 4pm today.", " within 24 hours.", " soon.", ".", " right now!", " tomorrow morning, OK?", " as soon as possible."]
    var replies: [String] = []
    replies.reserveCapacity(1000)
    var seed: UInt64 = 42
    func next(_ n: Int) -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int((seed >> 33) % UInt64(n))
    }
    for _ in 0..<1000 {
        replies.append(openings[next(openings.count)] + middles[next(middles.count)] + endings[next(endings.count)])
    }
    var met = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for i in 0..<count {
        met += scorer.score(replies[i % replies.count], explain: false).metCriteria.count
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let explainStart = DispatchTime.now().uptimeNanoseconds
    for i in 0..<count {
        met += scorer.score(replies[i % replies.count]).results.count
    }
    let explainSeconds = Double(DispatchTime.now().uptimeNanoseconds - explainStart) / 1e9
    var line: [UInt8] = []
    line.reserveCapacity(1 << 12)
    // what `--jsonl` does now: one session, reply bytes in, JSON bytes out
    var session = ReplyScorer.Session(scorer: scorer)
    let utf8 = replies.map { Array($0.utf8) }
    var sessionBytes = 0
    let sessionStart = DispatchTime.now().uptimeNanoseconds
    for i in 0..<count {
        line.removeAll(keepingCapacity: true)
        utf8[i % utf8.count].withUnsafeBufferPointer { session.appendJSON(forReply: $0, explain: false, to: &line) }
        sessionBytes += line.count + 1
    }
    let sessionSeconds = Double(DispatchTime.now().uptimeNanoseconds - sessionStart) / 1e9
    print("replies: \(count)  seconds: \(String(format: "%.3f", seconds))  replies/s: \(Int(Double(count) / seconds))  (criteria met: \(met))")
    print("with --explain detail: replies/s: \(Int(Double(count) / explainSeconds))")
    print("session to JSON bytes (as --jsonl): replies/s: \(Int(Double(count) / sessionSeconds))  (\(sessionBytes) bytes)")
}
