#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# README command 2: install what is missing, build, and run the whole test suite.
#   bash packaging/test.sh
# Also proves the layering: core/ and runners/ build without Qt Widgets or QCustomPlot.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/setup-debian.sh

echo "== layering: core/ and runners/ must not include Widgets or QCustomPlot" >&2
if grep -rnE "QtWidgets|qcustomplot|QWidget" core runners; then
    echo "layering violation: the lines above include GUI code in core/ or runners/" >&2
    exit 1
fi

echo "== format: clang-format --dry-run -Werror on every C/C++ file" >&2
git ls-files -z '*.cpp' '*.h' '*.c' | xargs -0 clang-format --dry-run -Werror

echo "== build without the GUI (-DRUNBENCH_BUILD_GUI=OFF)" >&2
cmake --preset nogui -DRUNBENCH_BUILD_TESTS=OFF >/dev/null
cmake --build --preset nogui

echo "== build with the GUI and tests (preset ci: -Werror)" >&2
cmake --preset ci >/dev/null
cmake --build --preset ci

echo "== tests" >&2
ctest --preset ci
