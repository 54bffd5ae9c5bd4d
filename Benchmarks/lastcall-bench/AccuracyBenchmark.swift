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
/// reply (the guide's `FLAGS<TAB>REPLY`, or a labels file with a header)
/// and prints precision, recall and F1 per criterion and the macro-F1;
/// `--verbose` lists each misclassified reply. The figures come from
/// `Calibration`, the same code as `lastcall calibrate` and `lastcall check`.
func benchmarkAccuracy(arguments: [String]) {
    guard let file = arguments.first(where: { !$0.hasPrefix("--") && $0 != optionValue("--rubric", in: arguments) }) else {
        fail("usage: lastcall-bench accuracy FILE.tsv [--rubric scoring/rubric.yaml] [--verbose]")
    }
    let rubric = loadRubricForBenchmark(optionValue("--rubric", in: arguments) ?? "scoring/rubric.yaml")
    let verbose = arguments.contains("--verbose")
    guard let data = FileManager.default.contents(atPath: file) else { fail("lastcall-bench: cannot read \(file)") }
    let (labels, diagnostics) = LabelsFile.read(text: String(decoding: data, as: UTF8.self), path: file)
    for diagnostic in diagnostics { FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8)) }
    let calibration = Calibration(labelled: labels.replies, scorer: ReplyScorer(rubric: rubric))
    let letters = Dictionary(uniqueKeysWithValues: LabelsFile.letters.map { ($1, $0) })
    if verbose {
        for item in calibration.disagreements {
            // FP: the scorer says the guide's positive class holds and the label says not.
            let scorerPositive = LabelledReply.positive(item.criterion, met: item.scorerSays)
            let detail = item.fired.map { "\($0.phrase) -> '\($0.words)'" + ($0.overruledBy.map { " [\($0)]" } ?? "") }.joined(separator: "; ")
            print("\(scorerPositive ? "FP" : "FN") \(letters[item.criterion].map(String.init) ?? item.criterion.rawValue)  \(item.labelled.reply)\n      \(detail)")
        }
    }
    print("replies: \(calibration.replies)")
    print("criterion         precision  recall   F1     kappa")
    for (id, figures) in calibration.criteria {
        let letter = letters[id].map(String.init) ?? "?"
        let name = (id == .noBlame ? "blame (b)" : "\(id.rawValue) (\(letter))").padding(toLength: 16, withPad: " ", startingAt: 0)
        print("\(name)  \(String(format: "%.3f", figures.precision))      \(String(format: "%.3f", figures.recall))    \(String(format: "%.3f", figures.f1))  \(String(format: "%.3f", figures.kappa))")
    }
    print("macro-F1: \(String(format: "%.3f", calibration.macroF1))")
}
