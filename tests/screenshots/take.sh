#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of every page of the GUI after a real run, under Xvfb, in English and French, at 1366×768 (committed
# as docs/images/gui-<page>-<lang>.png) and at 1920×1080 (written to OUT/1920x1080, to look at). docs/development.md.
#
#   tests/screenshots/take.sh [BUILD] [OUT]      BUILD default build/dev, OUT default docs/images
#
# Needs Xvfb and ImageMagick's import (packaging/setup-debian.sh installs both). Runs the experiment
# tests/screenshots/screenshots.json first (about a minute), then opens its folder on each page.
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/build/dev}" && pwd)
out=${2:-$src/docs/images}
mkdir -p "$out"
work=$(mktemp -d /tmp/rb-shots.XXXXXX)
xvfb_pid=""
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

results="$work/results"
echo "running $src/tests/screenshots/screenshots.json …"
"$build/bin/runbench-cli" run "$src/tests/screenshots/screenshots.json" --out "$results" >"$work/run.log"
tail -1 "$work/run.log"

# A free display number for our own Xvfb.
display=90
while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done

start_xvfb() {
    [[ -n "$xvfb_pid" ]] && { kill "$xvfb_pid"; wait "$xvfb_pid" 2>/dev/null || true; }
    Xvfb ":$display" -screen 0 "$1x24" -nolisten tcp &
    xvfb_pid=$!
    for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$display ]] && return; sleep 0.1; done
    echo "Xvfb :$display did not start" >&2
    exit 1
}

# shot PAGE LANG FILE [runbench arguments…]: starts runbench on PAGE, waits until it has shown its results (or,
# with --run, until the run is under way), takes the screen, quits.
shot() {
    local page=$1 lang=$2 file=$3
    shift 3
    local log="$work/gui.log"
    # Without a window manager nothing maximises the window: Qt's -qwindowgeometry makes it fill the screen.
    DISPLAY=":$display" XDG_CONFIG_HOME="$work/config" "$build/bin/runbench" -qwindowgeometry "$screen+0+0" \
        --lang "$lang" --page "$page" "$@" \
        >"$log" 2>&1 &
    local pid=$!
    local waited=0
    if [[ " $* " == *" --run "* ]]; then
        sleep 30 # the live view mid-run, past the 12 warm-ups so the ECDF has measured runs
    else
        until grep -q '^results: ' "$log"; do
            sleep 0.5
            waited=$((waited + 1))
            if [[ $waited -gt 120 ]] || ! kill -0 "$pid" 2>/dev/null; then
                echo "runbench did not show the results for $file:" >&2
                cat "$log" >&2
                exit 1
            fi
        done
        sleep 6 # background statistics, figures and the export preview
    fi
    DISPLAY=":$display" import -window root "$file"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "$file"
}

# The Scale out page shows the hosts of a spec against an inventory: the plan tests' inputs (QSettings keys the page
# reads at start; the application has no organisation name, hence Qt's default folder).
mkdir -p "$work/config/Unknown Organization"
printf '[scaleout]\nspec=%s\ninventory=%s\n' "$src/tests/data/plan/spec.json" "$src/tests/data/plan/inventory.yml" \
    >"$work/config/Unknown Organization/runbench.conf"

pages=(runtimes design run results compare export scaleout)
for size in 1366x768 1920x1080; do
    start_xvfb "$size"
    screen=$size
    dir=$out
    [[ $size != 1366x768 ]] && dir="$out/$size" && mkdir -p "$dir"
    for lang in en fr; do
        for page in "${pages[@]}"; do
            if [[ $page == run ]]; then
                shot run "$lang" "$dir/gui-run-$lang.png" --run "$src/tests/screenshots/screenshots.json" \
                    --out "$work/live-$lang-$size"
            else
                shot "$page" "$lang" "$dir/gui-$page-$lang.png" --open "$results"
            fi
        done
    done
done
