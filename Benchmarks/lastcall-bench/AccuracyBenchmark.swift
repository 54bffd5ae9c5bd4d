import Foundation
import LastCallKit

/// Loads a rubric file for the benchmarks, printing its problems and
/// stopping when it has errors.
func loadRubricForBenchmark(_ path: String) -> Rubric {
    guard let data = FileManager.default.contents(atPath: path) else {
        fail("lastcall-bench: cannot read rubric \(path) (pass --rubric FILE)")
    }
    let (rubric, diagnostics) = Rubric.load(yaml: String(decoding: data, as: UTF8.self), path: path)
    for diagnostic in diagnostics {
        FileHandle.standardError.write(Data((diagnostic.description + (diagnostic.hint.map { " (\($0))" } ?? "") + "\n").utf8))
    }
    guard let rubric else { fail("lastcall-bench: the rubric has errors") }
    return rubric
}

/// The value after `flag` in `arguments`, if present.
func optionValue(_ flag: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

/// `accuracy FILE.tsv [--rubric FILE] [--verbose]`: scores every labelled
/// reply (`FLAGS<TAB>REPLY`) and prints precision, recall and F1 per
/// criterion and the macro-F1; `--verbose` lists each misclassified reply.
func benchmarkAccuracy(arguments: [String]) {
    guard let file = arguments.first(where: { !$0.hasPrefix("--") && $0 != optionValue("--rubric", in: arguments) }) else {
        fail("usage: lastcall-bench accuracy FILE.tsv [--rubric scoring/rubric.yaml] [--verbose]")
    }
    let rubric = loadRubricForBenchmark(optionValue("--rubric", in: arguments) ?? "scoring/rubric.yaml")
    let verbose = arguments.contains("--verbose")
    guard let data = FileManager.default.contents(atPath: file) else { fail("lastcall-bench: cannot read \(file)") }
    let scorer = ReplyScorer(rubric: rubric)
    let letters: [(CriterionID, Character)] = [(.apology, "a"), (.ownership, "o"), (.timeFrame, "t"), (.noBlame, "b"), (.nameAndNumber, "n")]
    var counts: [CriterionID: (tp: Int, fp: Int, fn: Int)] = [:]
    var lines = 0
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
        let parts = line.split(separator: "\t", maxSplits: 1)
        guard parts.count == 2 else { continue }
        lines += 1
        let flags = Set(parts[0])
        let reply = String(parts[1])
        let score = scorer.score(reply)
        for (id, letter) in letters {
            guard let result = score[id] else { continue }
            // for no-blame the label marks a violation
            let predicted = id == .noBlame ? !result.met : result.met
            let expected = flags.contains(letter)
            var c = counts[id] ?? (0, 0, 0)
            if predicted && expected { c.tp += 1 }
            if predicted && !expected { c.fp += 1 }
            if !predicted && expected { c.fn += 1 }
            counts[id] = c
            if verbose && predicted != expected {
                let detail = result.fired.map { "\($0.phrase) -> '\($0.words)'" + ($0.overruledBy.map { " [\($0)]" } ?? "") }.joined(separator: "; ")
                print("\(predicted ? "FP" : "FN") \(letter)  \(reply)\n      \(detail)")
            }
        }
    }
    print("replies: \(lines)")
    print("criterion         precision  recall   F1")
    var f1s: [Double] = []
    for (id, letter) in letters {
        let c = counts[id] ?? (0, 0, 0)
        let precision = c.tp + c.fp == 0 ? 1 : Double(c.tp) / Double(c.tp + c.fp)
        let recall = c.tp + c.fn == 0 ? 1 : Double(c.tp) / Double(c.tp + c.fn)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        f1s.append(f1)
        let name = (id == .noBlame ? "blame (b)" : "\(id.rawValue) (\(letter))").padding(toLength: 16, withPad: " ", startingAt: 0)
        print("\(name)  \(String(format: "%.3f", precision))      \(String(format: "%.3f", recall))    \(String(format: "%.3f", f1))")
    }
    print("macro-F1: \(String(format: "%.3f", f1s.reduce(0, +) / Double(f1s.count)))")
}
