#!/usr/bin/env python3
"""Conformance check of the YAML reader against the yaml-test-suite or
hand-collected cases.

Two kinds of input, freely mixed on the command line:

* a directory (or single file) of yaml-test-suite `src/XXXX.yaml` files
  (or `XXXX.json` files holding {"cases": [...]} with the same fields and
  the markers already translated).
  Each file is a list of cases with `yaml` (the input, written with the
  suite's visible markers), `tree` (the expected event stream), and
  `fail: true` for documents that are not YAML. The expected reading is
  derived from the `tree`: every scalar a string, an empty plain scalar
  null. A case may also carry `oos: WHY` (out of the reader's subset:
  anchor, tag, directive, multidoc, explicitkey, complexkey...), which makes
  rejection the only right answer, or, instead of a tree, `expect:` with
  the reading as JSON text (strings and null only). Documents whose tree has several
  documents, anchors, aliases, tags, non-scalar, null or duplicate keys are
  out of the subset by the tree alone. (Keep third-party suite data out of
  the repository: pass the files' paths.)

* a Python module defining CASES = [(id, yaml, expected)] with every scalar a
  string and absent values None; expected None alone means the document is
  invalid YAML (an id ending in "+null" means the document reads as null).

Prints one line per problem and the counts: read correctly, MISREAD (valid,
accepted, read differently: must be 0), INVALID-ACCEPTED (must be 0),
OOS-ACCEPTED (out of the subset but accepted: must be 0), valid-rejected
(split into out-of-subset, where rejection is right, and in-subset).

usage: yaml-suite-check.py [-v] PATH...    (BENCH=path/to/lastcall-bench)
"""
import importlib.util, json, os, re, subprocess, sys, tempfile

BENCH = os.environ.get("BENCH") or next(
    (p for p in (".build-yaml2/release/lastcall-bench", ".build/release/lastcall-bench") if os.path.exists(p)),
    ".build/release/lastcall-bench")


class OutOfSubset(Exception):
    pass


def unescape(text):
    """The suite's visible markers (bin/YAMLTestSuite.pm `unescape`), plus
    the older `·`, `<SPC>` and `<TAB>` spellings of a space and a tab."""
    text = text.replace("␣", " ").replace("·", " ").replace("<SPC>", " ").replace("<TAB>", "\t")
    text = re.sub("—*»", "\t", text)
    text = text.replace("←", "\r").replace("⇔", "\ufeff").replace("↵", "")
    if text.endswith("∎\n"):
        text = text[:-2]
    elif text.endswith("∎"):
        text = text[:-1]
    return text


ESCAPES = {"\\": "\\", "0": "\0", "a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v",
           "f": "\f", "r": "\r", "e": "\x1b", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}


def event_value(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            if n in ESCAPES:
                out.append(ESCAPES[n]); i += 2; continue
            width = {"x": 2, "u": 4, "U": 8}.get(n)
            if width:
                out.append(chr(int(text[i + 2:i + 2 + width], 16))); i += 2 + width; continue
        out.append(c); i += 1
    return "".join(out)


def tree_to_value(tree):
    """The expected reading from an event tree, as nested lists (sequences),
    ("map", [(key, value)]) tuples and strings/None; raises OutOfSubset."""
    events = [l.lstrip() for l in tree.splitlines() if l.strip()]
    docs = [e for e in events if e.startswith("+DOC")]
    if len(docs) > 1:
        raise OutOfSubset("several documents")
    if not docs:
        return "EMPTY-STREAM"
    stack, result = [], []

    def add(value):
        if stack:
            stack[-1].append(value)
        else:
            result.append(value)

    for e in events:
        if e.startswith(("+STR", "-STR", "+DOC", "-DOC")):
            continue
        if e.startswith("=ALI"):
            raise OutOfSubset("alias")
        if e.startswith(("+MAP", "+SEQ")):
            props = e[4:].replace("{}", "").replace("[]", "").strip()
            if props:
                raise OutOfSubset("anchor or tag " + props)
            stack.append([e[1:4]])
            continue
        if e.startswith(("-MAP", "-SEQ")):
            items = stack.pop()
            kind, items = items[0], items[1:]
            if kind == "SEQ":
                add(items)
            else:
                pairs, seen = [], set()
                for k, v in zip(items[0::2], items[1::2]):
                    if not isinstance(k, str):
                        raise OutOfSubset("non-scalar or null key")
                    if k in seen:
                        raise OutOfSubset("duplicate key")
                    seen.add(k)
                    pairs.append((k, v))
                add(("map", pairs))
            continue
        if e.startswith("=VAL "):
            rest = e[5:]
            if rest[:1] in "&<":
                raise OutOfSubset("anchor or tag on scalar")
            style, raw = rest[0], rest[1:]
            value = event_value(raw)
            add(None if style == ":" and value == "" else value)
            continue
        raise ValueError("unknown event " + e)
    return result[0]


def json_value(text):
    """JSON text as lists, ("map", [(key, value)]) tuples and strings/None."""
    return json.loads(text, object_pairs_hook=lambda pairs: ("map", list(pairs)))


EXPLICIT_KEY = re.compile(r"(^|[\s\[{,])\?(\s|$)", re.M)


def load_suite_file(path):
    if path.endswith(".json"):
        # the same cases already translated: {"cases": [{"yaml": ..., "tree": ...}]}
        with open(path, encoding="utf-8") as f:
            data = json.load(f)["cases"]
        raw = lambda text: text
    else:
        import yaml  # PyYAML, only to read the suite's own files
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        raw = unescape
    ident = os.path.splitext(os.path.basename(path))[0]
    cases, cache = [], {}
    for n, test in enumerate(data):
        for key in ("name", "yaml", "tree"):
            if key not in test and key in cache:
                test[key] = cache[key]
        cache = dict(test)
        name = ident if len(data) == 1 else "%s-%02d" % (ident, n)
        text = raw(test["yaml"])
        if test.get("fail"):
            expected = ("invalid",)
        elif test.get("oos"):
            expected = ("oos", test["oos"])
        elif "expect" in test and "tree" not in test:
            expected = ("value", json_value(test["expect"]))
        else:
            try:
                expected = ("value", tree_to_value(raw(test["tree"])))
            except OutOfSubset as e:
                expected = ("oos", str(e))
        cases.append((name, text, expected))
    return cases


def load_cases_module(path):
    spec = importlib.util.spec_from_file_location("cases", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = []
    for name, text, expected in module.CASES:
        if expected is None and not name.endswith("+null"):
            out.append((name, text, ("invalid",)))
        else:
            out.append((name, text, ("value", json_value(json.dumps(expected)))))
    return out


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    cases = []
    for arg in args:
        if os.path.isdir(arg):
            for f in sorted(os.listdir(arg)):
                if f.endswith((".yaml", ".json")):
                    cases += load_suite_file(os.path.join(arg, f))
        elif arg.endswith(".py"):
            cases += load_cases_module(arg)
        else:
            cases += load_suite_file(arg)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (_, text, _) in enumerate(cases):
            path = os.path.join(tmp, "%04d.yaml" % i)
            with open(path, "wb") as f:
                f.write(text.encode("utf-8"))
            paths.append(path)
        lines = subprocess.run([BENCH, "yaml-json"] + paths, capture_output=True, text=True, check=True).stdout.split("\n")
    counts = dict.fromkeys(["correct", "MISREAD", "INVALID-ACCEPTED", "OOS-ACCEPTED", "invalid-rejected",
                            "oos-rejected", "valid-rejected", "empty-stream"], 0)
    for (name, text, expected), line in zip(cases, lines):
        accepted = line.startswith("OK ")
        mine = json_value(line[3:]) if accepted else None
        kind = expected[0]
        if kind == "value" and expected[1] == "EMPTY-STREAM":
            counts["empty-stream"] += 1
            if verbose or (accepted and mine is not None):
                print("empty-stream %s %r -> %s" % (name, text, line))
            continue
        if kind == "invalid":
            if accepted:
                counts["INVALID-ACCEPTED"] += 1
                print("INVALID-ACCEPTED %s %r -> %s" % (name, text, line[3:]))
            else:
                counts["invalid-rejected"] += 1
                if verbose:
                    print("invalid-rejected %s %r: %s" % (name, text, line[4:]))
        elif kind == "oos":
            if accepted:
                counts["OOS-ACCEPTED"] += 1
                print("OOS-ACCEPTED %s (%s) %r -> %s" % (name, expected[1], text, line[3:]))
            else:
                counts["oos-rejected"] += 1
                if verbose:
                    print("oos-rejected %s (%s): %s" % (name, expected[1], line[4:]))
        elif accepted:
            if mine == expected[1]:
                counts["correct"] += 1
                if EXPLICIT_KEY.search(text):
                    print("check-explicit-key %s %r" % (name, text))
            else:
                counts["MISREAD"] += 1
                print("MISREAD %s %r\n   mine     %s\n   expected %r" % (name, text, line[3:], expected[1]))
        else:
            counts["valid-rejected"] += 1
            print("valid-rejected %s %r: %s" % (name, text, line[4:]))
    print(", ".join("%s %d" % kv for kv in counts.items()))


if __name__ == "__main__":
    main()
