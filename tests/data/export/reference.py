#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent reference values for the export tests (tst_matrixexporter, tst_pairwiseexporter).

Run with Debian's Python (pandas 1.5, SciPy 1.10):
    /usr/bin/python3 tests/data/export/reference.py
Writes reference.json beside this script. Nothing here calls Runbench.
  - matrix: pandas groupby over tests/data/stats/results-demo/samples.csv (metric wall_ms, measured runs that
    succeeded, warm-ups left out), mean and median per runtime x workload, ratio to the native runtime in the
    same workload.
  - pairwise: the fixed samples of tests/core/exportfixture.h (regenerated here from the same formula):
    scipy.stats.mannwhitneyu (defaults: two-sided, exact for small samples without ties), Cliff's delta by
    brute force over all pairs, Hodges-Lehmann shift as numpy median of all pairwise differences and its exact
    95 % CI from the Wilcoxon rank-sum distribution (counted here by dynamic programming, as R's
    wilcox.test(conf.int=TRUE)), ratio of medians with numpy, Holm and Benjamini-Hochberg adjustments written
    from their definitions. Cross-checked by hand with R 4.2: wilcox.test(wasmtime, native, conf.int=TRUE) gives
    estimate 4.4983111850925, CI [4.03929812917523, 4.94966712241938], p (exact=FALSE) 3.6584553538971e-05.
"""
import itertools
import json
import math
import os

import numpy as np
import pandas as pd
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "..", "stats", "results-demo")


def matrix():
    s = pd.read_csv(os.path.join(DEMO, "samples.csv"), keep_default_na=False)
    s = s[(s.metric == "wall_ms") & (s.warmup == 0) & (s.ok == 1)]
    out = {}
    for center in ("mean", "median"):
        table = s.groupby(["workload", "runtime"])["value"].agg(center).unstack("runtime")
        ratio = table.div(table["native"], axis=0)
        out[center] = {
            "values": {w: {r: float(table.loc[w, r]) for r in table.columns} for w in table.index},
            "ratios": {w: {r: float(ratio.loc[w, r]) for r in ratio.columns} for w in ratio.index},
            "counts": {w: {r: int(c) for r, c in row.items()} for w, row in
                       s.groupby(["workload", "runtime"])["value"].count().unstack("runtime").iterrows()},
        }
    return out


def export_samples():
    names = ["native", "wasmtime", "a_b&c%", "\\input{/etc/passwd}|x*"]
    values = [[], [], [], []]
    for i in range(12):
        wobble = math.sin(i * 1.7) * 0.4
        values[0].append(10.0 + wobble)
        values[1].append(14.5 + wobble * 2)
        values[2].append(10.2 + wobble * 0.5)
        values[3].append(100.0 + i * 3 + wobble)
    return names, [np.array(v) for v in values]


def rank_sum_counts(m, n):
    """counts[u] = number of arrangements with Mann-Whitney U = u (no ties), by the recurrence
    f(m, n, u) = f(m - 1, n, u - n) + f(m, n - 1, u)."""
    f = {}
    for i in range(m + 1):
        for j in range(n + 1):
            if i == 0 or j == 0:
                f[i, j] = [1]
                continue
            a, b = f[i - 1, j], f[i, j - 1]
            c = [0] * (i * j + 1)
            for u, k in enumerate(a):
                c[u + j] += k
            for u, k in enumerate(b):
                c[u] += k
            f[i, j] = c
    return f[m, n]


def hodges_lehmann(a, b, level=0.95):
    d = np.sort(np.subtract.outer(a, b).ravel())
    m, n = len(a), len(b)
    counts = rank_sum_counts(m, n)
    total = sum(counts)
    alpha = 1 - level
    # qu = qwilcox(alpha / 2, m, n): the smallest u with P(U <= u) >= alpha / 2
    cum, qu = 0, 0
    for u, k in enumerate(counts):
        cum += k
        if cum / total >= alpha / 2:
            qu = u
            break
    if qu == 0:
        qu = 1
    return float(np.median(d)), [float(d[qu - 1]), float(d[m * n - qu])]


def holm(p):
    order = np.argsort(p)
    k = len(p)
    adj = np.empty(k)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (k - rank) * p[i]))
        adj[i] = running
    return adj


def bh(p):
    order = np.argsort(p)[::-1]
    k = len(p)
    adj = np.empty(k)
    running = 1.0
    for pos, i in enumerate(order):
        rank = k - pos
        running = min(running, p[i] * k / rank)
        adj[i] = running
    return adj


def pairwise(pairs, names, values):
    rows = []
    for a, b in pairs:
        x, y = values[a], values[b]
        mwu = stats.mannwhitneyu(x, y)
        cliff = (np.sum(x[:, None] > y[None, :]) - np.sum(x[:, None] < y[None, :])) / (len(x) * len(y))
        shift, ci = hodges_lehmann(x, y)
        rows.append({"a": names[a], "b": names[b], "p": float(mwu.pvalue), "cliffs_delta": float(cliff),
                     "hl_shift": shift, "hl_ci": ci, "ratio_median": float(np.median(x) / np.median(y)),
                     "median_a": float(np.median(x)), "median_b": float(np.median(y))})
    p = np.array([r["p"] for r in rows])
    for r, h, q in zip(rows, holm(p), bh(p)):
        r["p_holm"], r["p_bh"] = float(h), float(q)
    return rows


def main():
    names, values = export_samples()
    ref = {
        "matrix": matrix(),
        "pairwise_all": pairwise(list(itertools.combinations(range(len(names)), 2)), names, values),
        "pairwise_baseline": pairwise([(i, 0) for i in range(1, len(names))], names, values),
    }
    with open(os.path.join(HERE, "reference.json"), "w") as f:
        json.dump(ref, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
