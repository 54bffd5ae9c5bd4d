#!/bin/sh
# Measures `lastcall score --jsonl` end to end: generates N realistic, varied
# replies (deterministic), builds release, scores them from a file to
# /dev/null under /usr/bin/time -v, and prints replies/s and peak RSS for
# each of RUNS runs (default 5) and the best and median; then scores 10x the
# replies once to show memory stays flat (streaming). On a shared machine
# the runs vary: the best is the one least disturbed. With CLOCK set, the
# replies are scored against that simulated clock (`--clock`), which adds
# each reply's due time. Last, adversarial replies (issue 13: shapes that
# once made scoring quadratic, such as 1 MB of "by 5 by 5 ...", which took
# 389 s): each scored as one reply of 256 KB and of 1 MB, printing seconds
# per MB for both (linear: about equal).
#
#   [RUNS=5] [CLOCK=2026-03-03T10:15] [ADVERSARIAL=0] Benchmarks/score-jsonl.sh [N] [--scratch-path DIR]
set -eu
cd "$(dirname "$0")/.."
N=${1:-100000}
SCRATCH=${SCRATCH:-.build}
[ "${2:-}" = "--scratch-path" ] && SCRATCH=${3:?}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

swift build -c release --scratch-path "$SCRATCH" >/dev/null
BIN="$SCRATCH/release/lastcall"

generate() {  # generate COUNT FILE
    python3 - "$1" "$2" <<'PY'
import random, sys
count, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20240601)
names = ["Priya", "Tom", "Aisha", "Mohammed", "Keeley", "Ravi", "Joanna", "Oluwaseun", "Zbigniew", "Mei"]
openings = ["", "Hi, this is {n} from billing. ", "I'm so sorry about this! ", "Sorry, what was the order number? ",
            "Good morning, I\u2019m {n}. ", "Thanks for waiting. ", "I completely understand how frustrating this must be. ",
            "Hello, you're through to {n}. ", "ok so ", "Right, "]
middles = ["I'll take care of this myself", "we'll look into it", "the courier messed up, not us",
           "I'll pass this on to the team", "leave it with me and I'll call you back", "there's nothing I can do",
           "your parcel left our depot on Monday", "I've just issued the refund to your card", "I'll see what I can do",
           "you should have read the terms", "the engineer should have checked the line", "I'll ring the warehouse myself",
           "our billing team can correct that, their number is 0800 123 456", "I'm updating your address now",
           "the payment was declined by your bank", "I might be able to waive the fee", "I'll escalate this and call you back"]
endings = [" by 4pm today.", " within 24 hours.", " soon.", ".", " right now!", " tomorrow morning, OK?",
           " as soon as possible.", " before Friday.", " in the next ten minutes.", " \u2014 honestly."]
tails = ["", "", "", " Is there anything else I can help with today?", " Kind regards, {n}", " My extension is 4410.",
         " \U0001F600", " You can reach me, {n}, on extension 221."]
with open(path, "w", encoding="utf-8") as out:
    for _ in range(count):
        n = rng.choice(names)
        parts = [rng.choice(openings), rng.choice(middles), rng.choice(endings)]
        if rng.random() < 0.4:
            parts += [" ", rng.choice(middles).capitalize(), rng.choice(endings)]
        parts.append(rng.choice(tails))
        out.write("".join(parts).replace("{n}", n) + "\n")
PY
}

run() {  # run COUNT [REPEATS]
    FILE="$TMP/replies-$1.txt"
    generate "$1" "$FILE"
    : > "$TMP/times.txt"
    for _ in $(seq "${2:-1}"); do
        # --input takes files up to 64 MB; the 10x run (about 110 MB) streams
        # through standard input, which has no such limit
        if [ "$(wc -c < "$FILE")" -le $((64 * 1024 * 1024)) ]; then
            /usr/bin/time -v "$BIN" score --jsonl ${CLOCK:+--clock "$CLOCK"} --input "$FILE" > /dev/null 2> "$TMP/time.txt"
        else
            /usr/bin/time -v "$BIN" score --jsonl ${CLOCK:+--clock "$CLOCK"} < "$FILE" > /dev/null 2> "$TMP/time.txt"
        fi
        cat "$TMP/time.txt" >> "$TMP/times.txt"
        echo "@@" >> "$TMP/times.txt"
    done
    python3 - "$1" "$TMP/times.txt" <<'PY'
import re, statistics, sys
count = int(sys.argv[1])
rates = []
for text in open(sys.argv[2]).read().split("@@")[:-1]:
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    seconds = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall.split(":"))))
    user = float(re.search(r"User time \(seconds\): (\S+)", text).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", text).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    rates.append(count / seconds)
    print(f"{count:>9} replies  wall {seconds:.2f}s  cpu {user + system:.2f}s  "
          f"replies/s {count / seconds:,.0f} (wall) {count / (user + system):,.0f} (cpu)  peak RSS {rss / 1024:.1f} MB")
if len(rates) > 1:
    print(f"{count:>9} replies  best {max(rates):,.0f} replies/s, median {statistics.median(rates):,.0f} over {len(rates)} runs")
PY
}

adversarial() {  # one long reply per shape, 256 KB and 1 MB: seconds per MB
    python3 - "$BIN" "$TMP" <<'PY'
import resource, subprocess, sys
binary, tmp = sys.argv[1], sys.argv[2]
shapes = ["by 5 ", "now ", "so so so so ", "just ", "sorry sorry ", "not not ", "I'll call you back by 4pm today ",
          "shipped on Monday ", "within 24 hours ", "5th of March ", "I was there by 5 and ", "by 5 that ", "and call you ",
          "Priya Tom Aisha ", "1 2 3 4 5 ", "Cheers, Kate ", "I am so very really truly ", "the the the ", "sorry. ", "x",
          ("I've booked her to call you ", "by 5 ")]
print("adversarial replies (one reply each): seconds per MB at 256 KB and at 1 MB")
for shape in shapes:
    # a pair is (prefix, shape): the prefix once, then the shape repeated
    prefix, shape = shape if isinstance(shape, tuple) else ("", shape)
    rates = []
    for size in (256 * 1024, 1024 * 1024):
        path = f"{tmp}/adversarial.txt"
        with open(path, "w") as out:
            out.write((prefix + shape * (size // len(shape) + 1))[:size].strip() + "\n")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([binary, "score", "--jsonl", "--input", path], stdout=subprocess.DEVNULL, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        rates.append(cpu / (size / 1024 / 1024))
    print(f"  {(prefix + shape)!r:38} {rates[0]:7.3f} s/MB  {rates[1]:7.3f} s/MB")
PY
}

run "$N" "${RUNS:-5}"
run $((N * 10))
[ "${ADVERSARIAL:-1}" = 0 ] || adversarial
