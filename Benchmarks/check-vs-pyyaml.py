#!/usr/bin/env python3
"""Times `lastcall check` over a generated library of 1,000 scenario files
(about 200 lines each) side by side with PyYAML's C loader reading the same
files in one Python process. Prints both figures (best of 5 runs).

Usage: Benchmarks/check-vs-pyyaml.py [LASTCALL_BINARY] [DIR]
Build first: swift build -c release --product lastcall"""
import glob
import os
import subprocess
import sys
import time

import yaml

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/release/lastcall")
folder = sys.argv[2] if len(sys.argv) > 2 else "/tmp/lastcall-bench-library"

subprocess.run([sys.executable, os.path.join(here, "generate-library.py"), folder, "1000"], check=True)
files = sorted(glob.glob(os.path.join(folder, "*.yaml")))
size = sum(os.path.getsize(f) for f in files)
rubric = os.path.join(root, "scoring/rubric.yaml")

runs = []
for _ in range(5):
    start = time.perf_counter()
    result = subprocess.run([binary, "check", folder, "--rubric", rubric], capture_output=True, text=True)
    runs.append(time.perf_counter() - start)
    if result.returncode != 0:
        sys.exit("lastcall check failed:\n" + result.stdout[-2000:] + result.stderr[-2000:])
summary = result.stdout.strip().splitlines()[-1]
print(f"lastcall check: {min(runs):.3f} s best of 5 (median {sorted(runs)[2]:.3f} s) for {len(files)} files, {size / 1e6:.1f} MB  [{summary}]")

loader = getattr(yaml, "CLoader", None)
if loader is None:
    sys.exit("PyYAML has no C loader here (libyaml missing)")
runs = []
for _ in range(5):
    start = time.perf_counter()
    for path in files:
        with open(path, "rb") as f:
            yaml.load(f, Loader=loader)
    runs.append(time.perf_counter() - start)
print(f"PyYAML CLoader: {min(runs):.3f} s best of 5 (median {sorted(runs)[2]:.3f} s) reading the same files in one process (no validation)")
