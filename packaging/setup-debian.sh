#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Idempotent setup of a fresh Debian 12 machine for building, testing and running Runbench.
# Installs only what is missing; safe to run again. Needs root or sudo.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build clang clang-format lld ccache
    # Qt 6 and plotting (machine.md: libqt6opengl6-dev is needed for Qt6Charts' config)
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libqt6opengl6-dev libxkbcommon-dev libgl1-mesa-dev
    libqcustomplot-dev libqcustomplot2.1-qt6
    # statistics and HTTP parsing
    libboost-math-dev libhttp-parser-dev
    # WebAssembly: C to wasm32-wasi, and Node's WASI to run it
    wasi-libc libclang-rt-14-dev-wasm32 nodejs
    # GUI checks without a display
    xvfb xauth imagemagick poppler-utils
    # independent reference statistics for the tests
    python3 python3-scipy python3-numpy python3-pandas r-base-core
    # peer tools measured against
    hyperfine wrk hey nginx apache2-utils
    # tools whose outputs tests/data/import was generated from (Google Benchmark, perf stat, /usr/bin/time)
    libbenchmark-dev linux-perf time
    # container runtimes (OCI)
    runc crun podman docker.io containerd
    # process inspection used by tests
    procps
    # plans for many hosts (runbench-cli plan): YAML inventories and playbooks (yaml-cpp), and the tools the
    # plan tests check them with (ansible-playbook --syntax-check, ansible-lint, the Kubernetes API models; network namespaces: iproute2)
    libyaml-cpp-dev ansible ansible-lint iproute2 python3-yaml python3-kubernetes
    # Debian packages (docs/packages.md): icon sizes, desktop/AppStream/man page checks, dpkg-shlibdeps,
    # and a clean Debian root for packaging/check-deb.sh
    librsvg2-bin desktop-file-utils appstream groff-base dpkg-dev debootstrap wget
    # LaTeX export: pdflatex, booktabs, siunitx (texlive-science), for tst_latexexporter's compile check
    texlive-latex-base texlive-latex-recommended texlive-science
)

# crun 1.8 refuses to run on hybrid cgroup hosts (cgroup v1 controllers beside a v2 hierarchy)
# until a hugetlb v1 hierarchy exists (machine.md). Applied each time: mounts do not survive a reboot.
apply_crun_cgroup_fix() {
    if [ "$(id -u)" -eq 0 ] && [ -d /sys/fs/cgroup/memory ] && ! mountpoint -q /sys/fs/cgroup/hugetlb 2>/dev/null; then
        if mkdir -p /sys/fs/cgroup/hugetlb 2>/dev/null && mount -t cgroup -o hugetlb cgroup /sys/fs/cgroup/hugetlb 2>/dev/null; then
            echo "setup-debian: mounted the hugetlb cgroup hierarchy (crun on hybrid cgroups)" >&2
        fi
    fi
}
trap apply_crun_cgroup_fix EXIT

missing=()
for p in "${PACKAGES[@]}"; do
    # nodejs may come from another origin (e.g. nodesource); any installed nodejs >= 18 is fine.
    if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        continue
    fi
    missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "setup-debian: all ${#PACKAGES[@]} packages already installed" >&2
    exit 0
fi

echo "setup-debian: installing ${#missing[@]} missing packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup-debian: done" >&2
