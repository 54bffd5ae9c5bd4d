#!/usr/bin/env bash
# Times `lastcall export --format csv` and `lastcall report` over a generated
# progress folder of 2,000 trainees x 100 sessions (release build), with peak
# memory from /usr/bin/time -v. Goal: under 2 s and 256 MB each.
#
#   bash Benchmarks/reports.sh [SCRATCH_PATH]     (default .build)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="$(mkdir -p "${1:-.build}" && cd "${1:-.build}" && pwd)"
swift build -c release --scratch-path "$scratch" --product lastcall >/dev/null
swift build -c release --scratch-path "$scratch" --product lastcall-bench >/dev/null
bin="$scratch/release"
data="$scratch/bench-progress"
if [ ! -f "$data/trainee-1999.jsonl" ]; then
    rm -rf "$data"
    "$bin/lastcall-bench" reports generate "$data" 2000 100
fi
echo "progress folder: $(du -sh "$data" | cut -f1), $(ls "$data" | wc -l) files, $(cat "$data"/*.jsonl | wc -l) sessions"
"$bin/lastcall-bench" reports decode "$data"

measure() {
    local label="$1"; shift
    # Warm the page cache once, then measure.
    "$@" >/dev/null 2>&1 || true
    /usr/bin/time -v "$@" >/dev/null 2>"$scratch/bench-time.txt"
    local seconds peak
    seconds="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$scratch/bench-time.txt")"
    peak="$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$scratch/bench-time.txt")"
    echo "$label: wall $seconds (m:ss), peak RSS $peak MB"
}
root="$PWD"
cd "$scratch"
export LASTCALL_PROGRESS="$PWD/bench-progress"
# The real rubric and scenario library, as a manager's run would use them.
measure "lastcall export --format csv" release/lastcall export --format csv --rubric "$root/scoring/rubric.yaml" --scenarios "$root/scenarios"
measure "lastcall report             " release/lastcall report --rubric "$root/scoring/rubric.yaml" --scenarios "$root/scenarios"
