#!/usr/bin/env python3
"""Generates a scenario library for benchmarks: N valid scenario files of
about 200 lines each, deterministic (seeded), in the format `lastcall check`
reads. Usage: generate-library.py DIR [N]"""
import os
import random
import sys

LINES = [
    "I've been waiting three weeks for this order and nobody can tell me anything.",
    "This is the third time I've called about the same problem.",
    "You promised me a callback yesterday and it never came.",
    "Why should I believe anything you say this time?",
    "I want a straight answer: when will it be fixed?",
    "Your website says delivered, but there's nothing on my doorstep.",
]
COACH = [
    "Apologise first, then take ownership in the first person.",
    "Give a concrete time, such as 'by 4pm today', not 'soon'.",
    "Don't blame the courier or another team; agree the problem.",
    "Give your name so the customer knows who owns this.",
]
CRITERIA = ["apology", "ownership", "time-frame", "no-blame", "name-and-number"]


def scenario(index: int, rng: random.Random) -> str:
    sid = f"bench-{index:04d}"
    steps = 17
    out = [
        "# yaml-language-server: $schema=scenario.schema.json",
        f"scenario: {sid}",
        f"title: Benchmark scenario number {index}",
        "summary: >",
        "  A generated scenario for timing the checker. The customer has called",
        "  before and is running out of patience; own the problem and give a time.",
        f"level: {1 + index % 5}",
        "tags: [benchmark, generated]",
        "customer:",
        f"  name: Customer {index}",
        f"  mood: {30 + index % 40}",
        "  persona: |",
        "    Polite at first, sharp when fobbed off.",
        "    Remembers every promise made to them.",
        "pass: 70",
        "steps:",
    ]
    for s in range(steps):
        out.append(f"  step-{s}:")
        out.append("    customer:")
        for v in range(2):
            line = rng.choice(LINES).replace('"', "'")
            out.append(f'      - "{line} (variant {v})"')
        expect = rng.sample(CRITERIA, 2)
        out.append(f"    expect: [{expect[0]}, {expect[1]}]")
        out.append(f"    coach: {rng.choice(COACH)}")
        out.append("    next:")
        nxt = f"step-{s + 1}" if s + 1 < steps else "closing"
        out.append(f"      - when: [{expect[0]}, mood >= 20]")
        out.append(f"        goto: {nxt}")
        out.append("      - when: not no-blame")
        out.append("        end: escalated")
    out += [
        "  closing:",
        '    customer: "Thank you. That is all I wanted."',
        "    end: resolved",
    ]
    return "\n".join(out) + "\n"


def main() -> None:
    folder = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(20261125)
    total = 0
    for i in range(count):
        text = scenario(i, rng)
        total += text.count("\n")
        with open(os.path.join(folder, f"bench-{i:04d}.yaml"), "w") as f:
            f.write(text)
    print(f"generated {count} files, {total} lines ({total // count} a file) in {folder}")


if __name__ == "__main__":
    main()
