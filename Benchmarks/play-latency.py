#!/usr/bin/env python3
"""Times `lastcall play` from process start to the first customer line on
standard output (best and median of 20 runs), for every scenario or the ones
named. Build first: swift build -c release --product lastcall

Usage: Benchmarks/play-latency.py [LASTCALL_BINARY] [SCENARIO...]"""
import os
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/release/lastcall")
names = sys.argv[2:] or sorted(f[:-5] for f in os.listdir(os.path.join(root, "scenarios")) if f.endswith(".yaml"))
progress = tempfile.mkdtemp(prefix="lastcall-latency-")
env = dict(os.environ, NO_COLOR="1", LASTCALL_PROGRESS=progress, LASTCALL_TRAINEE="bench")

worst = 0.0
for name in names:
    runs = []
    for _ in range(20):
        start = time.perf_counter()
        proc = subprocess.Popen([binary, "play", name, "--replies", "-"], cwd=root, env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        # --replies - reads standard input whole first: no replies, so close it now.
        proc.stdin.close()
        first = None
        while True:
            line = proc.stdout.readline()
            if not line:
                break
            # The customer's line is "NAME: text"; the brief lines come before it.
            if b"mood [" in line:
                first = time.perf_counter() - start
                break
        proc.stdout.read()
        proc.wait()
        if first is None:
            sys.exit(f"{name}: no customer line seen")
        runs.append(first)
    runs.sort()
    worst = max(worst, runs[len(runs) // 2])
    print(f"{name}: first customer line after {runs[0] * 1000:.1f} ms best, {runs[len(runs) // 2] * 1000:.1f} ms median")
print(f"worst median: {worst * 1000:.1f} ms")
