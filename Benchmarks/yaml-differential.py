#!/usr/bin/env python3
"""Differential check of the YAML reader against ruamel.yaml (YAML 1.2) and
PyYAML's BaseLoader (every scalar a string).

Generates random documents from the subset plus mutations (tabs, stray
indicators, odd indentation), runs them through `lastcall-bench yaml-json`
and reports every document the reader ACCEPTS but reads differently from the
references: those would be silent misreads and must be zero. Documents the
reader rejects are only counted.

usage: yaml-differential.py [COUNT] [SEED]   (needs ruamel.yaml and PyYAML)
"""
import json, os, random, subprocess, sys, tempfile

BENCH = os.environ.get("BENCH", ".build-yaml/release/lastcall-bench")

WORDS = ["a", "b", "key", "name", "x y", "1.0", "yes", "~", "null", "-x", ":x", "?x", "a#b", "a:b",
         "http://h/p", "é", "日本", "a,b", "[x", "x]", "{y", "a'b", 'a"b', "a\\b", "!x", "&x", "*x", "%x",
         "@x", "`x", "|x", ">x", "- x", "#x", "a #b", "a: b", " ", "", "-", "?", ":", "---", "...", "\t"]

def word(r):
    return r.choice(WORDS[:20]) if r.random() < 0.7 else r.choice(WORDS)

def scalar(r, indent, inline=True):
    k = r.random()
    w = word(r)
    if k < 0.45:
        return w
    if k < 0.6:
        return "'" + w.replace("'", "''") + r.choice(["", "\n" + " " * (indent + 1) + word(r), "\n\n" + " " * (indent + 1) + word(r)]) + "'"
    if k < 0.75:
        esc = r.choice(["", "\\t", "\\n", "\\x41", "\\u00e9", "\\U0001F600", "\\\\", "\\\"", "\\ ", "\\/", "\\N", "\\_", "\\L", "\\P", "\\e", "\\0", "\\q", "\\\n" + " " * (indent + 1)])
        return '"' + w.replace("\\", "\\\\").replace('"', '\\"') + esc + r.choice(["", " \n" + " " * (indent + 1) + "z", "\n\n" + " " * (indent + 1) + "z"]) + '"'
    if k < 0.85 and inline:
        return r.choice(["[", "{"]) + ", ".join(
            (word(r) + ": " + word(r)) if r.random() < 0.5 else word(r) for _ in range(r.randint(0, 3))) + r.choice(["]", "}"])
    if k < 0.95 and inline:
        head = r.choice(["|", ">", "|-", ">+", "|2", ">-1", "|+", ">"])
        lines = []
        for _ in range(r.randint(0, 4)):
            lines.append(r.choice(["", " ", "  ", "\t"]) * r.randint(0, 1) + r.choice(["", word(r), word(r) + " " + word(r)]))
        pad = " " * (indent + r.choice([1, 2, 2, 3]))
        return head + "\n" + "\n".join((pad + l) if l or r.random() < 0.5 else l for l in lines)
    return w + "\n" + " " * (indent + r.choice([0, 1, 2])) + word(r)

def node(r, indent, depth):
    k = r.random()
    if depth > 3 or k < 0.35:
        return " " + scalar(r, indent)
    pad = " " * indent
    if k < 0.7:
        out = []
        for _ in range(r.randint(1, 3)):
            child = indent + r.choice([2, 2, 1, 4])
            out.append(pad + word(r) + ":" + node(r, child, depth + 1))
        return "\n" + "\n".join(out)
    out = []
    for _ in range(r.randint(1, 3)):
        child = indent + r.choice([2, 2, 1, 4])
        out.append(pad + "-" + node(r, child, depth + 1))
    return "\n" + "\n".join(out)

def mutate(r, text):
    for _ in range(r.randint(0, 2)):
        if not text:
            break
        i = r.randrange(len(text))
        text = text[:i] + r.choice([" ", "\t", ":", "#", "-", "\n", "  ", "'", '"', "[", "]", ",", " #", ": ", "- "]) + text[i:]
    return text

def ruamel_load(text):
    from ruamel.yaml import YAML
    return YAML(typ="base", pure=True).load(text)

def pyyaml_load(text):
    import yaml
    return yaml.load(text, Loader=yaml.BaseLoader)

def normalize(value):
    if value is None:
        return ""
    if isinstance(value, dict):
        return [[normalize(k), normalize(v)] for k, v in value.items()]
    if isinstance(value, list):
        return [normalize(v) for v in value]
    return value

def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    r = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    docs = []
    for _ in range(count):
        text = node(r, r.choice([0, 0, 1]), 0).lstrip("\n")
        if text.startswith(" "):
            text = text[1:]
        if r.random() < 0.5:
            text = mutate(r, text)
        docs.append(text + r.choice(["\n", "", "\n\n"]))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, d in enumerate(docs):
            p = os.path.join(tmp, "%05d.yaml" % i)
            with open(p, "w", encoding="utf-8") as f:
                f.write(d)
            paths.append(p)
        out = subprocess.run([BENCH, "yaml-json"] + paths, capture_output=True, text=True, check=True).stdout.split("\n")
    accepted = rejected = misreads = 0
    for text, line in zip(docs, out):
        if line.startswith("ERR"):
            rejected += 1
            continue
        accepted += 1
        mine = normalize(json.loads(line[3:], object_pairs_hook=lambda pairs: dict(pairs)))
        problems = []
        for name, load in (("ruamel", ruamel_load), ("pyyaml", pyyaml_load)):
            try:
                theirs = normalize(load(text))
            except Exception as e:
                problems.append("%s rejects: %s" % (name, str(e).splitlines()[0] if str(e) else type(e).__name__))
                continue
            if theirs != mine:
                problems.append("%s reads %r" % (name, theirs))
        if problems and not all(p.startswith("pyyaml") for p in problems):
            misreads += 1
            print("=" * 60)
            print(repr(text))
            print("mine:", mine)
            for p in problems:
                print("  ", p)
    print("accepted %d, rejected %d, disagreements %d" % (accepted, rejected, misreads))

if __name__ == "__main__":
    main()
