#!/usr/bin/env bash
# Times `lastcall report` and `lastcall export` in every format (csv, json,
# xapi, html; csv and json also by session) over a generated progress
# folder, release build, with peak memory from /usr/bin/time -v. The folder
# holds TRAINEES trainees x SESSIONS sessions each (default 2,000 x 100 =
# 200,000 sessions); `TRAINEES=200` gives 20,000. Goal for csv and report:
# under 2 s and 256 MB each.
#
#   [TRAINEES=N] [SESSIONS=N] [FORMATS="csv html ..."] bash Benchmarks/reports.sh [SCRATCH_PATH]   (default .build)
#
# FORMATS picks among: report csv csv-session json json-session xapi html,
# and xapi-turns (xapi with --turns: every record decoded whole) (default all
# but xapi-turns). The folder is generated once per size and kept.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="$(mkdir -p "${1:-.build}" && cd "${1:-.build}" && pwd)"
trainees="${TRAINEES:-2000}"
sessions="${SESSIONS:-100}"
formats="${FORMATS:-report csv csv-session json json-session xapi html}"
swift build -c release --scratch-path "$scratch" --product lastcall >/dev/null
swift build -c release --scratch-path "$scratch" --product lastcall-bench >/dev/null
bin="$scratch/release"
data="$scratch/bench-progress-${trainees}x${sessions}"
last="$(printf 'trainee-%04d.jsonl' $((trainees - 1)))"
if [ ! -f "$data/$last" ]; then
    rm -rf "$data"
    "$bin/lastcall-bench" reports generate "$data" "$trainees" "$sessions"
fi
echo "progress folder: $(du -sh "$data" | cut -f1), $(ls "$data" | wc -l) files, $(cat "$data"/*.jsonl | wc -l) sessions"
"$bin/lastcall-bench" reports decode "$data"

measure() {
    local label="$1"; shift
    # Warm the page cache once, then measure.
    "$@" >/dev/null 2>&1 || true
    /usr/bin/time -v "$@" >/dev/null 2>"$scratch/bench-time.txt"
    local seconds cpu peak
    seconds="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$scratch/bench-time.txt")"
    # CPU time (user + system) as well: on a shared machine it varies less than the wall clock.
    cpu="$(awk -F': ' '/User time|System time/ {sum += $2} END {printf "%.2f", sum}' "$scratch/bench-time.txt")"
    peak="$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$scratch/bench-time.txt")"
    printf '%-44s wall %s (m:ss), CPU %s s, peak RSS %s MB\n' "$label:" "$seconds" "$cpu" "$peak"
}
root="$PWD"
cd "$scratch"
export LASTCALL_PROGRESS="$data"
# The real rubric and scenario library, as a manager's run would use them.
common=(--rubric "$root/scoring/rubric.yaml" --scenarios "$root/scenarios")
for format in $formats; do
    case "$format" in
    report) measure "lastcall report" release/lastcall report "${common[@]}" ;;
    xapi-turns) measure "lastcall export --format xapi --turns" release/lastcall export --format xapi --turns "${common[@]}" ;;
    csv|json|xapi|html) measure "lastcall export --format $format" release/lastcall export --format "$format" "${common[@]}" ;;
    csv-session|json-session)
        measure "lastcall export --format ${format%-session} --by session" \
            release/lastcall export --format "${format%-session}" --by session "${common[@]}" ;;
    *) echo "unknown format '$format'" >&2; exit 64 ;;
    esac
done
