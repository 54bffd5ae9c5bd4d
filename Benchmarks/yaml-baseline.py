#!/usr/bin/env python3
"""Times PyYAML's C loader over every .yaml file in DIR in one process, for
comparison with `lastcall-bench yaml DIR` (files are read first; only parsing
is timed).

usage: yaml-baseline.py DIR
"""
import os, sys, time
import yaml

def main():
    if len(sys.argv) != 2:
        sys.exit("usage: yaml-baseline.py DIR")
    directory = sys.argv[1]
    names = sorted(n for n in os.listdir(directory) if n.endswith((".yaml", ".yml")))
    texts = []
    for name in names:
        with open(os.path.join(directory, name), "rb") as f:
            texts.append(f.read())
    total = sum(len(t) for t in texts)
    loader = yaml.CLoader if hasattr(yaml, "CLoader") else yaml.SafeLoader
    start = time.perf_counter()
    for text in texts:
        yaml.load(text, Loader=loader)
    seconds = time.perf_counter() - start
    print("files: %d  bytes: %d  seconds: %.4f  MB/s: %.1f  loader: %s" % (
        len(names), total, seconds, total / 1e6 / seconds, loader.__name__))

if __name__ == "__main__":
    main()
