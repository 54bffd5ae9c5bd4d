#!/usr/bin/env python3
"""Due-time accuracy of `lastcall score --jsonl --clock` on a labelled set,
side by side with Python's parsedatetime and dateparser.

Benchmarks/labels/due-times.tsv holds one promise a line: the clock, the
reply, the reply's time words, and the expected due time (the latest moment
the words allow, README "Due times"), or null for no concrete time.
lastcall reads the whole reply (it must also decide whether the words are a
promise); the two libraries get only the time words, with the clock as their
base time, each part of "in 10 minutes; by 3pm" parsed on its own and the
earliest kept, and a leading "by", "before", "within"... dropped when they
cannot read it with it. A line counts when the due time matches to the
minute (or both say null).

    python3 -m venv .build/bench-venv
    .build/bench-venv/bin/pip install parsedatetime dateparser
    .build/bench-venv/bin/python Benchmarks/due-times.py [--bin PATH] [--misses]
"""
import argparse
import collections
import datetime
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEADING = ("by ", "before ", "within ", "in ", "at ", "on ", "around ", "until ", "no later than ", "for ", "later ")


def load(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        clock, reply, words, due = line.rstrip("\n").split("\t")
        rows.append((clock, reply, words, None if due == "null" else due))
    return rows


def lastcall(rows, binary):
    by_clock = collections.defaultdict(list)
    for index, row in enumerate(rows):
        by_clock[row[0]].append(index)
    found = [None] * len(rows)
    for clock, indexes in by_clock.items():
        text = "".join(rows[i][1] + "\n" for i in indexes)
        out = subprocess.run([binary, "score", "--jsonl", "--clock", clock], input=text, capture_output=True,
                             text=True, check=True, cwd=ROOT).stdout.splitlines()
        for i, line in zip(indexes, out):
            found[i] = json.loads(line)["criteria"]["time-frame"]["due"]
    return found


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M") if moment else None


def baseline(rows, parse):
    found = []
    for clock, _, words, _ in rows:
        base = datetime.datetime.strptime(clock, "%Y-%m-%dT%H:%M")
        moments = []
        for part in words.split(";"):
            part = part.strip()
            moment = parse(part, base)
            lowered = part.lower()
            if moment is None:
                for lead in LEADING:
                    if lowered.startswith(lead):
                        moment = parse(part[len(lead):], base)
                        break
            if moment is not None:
                moments.append(moment)
        found.append(iso(min(moments)) if moments else None)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", help="the lastcall binary (default: build release)")
    parser.add_argument("--labels", default=os.path.join(ROOT, "Benchmarks/labels/due-times.tsv"))
    parser.add_argument("--misses", action="store_true", help="list every line a resolver gets wrong")
    args = parser.parse_args()
    binary = args.bin
    if not binary:
        subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build/release/lastcall")
    rows = load(args.labels)
    results = {"lastcall": lastcall(rows, binary)}
    try:
        import parsedatetime
        calendar = parsedatetime.Calendar(version=parsedatetime.VERSION_CONTEXT_STYLE)

        def pdt(text, base):
            moment, context = calendar.parseDT(text, sourceTime=base)
            return moment.replace(second=0, microsecond=0) if context.hasDateOrTime else None
        results["parsedatetime " + parsedatetime.__version__] = baseline(rows, pdt)
    except ImportError:
        print("parsedatetime is not installed (see the top of this script)", file=sys.stderr)
    try:
        import dateparser
        import warnings
        warnings.filterwarnings("ignore")

        def dp(text, base):
            moment = dateparser.parse(text, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"})
            return moment.replace(second=0, microsecond=0, tzinfo=None) if moment else None
        results["dateparser " + dateparser.__version__] = baseline(rows, dp)
    except ImportError:
        print("dateparser is not installed (see the top of this script)", file=sys.stderr)

    promised = sum(1 for row in rows if row[3] is not None)
    print(f"{len(rows)} labelled replies ({promised} with a due time, {len(rows) - promised} with none)")
    print(f"{'resolver':<22} {'exact':>7} {'accuracy':>9} {'due right':>10} {'null right':>11}")
    for name, found in results.items():
        right = [f == row[3] for f, row in zip(found, rows)]
        due_right = sum(1 for r, row in zip(right, rows) if r and row[3] is not None)
        null_right = sum(1 for r, row in zip(right, rows) if r and row[3] is None)
        print(f"{name:<22} {sum(right):>7} {sum(right) / len(rows):>9.3f} {due_right:>6}/{promised:<3} {null_right:>7}/{len(rows) - promised}")
    if args.misses:
        for name, found in results.items():
            print(f"\n{name}: misses")
            for f, row in zip(found, rows):
                if f != row[3]:
                    print(f"  {row[0]}  {row[1]!r}: expected {row[3]}, got {f}")


if __name__ == "__main__":
    main()
