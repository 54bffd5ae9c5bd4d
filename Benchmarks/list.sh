#!/usr/bin/env bash
# Times `lastcall list` over a generated library of 10,000 scenario files
# (Benchmarks/generate-library.py, about 200 lines each) with a release
# build, and prints wall time, CPU time (user + system) and peak RSS (the run
# with the best wall time of 3, page cache warm).
#
#   bash Benchmarks/list.sh [SCRATCH_PATH] [FILES]   (default .build, 10000)
#
# LASTCALL_BIN=PATH times that binary instead of building one (to compare
# with an earlier build).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="$(mkdir -p "${1:-.build}" && cd "${1:-.build}" && pwd)"
count="${2:-10000}"
if [ -n "${LASTCALL_BIN:-}" ]; then
    bin="$LASTCALL_BIN"
else
    swift build -c release --scratch-path "$scratch" --product lastcall >/dev/null
    bin="$scratch/release/lastcall"
fi
library="$scratch/bench-library-$count"
if [ ! -f "$library/bench-$(printf '%04d' $((count - 1))).yaml" ]; then
    rm -rf "$library"
    python3 Benchmarks/generate-library.py "$library" "$count" >/dev/null
fi
echo "library: $(ls "$library" | wc -l) files, $(du -sh "$library" | cut -f1)"
"$bin" list --scenarios "$library" >"$scratch/bench-list.txt" 2>&1
echo "output: $(wc -l <"$scratch/bench-list.txt") lines, sha256 $(sha256sum "$scratch/bench-list.txt" | cut -c1-16)"
best=""
for _ in 1 2 3; do
    /usr/bin/time -f "%e %U %S %M" "$bin" list --scenarios "$library" >/dev/null 2>"$scratch/bench-time.txt"
    read -r seconds user system kilobytes < <(tail -n 1 "$scratch/bench-time.txt")
    if [ -z "$best" ] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then
        best="$seconds"; cpu="$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')"; peak="$kilobytes"
    fi
done
echo "lastcall list: wall $best s, CPU $cpu s (best of 3), peak RSS $(awk -v k="$peak" 'BEGIN { printf "%.1f", k / 1024 }') MB"
