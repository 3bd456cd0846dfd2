#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# README command 1: install what is missing, build, and run the bundled demo experiment.
#   bash packaging/demo.sh [RESULTS_DIR]
# With a display, the GUI starts and plots the runs live. Without one, the same demo runs
# headless and the figures are rendered offscreen by the same plotting code.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release

OUT="${1:-$HOME/runbench-results/demo-$(date +%Y%m%d-%H%M%S)}"
BIN=build/release/bin
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "Starting Runbench on the demo experiment; results go to $OUT" >&2
    exec "$BIN/runbench" --demo --out "$OUT"
fi
echo "No display: running the demo headless into $OUT" >&2
status=0
"$BIN/runbench-cli" run build/release/share/runbench/experiments/demo.json --out "$OUT" || status=$?
QT_QPA_PLATFORM=offscreen "$BIN/runbench" --open "$OUT" --export-figures "$OUT/figures" --quit
echo "Results: $OUT (samples.csv, runs.csv, experiment.json)"
echo "Figures: $OUT/figures (coldstart.pdf/png, ecdf.pdf/png)"
exit "$status"
