#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the demo in the real GUI under Xvfb and takes a screenshot of the screen once the results
# are shown (docs/images/demo.png). Needs a build (default build/release) and the packages
# xvfb and imagemagick (packaging/setup-debian.sh installs them).
#   bash packaging/screenshot-demo.sh [BUILD_DIR] [OUT_PNG] [LANG]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build/release}"
OUT="${2:-docs/images/demo.png}"
LANG_OPT="${3:-en}"
DISPLAY_NUM=:97
WORK="$(mktemp -d)"
trap 'kill "${APP:-0}" "${XVFB:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

Xvfb "$DISPLAY_NUM" -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB=$!
sleep 1
DISPLAY="$DISPLAY_NUM" "$BUILD/bin/runbench" --demo --out "$WORK/results" --lang "$LANG_OPT" >"$WORK/stdout" 2>"$WORK/stderr" &
APP=$!
for _ in $(seq 1 600); do
    if grep -q '^results:' "$WORK/stdout"; then
        break
    fi
    if ! kill -0 "$APP" 2>/dev/null; then
        echo "runbench exited early:" >&2
        cat "$WORK/stderr" >&2
        exit 1
    fi
    sleep 1
done
grep -q '^results:' "$WORK/stdout" || { echo "no results after 10 minutes" >&2; exit 1; }
sleep 2 # let the last replot land
DISPLAY="$DISPLAY_NUM" import -window root "$OUT"
echo "screenshot: $OUT"
