#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference values for tst_comparisonmodel: the summary columns of the Compare table for the fixed samples of
tests/core/exportfixture.h (regenerated here from the same formula). The pairwise columns (Holm p, ratio of
medians, Cliff's delta) are checked against tests/data/export/reference.json (tests/data/export/reference.py).

Run with Debian's Python (NumPy, SciPy 1.10):
    /usr/bin/python3 tests/data/compare/reference.py
Writes reference.json beside this script. Nothing here calls Runbench.
  - mean, and the half-width of its 95 % Student t CI: scipy.stats.t.ppf(0.975, n - 1) * sem
  - percentiles 5, 25, 75, 95, 99: numpy.percentile (linear, Hyndman-Fan type 7)
"""
import json
import math
import os

import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))


def samples():
    names = ["native", "wasmtime", "a_b&c%", "\\input{/etc/passwd}|x*"]
    values = [[], [], [], []]
    for i in range(12):
        wobble = math.sin(i * 1.7) * 0.4
        values[0].append(10.0 + wobble)
        values[1].append(14.5 + wobble * 2)
        values[2].append(10.2 + wobble * 0.5)
        values[3].append(100.0 + i * 3 + wobble)
    return names, values


def main():
    out = {}
    for name, v in zip(*samples()):
        x = np.array(v)
        half = stats.t.ppf(0.975, len(x) - 1) * stats.sem(x)
        out[name] = {
            "n": len(x),
            "median": float(np.median(x)),
            "mean": float(np.mean(x)),
            "mean_ci_half": float(half),
            "percentiles": {str(p): float(np.percentile(x, p)) for p in (5, 25, 75, 95, 99)},
        }
    with open(os.path.join(HERE, "reference.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
