#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a Release tree (build/bench) and times the statistics engine; the figures go to docs/performance.md.
#   tests/bench/run_stats_bench.sh [N]   (N values per group, default 1000000)
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
bld="$src/build/bench"
cmake -S "$src" -B "$bld" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRUNBENCH_BUILD_GUI=OFF -DRUNBENCH_BUILD_WASM=OFF >/dev/null
cmake --build "$bld" -j2 --target bench_stats runbench-cli >/dev/null
echo "== core: 2 groups x ${1:-1000000} values"
/usr/bin/time -f "wall %e s, max RSS %M KiB" "$bld/tests/bench/bench_stats" "${1:-1000000}"
tmp=$(mktemp -d)
"$bld/tests/bench/bench_stats" --folder "$tmp/runs"
echo "== runbench-cli stats on 90 files x 100 values (4005 pairs)"
/usr/bin/time -f "wall %e s, max RSS %M KiB" "$bld/bin/runbench-cli" stats "$tmp/runs" >"$tmp/out.txt"
wc -l <"$tmp/out.txt" | sed 's/^/text report lines: /'
/usr/bin/time -f "wall %e s (--json)" "$bld/bin/runbench-cli" stats --json "$tmp/runs" >"$tmp/out.json"
rm -rf "$tmp"
