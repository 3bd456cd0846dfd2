#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian packages and installs them the way a user would in a clean Debian 12 root made by
# debootstrap, then uses them there: runbench-cli --version, runners, the demo experiment (runs.csv
# checked against the spec), figure without and with the GUI package, runbench --version (offscreen).
# docs/packages.md. Needs root; exit 0 pass, 1 a check failed, 2 bad usage, 77 skipped (not root, no
# debootstrap, mirror unreachable). The Debian root is cached as a tarball: a second run is fast.
#
#   bash packaging/check-deb.sh [--build-dir DIR] [--no-build] [--work DIR]
#     --build-dir DIR  package this configured build tree (default: configure preset `package`, build/package)
#     --no-build       do not build DIR first (ctest: the tree is built already)
#     --work DIR       Debian root, caches and logs (default: build/deb-check)
set -euo pipefail

SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=""
NO_BUILD=0
WORK="$SRC/build/deb-check"
SUITE=bookworm

say() { echo "check-deb: $*" >&2; }
fail() {
    say "FAIL: $*"
    exit 1
}
skip() {
    say "SKIP: $*"
    exit 77
}
usage() {
    sed -n '/^#   bash/,/^#     --work/p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
    --build-dir) [ $# -ge 2 ] || usage; BUILD=$(realpath -m "$2"); shift 2 ;;
    --no-build) NO_BUILD=1; shift ;;
    --work) [ $# -ge 2 ] || usage; WORK=$(realpath -m "$2"); shift 2 ;;
    -h | --help) usage ;;
    *) say "unknown argument \"$1\""; usage ;;
    esac
done

[ "$(id -u)" -eq 0 ] || skip "needs root (debootstrap, chroot and mounts)"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (packaging/setup-debian.sh installs it)"
command -v wget >/dev/null || skip "wget is not installed (debootstrap needs it)"

# The archive this machine installs from (/etc/apt/sources.list*), for the same suites in the root.
mapfile -t REPOS < <(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 'Created-By: Packages' 2>/dev/null \
    | awk -v s="$SUITE" '$2 == s || index($2, s "-") == 1' | sort -u)
MIRROR=""
for r in "${REPOS[@]}"; do
    if [ "${r#* }" = "$SUITE" ]; then
        MIRROR=${r%% *}
        break
    fi
done
[ -n "$MIRROR" ] || skip "no $SUITE repository in /etc/apt/sources.list*: cannot pick a mirror"
wget -q -T 20 -t 2 --spider "${MIRROR%/}/dists/$SUITE/Release" \
    || skip "cannot reach the mirror ${MIRROR} (wget ${MIRROR%/}/dists/$SUITE/Release failed)"
say "mirror: $MIRROR ($SUITE)"

T0=$(date +%s)
LAST=$T0
TIMES=()
phase() {
    local now
    now=$(date +%s)
    TIMES+=("$1: $((now - LAST)) s")
    LAST=$now
}

# ---- 1. packages -------------------------------------------------------------------------------------
if [ -z "$BUILD" ]; then
    BUILD="$SRC/build/package"
    (cd "$SRC" && cmake --preset package >/dev/null) || fail "cmake --preset package failed"
fi
[ -f "$BUILD/CPackConfig.cmake" ] || fail "$BUILD is not a configured Runbench build tree (no CPackConfig.cmake)"
if [ "$NO_BUILD" -eq 0 ]; then
    nice -n 5 cmake --build "$BUILD" -j2 || fail "building $BUILD failed"
fi
rm -rf "$BUILD/packages"
(cd "$BUILD" && cpack -G DEB --config CPackConfig.cmake >"$BUILD/cpack.log" 2>&1) \
    || fail "cpack failed; see $BUILD/cpack.log"
shopt -s nullglob
CLI_DEBS=("$BUILD"/packages/runbench-cli_*.deb)
GUI_DEBS=("$BUILD"/packages/runbench_*.deb)
shopt -u nullglob
[ "${#CLI_DEBS[@]}" -eq 1 ] || fail "expected one runbench-cli_*.deb in $BUILD/packages, found ${#CLI_DEBS[@]}"
CLI_DEB=${CLI_DEBS[0]}
WITH_GUI=$(sed -n 's/^RUNBENCH_BUILD_GUI:BOOL=//p' "$BUILD/CMakeCache.txt")
GUI_DEB=""
if [ "$WITH_GUI" = "ON" ]; then
    [ "${#GUI_DEBS[@]}" -eq 1 ] || fail "a GUI build must give one runbench_*.deb, found ${#GUI_DEBS[@]}"
    GUI_DEB=${GUI_DEBS[0]}
fi
phase "packages built"

# ---- 2. what the packages say, before installing them ------------------------------------------------
field() { dpkg-deb -f "$1" "$2"; }
# (grep -q at the end of a pipeline would break it under pipefail: the writer dies of SIGPIPE; here-strings instead.)
has_files() {
    local deb=$1 listing f
    shift
    listing=$(dpkg-deb -c "$deb" | awk '{print $NF}')
    for f in "$@"; do
        grep -qx -- "$f" <<<"$listing" || fail "$(basename "$deb") lacks $f"
    done
}
VERSION=$(field "$CLI_DEB" Version)
say "$(basename "$CLI_DEB"): Depends: $(field "$CLI_DEB" Depends)"
if grep -Eiq 'libqt6(gui|widgets|printsupport|svg)|qcustomplot' <<<"$(field "$CLI_DEB" Depends)"; then
    fail "runbench-cli depends on a graphical library: $(field "$CLI_DEB" Depends)"
fi
has_files "$CLI_DEB" ./usr/bin/runbench-cli ./usr/lib/runbench/runbench-spawn \
    ./usr/lib/runbench/runners/librunbench_runner_native.so ./usr/share/runbench/experiments/demo.json \
    ./usr/share/runbench/workloads/workloads.json ./usr/share/runbench/workloads/native/hello \
    ./usr/share/runbench/workloads/static/hello ./usr/share/runbench/workloads/wasm/hello.wasm \
    ./usr/share/runbench/runners/node-wasi-launcher.mjs ./usr/share/runbench/profiles/node-wasi.json \
    ./usr/share/man/man1/runbench-cli.1.gz ./usr/share/doc/runbench-cli/copyright
if [ -n "$GUI_DEB" ]; then
    say "$(basename "$GUI_DEB"): Depends: $(field "$GUI_DEB" Depends)"
    grep -qF "runbench-cli (= $VERSION)" <<<"$(field "$GUI_DEB" Depends)" \
        || fail "runbench must depend on runbench-cli (= $VERSION): $(field "$GUI_DEB" Depends)"
    has_files "$GUI_DEB" ./usr/bin/runbench ./usr/lib/runbench/runbench-figure \
        ./usr/share/applications/org.runbench.Runbench.desktop ./usr/share/metainfo/org.runbench.Runbench.metainfo.xml \
        ./usr/share/icons/hicolor/scalable/apps/org.runbench.Runbench.svg \
        ./usr/share/icons/hicolor/48x48/apps/org.runbench.Runbench.png ./usr/share/doc/runbench/copyright \
        ./usr/share/man/man1/runbench.1.gz
fi

# ---- 3. a clean Debian root, from the cached tarball when there is one ---------------------------------
ROOT="$WORK/root"
CACHE="$WORK/cache"
TARBALL="$CACHE/$SUITE-minbase.tar"
mkdir -p "$CACHE/archives" "$CACHE/debootstrap"
MOUNTS=()
unmount_all() {
    local i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTS[$i]}" 2>/dev/null || umount -l "${MOUNTS[$i]}" 2>/dev/null || say "could not unmount ${MOUNTS[$i]}"
    done
    MOUNTS=()
}
trap unmount_all EXIT
remove_root() {
    # Never delete through a mount (a bound /dev): refuse while anything is mounted under the root.
    if grep -q "^$ROOT\(/\|\$\)" <<<"$(findmnt -rn -o TARGET)"; then
        fail "refusing to delete $ROOT: something is still mounted under it (findmnt)"
    fi
    rm -rf --one-file-system "$ROOT"
}
# A run killed before its trap (ctest's timeout sends SIGKILL) leaves its mounts: unmount those under the root.
mapfile -t stale < <(findmnt -rn -o TARGET | grep "^$ROOT/" | sort -r)
for m in "${stale[@]}"; do
    say "unmounting $m, left by an interrupted run"
    umount "$m" 2>/dev/null || umount -l "$m" || fail "cannot unmount $m"
done
remove_root
if [ -f "$TARBALL" ]; then
    mkdir -p "$ROOT"
    tar -C "$ROOT" -xf "$TARBALL" || fail "unpacking $TARBALL failed"
    phase "root unpacked from the cache"
else
    say "debootstrap --variant=minbase $SUITE (first run; cached afterwards in $TARBALL)"
    debootstrap --variant=minbase --cache-dir="$CACHE/debootstrap" "$SUITE" "$ROOT" "$MIRROR" \
        >"$WORK/debootstrap.log" 2>&1 || fail "debootstrap failed; see $WORK/debootstrap.log"
    tar -C "$ROOT" -cf "$TARBALL.tmp" . && mv "$TARBALL.tmp" "$TARBALL"
    phase "root made by debootstrap"
fi
: >"$ROOT/etc/apt/sources.list"
for r in "${REPOS[@]}"; do
    echo "deb ${r%% *} ${r#* } main" >>"$ROOT/etc/apt/sources.list"
done
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
# A throw-away root: dpkg need not fsync every file it unpacks (halves the install time).
echo force-unsafe-io >"$ROOT/etc/dpkg/dpkg.cfg.d/check-deb-unsafe-io"
bind() {
    local target=${!#}
    mkdir -p "$target"
    mount "$@" || fail "mount $* failed"
    MOUNTS+=("$target")
}
bind -t proc proc "$ROOT/proc"
bind -t sysfs sysfs "$ROOT/sys"
bind --bind /dev "$ROOT/dev"
bind --bind /dev/pts "$ROOT/dev/pts"
# Downloaded .debs are kept between runs (a warm run downloads nothing).
bind --bind "$CACHE/archives" "$ROOT/var/cache/apt/archives"

in_root() {
    chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen "$@"
}

# ---- 4. runbench-cli, as a user installs it ------------------------------------------------------------
mkdir -p "$ROOT/tmp/debs"
cp "$CLI_DEB" ${GUI_DEB:+"$GUI_DEB"} "$ROOT/tmp/debs/"
in_root apt-get update -qq >"$WORK/apt.log" 2>&1 || fail "apt-get update in the root failed; see $WORK/apt.log"
in_root apt-get install -y -q "/tmp/debs/$(basename "$CLI_DEB")" >>"$WORK/apt.log" 2>&1 \
    || fail "apt-get install ./$(basename "$CLI_DEB") failed; see $WORK/apt.log"
phase "runbench-cli installed"
for p in libqt6gui6 libqt6widgets6 libqcustomplot2.1-qt6; do
    if [ "$(in_root dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = "install ok installed" ]; then
        fail "installing runbench-cli pulled in $p"
    fi
done
if in_root ldd /usr/bin/runbench-cli | grep -Ei 'Qt6(Gui|Widgets)|QCustomPlot'; then
    fail "runbench-cli links a graphical library (ldd above)"
fi

out=$(in_root runbench-cli --version) || fail "runbench-cli --version exited with $?"
[ "$out" = "runbench-cli ${VERSION%-*}" ] || fail "runbench-cli --version printed \"$out\", expected \"runbench-cli ${VERSION%-*}\""
say "runbench-cli --version: $out"

in_root runbench-cli runners --json >"$WORK/runners.json" 2>"$WORK/runners.err" || true
python3 - "$WORK/runners.json" <<'EOF' || fail "runbench-cli runners in the root: see above and $WORK/runners.err"
import json, sys
d = json.load(open(sys.argv[1]))
by_id = {r["id"]: r for r in d["runners"]}
for rid in ("native", "node-wasi:default"):
    r = by_id.get(rid)
    if not r or not r["available"]:
        sys.exit(f"check-deb: runtime {rid} is not available: {r and r['reason']}")
if d["refused_plugins"] or d["problems"]:
    sys.exit(f"check-deb: refused plugins {d['refused_plugins']}, problems {d['problems']}")
print(f"check-deb: runners: {sum(r['available'] for r in d['runners'])} of {len(d['runners'])} available "
      f"(native, node-wasi {by_id['node-wasi:default']['version']})", file=sys.stderr)
EOF

rc=0
in_root runbench-cli run /usr/share/runbench/experiments/demo.json --out /tmp/demo >"$WORK/demo.out" 2>"$WORK/demo.err" || rc=$?
[ "$rc" -eq 0 ] || fail "the demo experiment exited with $rc; see $WORK/demo.err"
python3 - "$ROOT/usr/share/runbench/experiments/demo.json" "$ROOT/tmp/demo/runs.csv" <<'EOF' || fail "demo results"
import csv, json, sys
spec = json.load(open(sys.argv[1]))
configs = len(spec["runtimes"]) * len(spec["workloads"]) * len(spec["scenarios"])
rows = list(csv.DictReader(open(sys.argv[2], newline="")))
measured = [r for r in rows if r["warmup"] == "0"]
ok = [r for r in measured if r["ok"] == "1"]
want = configs * spec["repetitions"]
if len(rows) != configs * (spec["repetitions"] + spec["warmup"]) or len(ok) != want:
    bad = [r["error"] for r in rows if r["ok"] != "1"][:3]
    sys.exit(f"check-deb: runs.csv has {len(rows)} rows, {len(ok)} measured ok; expected {want} ok. {bad}")
print(f"check-deb: demo: {len(ok)} of {want} measured runs ok ({len(rows)} rows with warm-ups)", file=sys.stderr)
EOF
phase "demo run"

# figure needs the GUI package: without it, exit 2 and a message that says so.
rc=0
in_root runbench-cli figure ecdf /tmp/demo --out /tmp/demo-ecdf.png >/dev/null 2>"$WORK/figure.err" || rc=$?
[ "$rc" -eq 2 ] && grep -q "install the runbench package" "$WORK/figure.err" \
    || fail "runbench-cli figure without the GUI package: exit $rc, $(cat "$WORK/figure.err")"

# ---- 5. the GUI package ------------------------------------------------------------------------------
if [ -n "$GUI_DEB" ]; then
    in_root apt-get install -y -q "/tmp/debs/$(basename "$GUI_DEB")" >>"$WORK/apt.log" 2>&1 \
        || fail "apt-get install ./$(basename "$GUI_DEB") failed; see $WORK/apt.log"
    phase "runbench installed"
    out=$(in_root runbench --version 2>"$WORK/gui.err") || fail "runbench --version failed: $(cat "$WORK/gui.err")"
    [ "$out" = "runbench ${VERSION%-*}" ] || fail "runbench --version printed \"$out\""
    say "runbench --version (offscreen): $out"
    # The whole GUI starts, loads the runners and shows the demo's results, then quits.
    out=$(in_root timeout 120 runbench --open /tmp/demo --quit 2>"$WORK/gui.err") \
        || fail "runbench --open /tmp/demo --quit failed: $(tail -5 "$WORK/gui.err")"
    grep -q "^results: /tmp/demo" <<<"$out" || fail "runbench --open did not show the results: $out"
    in_root runbench-cli figure ecdf /tmp/demo --out /tmp/demo-ecdf.png 2>"$WORK/figure.err" \
        || fail "runbench-cli figure with the GUI package failed: $(cat "$WORK/figure.err")"
    [ "$(head -c 4 "$ROOT/tmp/demo-ecdf.png" | od -An -c | tr -d ' ')" = "211PNG" ] \
        || fail "runbench-cli figure did not write a PNG"
    say "runbench-cli figure ecdf (through the GUI package's runbench-figure): $(stat -c %s "$ROOT/tmp/demo-ecdf.png") bytes"
    phase "runbench --version, --open, figure"
fi
TIMES+=("total: $(($(date +%s) - T0)) s")

unmount_all
for t in "${TIMES[@]}"; do
    say "time: $t"
done
say "PASS: $(basename "$CLI_DEB")${GUI_DEB:+ and $(basename "$GUI_DEB")} install and work in a clean Debian $SUITE root"
