#!/usr/bin/env python3
"""Conformance check of the YAML reader against hand-collected cases.

Each CASES file (a Python module defining CASES = [(id, yaml, expected)])
gives a document and what a conforming YAML 1.2 parser reads from it, with
every scalar a string and absent values None; expected None alone means the
document is invalid YAML. (Keep third-party suite data out of the repository:
pass the files' paths.) Counts accepted-and-correct, accepted-but-wrong (must
be 0), rejected-valid and accepted-invalid (must be 0).

usage: yaml-suite-check.py CASES.py...
"""
import importlib.util, json, os, subprocess, sys, tempfile

BENCH = os.environ.get("BENCH", ".build-yaml/release/lastcall-bench")
INVALID = object()

def load_cases(path):
    spec = importlib.util.spec_from_file_location("cases", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES

def main():
    cases = [c for p in sys.argv[1:] for c in load_cases(p)]
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (_, text, _) in enumerate(cases):
            path = os.path.join(tmp, "%04d.yaml" % i)
            with open(path, "wb") as f:
                f.write(text.encode("utf-8"))
            paths.append(path)
        lines = subprocess.run([BENCH, "yaml-json"] + paths, capture_output=True, text=True, check=True).stdout.split("\n")
    counts = {"correct": 0, "WRONG": 0, "rejected-valid": 0, "rejected-invalid": 0, "ACCEPTED-INVALID": 0}
    for (name, text, expected), line in zip(cases, lines):
        accepted = line.startswith("OK ")
        valid = not (expected is None and not name.endswith("+null"))
        if accepted:
            mine = json.loads(line[3:], object_pairs_hook=dict)
            if not valid:
                counts["ACCEPTED-INVALID"] += 1
                print("ACCEPTED-INVALID %s %r -> %r" % (name, text, mine))
            elif mine == expected:
                counts["correct"] += 1
            else:
                counts["WRONG"] += 1
                print("WRONG %s %r\n   mine     %r\n   expected %r" % (name, text, mine, expected))
        elif valid:
            counts["rejected-valid"] += 1
            print("rejected-valid %s %r: %s" % (name, text, line[4:]))
        else:
            counts["rejected-invalid"] += 1
    print(", ".join("%s %d" % kv for kv in counts.items()))

if __name__ == "__main__":
    main()
