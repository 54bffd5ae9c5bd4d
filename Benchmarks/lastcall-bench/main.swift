import Foundation
import LastCallKit

// Release-mode benchmarks: `swift run -c release lastcall-bench SUBCOMMAND ...`.
// Each subcommand reads its input first and times only the work itself.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(64)
}

func yamlFiles(in directory: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
        fail("lastcall-bench: cannot list \(directory)")
    }
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { directory + "/" + $0 }
}

func readBytes(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { fail("lastcall-bench: cannot read \(path)") }
    return [UInt8](data)
}

/// `yaml DIR`: parses every .yaml file in DIR, prints files, bytes, seconds, MB/s.
func benchmarkYAML(directory: String) {
    let files = yamlFiles(in: directory)
    let contents = files.map(readBytes)
    let bytes = contents.reduce(0) { $0 + $1.count }
    var failures = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for (path, data) in zip(files, contents) {
        do { _ = try YAMLReader.read(bytes: data, path: path) } catch { failures += 1 }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let megabytes = Double(bytes) / 1_000_000
    print("files: \(files.count)  bytes: \(bytes)  seconds: \(String(format: "%.4f", seconds))  MB/s: \(String(format: "%.1f", megabytes / seconds))  rejected: \(failures)")
}

/// `yaml-json FILE...`: one line per file, `OK <compact JSON>` or `ERR <error>`
/// (used by Benchmarks/yaml-differential.py and yaml-suite-check.py).
func printYAMLAsJSON(files: [String]) {
    for path in files {
        do {
            let node = try YAMLReader.read(bytes: readBytes(path), path: path)
            print("OK " + node.jsonValue.jsonText)
        } catch {
            print("ERR " + error.description.replacingOccurrences(of: "\n", with: " "))
        }
    }
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else { fail("usage: lastcall-bench yaml DIR | yaml-json FILE... | accuracy FILE.tsv | score-speed | sessions [DIR] [RUBRIC] [--no-clock] | reports ... | store-writer ...") }
switch arguments[1] {
case "yaml":
    guard arguments.count == 3 else { fail("usage: lastcall-bench yaml DIR") }
    benchmarkYAML(directory: arguments[2])
case "sessions":
    PlayBenchmark.run(Array(arguments.dropFirst(2)))
case "accuracy": benchmarkAccuracy(arguments: Array(arguments.dropFirst(2)))
case "score-speed": benchmarkScoringSpeed(arguments: Array(arguments.dropFirst(2)))
case "yaml-json":
    printYAMLAsJSON(files: Array(arguments.dropFirst(2)))
case "reports": ReportBenchmark.run(Array(arguments.dropFirst(2)))
case "store-writer": StoreFaultWriter.run(Array(arguments.dropFirst(2)))
default:
    fail("lastcall-bench: unknown subcommand '\(arguments[1])'")
}
