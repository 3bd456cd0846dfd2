#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes every importer (or the TARGETs named) for M minutes each: builds the preset `fuzz`, copies each
# target's seed corpus to a work folder (the committed seeds stay untouched), runs libFuzzer with ASan, UBSan
# and LeakSanitizer, and prints runs, time and findings per target. Exit 1 on any finding; the reproducer is
# kept (path printed). docs/development.md, "Fuzzing".
#
#   tests/fuzz/run.sh [--minutes M] [--jobs J] [--no-build] [TARGET…]
#     M       minutes per target (default 1; decimals allowed)
#     J       targets fuzzed at the same time (default 1)
#     TARGET  a format of formats.txt (hyperfine-json) or its target (fuzz_hyperfine_json); default all
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build="$src/build/fuzz"
minutes=1
jobs=1
do_build=1
targets=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --minutes) minutes=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --no-build) do_build=0; shift ;;
        -h|--help) sed -n '3,11p' "$0"; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
        *) t=${1#fuzz_}; targets+=("fuzz_${t//-/_}"); shift ;;
    esac
done
if [[ ${#targets[@]} -eq 0 ]]; then
    while read -r name _; do
        targets+=("fuzz_${name//-/_}")
    done < <(grep -v '^[[:space:]]*\(#\|$\)' "$here/formats.txt")
fi
seconds=$(awk -v m="$minutes" 'BEGIN { s = int(m * 60); print (s < 1 ? 1 : s) }')

if [[ $do_build -eq 1 ]]; then
    (cd "$src" && cmake --preset fuzz >/dev/null && cmake --build build/fuzz -j2 --target "${targets[@]}")
fi

work="$build/fuzz-work/$(date +%Y%m%d-%H%M%S)"
shm=$(mktemp -d /dev/shm/rb-fuzz-run.XXXXXX)
trap 'rm -rf "$shm"' EXIT
mkdir -p "$work"
echo "work folder: $work"

# Runs one target; writes $work/$t/result as "runs seconds status detail".
fuzz_one() {
    local t=$1 dir="$work/$1" name
    name=$(awk -v t="$t" '!/^[[:space:]]*(#|$)/ { g = $1; gsub("-", "_", g); if ("fuzz_" g == t) print $1 }' \
        "$here/formats.txt")
    mkdir -p "$dir/corpus" "$dir/artifacts"
    if ! RB_FUZZ_WRITE_SEEDS="$dir/corpus" "$build/fuzz/$t" >"$dir/seeds.log" 2>&1; then
        echo "0 0 error seeds-failed:$dir/seeds.log" >"$dir/result"
        return
    fi
    local args=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -detect_leaks=1 -print_final_stats=1
        -artifact_prefix="$dir/artifacts/")
    if [[ -n "$name" && -f "$here/dict/$name.dict" ]]; then
        args+=(-dict="$here/dict/$name.dict")
    fi
    local lsan=""
    if [[ -f "$here/lsan.supp" ]]; then
        lsan="suppressions=$here/lsan.supp:print_suppressions=0"
    fi
    local start end rc=0
    start=$(date +%s)
    RB_FUZZ_TMPDIR="$shm" \
        ASAN_OPTIONS="abort_on_error=0:detect_stack_use_after_return=1:strict_string_checks=1" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        LSAN_OPTIONS="$lsan" \
        "$build/fuzz/$t" "${args[@]}" "$dir/corpus" >"$dir/fuzz.log" 2>&1 || rc=$?
    end=$(date +%s)
    local runs findings
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/fuzz.log" | tail -1)
    findings=$(find "$dir/artifacts" -type f -name '*-*' ! -name 'slow-unit-*' | sort | tr '\n' ' ')
    if [[ $rc -eq 0 && -z "$findings" ]]; then
        echo "${runs:-?} $((end - start)) ok -" >"$dir/result"
    else
        echo "${runs:-?} $((end - start)) FOUND ${findings:-exit-$rc}" >"$dir/result"
    fi
}

for t in "${targets[@]}"; do
    if [[ ! -x "$build/fuzz/$t" ]]; then
        echo "run.sh: $build/fuzz/$t not built (a format of formats.txt?)" >&2
        exit 2
    fi
    while [[ $(jobs -rp | wc -l) -ge $jobs ]]; do
        wait -n || true
    done
    echo "fuzzing $t for ${seconds}s"
    fuzz_one "$t" &
done
wait

status=0
printf '\n%-28s %12s %8s  %s\n' target runs seconds result
for t in "${targets[@]}"; do
    read -r runs secs result detail <"$work/$t/result"
    printf '%-28s %12s %8s  %s\n' "$t" "$runs" "$secs" "$result"
    if [[ "$result" != ok ]]; then
        status=1
        echo "    reproducer/log: $detail (log: $work/$t/fuzz.log)"
        echo "    replay: $build/fuzz/$t ${detail%% *}"
    fi
done
exit $status
