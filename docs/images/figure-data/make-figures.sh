#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/images/figure-*.png from real runs: sh docs/images/figure-data/make-figures.sh BUILD_DIR
# (BUILD_DIR: a GUI build, e.g. build/dev, with the native and Node runners and the workloads built).
set -eu
B="$1/bin/runbench-cli"
here=$(dirname "$0")
out=$(mktemp -d)
for s in cold latency sweep; do "$B" run "$here/$s.json" --out "$out/$s"; done
img="$here/.."
"$B" figure ecdf "$out/cold" --out "$img/figure-ecdf.png" --height-mm 70
"$B" figure box "$out/cold" --out "$img/figure-box.png" --height-mm 70
"$B" figure violin "$out/cold" --out "$img/figure-violin.png" --height-mm 70
"$B" figure heatmap "$out/cold" --baseline native --out "$img/figure-heatmap.png"
"$B" figure spectrum "$out/latency" --out "$img/figure-spectrum.png"
"$B" figure timeline "$out/latency" --out "$img/figure-timeline.png"
"$B" figure throughput "$out/sweep" --out "$img/figure-throughput.png"
"$B" figure latency-load "$out/sweep" --out "$img/figure-latency-load.png"
echo "results in $out"
