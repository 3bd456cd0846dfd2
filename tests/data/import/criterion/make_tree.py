#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes target/criterion/ as Criterion.rs 0.5 lays it out (src/fs.rs, src/report.rs, src/lib.rs,
src/estimate.rs, src/analysis/mod.rs), with seeded random samples. Point estimates use Criterion's definitions
over the per-iteration times (times[i] / iters[i]); confidence intervals and standard errors come from a
percentile bootstrap (10 000 resamples here, Criterion's default is 100 000). Run: /usr/bin/python3 make_tree.py
"""
import json
import os
import shutil

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "target", "criterion")
rng = np.random.default_rng(20261125)


def dump(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(json.dumps(obj, separators=(",", ":")))  # serde_json::to_string: compact, no newline


def mad(x):
    m = np.median(x)
    return float(np.median(np.abs(x - m)) * 1.4826)  # Sample::median_abs_dev(None)


def estimate(stat, boot):
    lo, hi = np.percentile(boot, [2.5, 97.5])
    return {"confidence_interval": {"confidence_level": 0.95, "lower_bound": float(lo), "upper_bound": float(hi)},
            "point_estimate": float(stat), "standard_error": float(np.std(boot, ddof=1))}


def estimates(iters, times, linear):
    avg = times / iters
    fns = {"mean": np.mean, "median": np.median, "median_abs_dev": mad, "std_dev": lambda x: np.std(x, ddof=1)}
    idx = rng.integers(0, len(avg), size=(10000, len(avg)))
    out = {}
    for key in ["mean", "median", "median_abs_dev", "slope", "std_dev"]:
        if key == "slope":
            if not linear:
                out[key] = None
                continue
            slope = lambda x, y: float(np.dot(x, y) / np.dot(x, x))  # regression through the origin
            boot = np.array([slope(iters[i], times[i]) for i in idx])
            out[key] = estimate(slope(iters, times), boot)
        else:
            boot = np.array([fns[key](avg[i]) for i in idx])
            out[key] = estimate(fns[key](avg), boot)
    return out


def bench(dirname, ident, iters, per_iter_ns, sd_ns, linear, base=None):
    times = np.array([sum(rng.normal(per_iter_ns, sd_ns, int(n))) for n in iters]).round()
    d = os.path.join(ROOT, dirname)
    for sub, t in [("new", times)] + ([("base", base)] if base is not None else []):
        dump(os.path.join(d, sub, "benchmark.json"), ident)
        dump(os.path.join(d, sub, "sample.json"),
             {"sampling_mode": "Linear" if linear else "Flat", "iters": [float(n) for n in iters],
              "times": [float(x) for x in t]})
        est = estimates(np.array(iters, float), t, linear)
        dump(os.path.join(d, sub, "estimates.json"), est)
        avg = t / np.array(iters, float)
        q1, q3 = np.percentile(avg, [25, 75])
        iqr = q3 - q1
        dump(os.path.join(d, sub, "tukey.json"), [q1 - 3 * iqr, q1 - 1.5 * iqr, q3 + 1.5 * iqr, q3 + 3 * iqr])
    os.makedirs(os.path.join(d, "report"), exist_ok=True)
    with open(os.path.join(d, "report", "index.html"), "w") as f:
        f.write("<html><body>report</body></html>\n")
    return times


shutil.rmtree(os.path.join(os.path.dirname(ROOT)), ignore_errors=True)
# runwasi's end-to-end benchmark: sample_size 10, ~136 ms per iteration, so Criterion picks flat sampling
# (4 iterations per sample within the 5 s measurement time). A base/ from an earlier run and change/ exist.
e2e = {"group_id": "end-to-end", "function_id": "wasmtime/wasi-demo-app:latest", "value_str": None,
       "throughput": None, "full_id": "end-to-end/wasmtime/wasi-demo-app:latest",
       "directory_name": "end-to-end/wasmtime_wasi-demo-app_latest",
       "title": "end-to-end/wasmtime/wasi-demo-app:latest"}
old = np.array([sum(rng.normal(139.8e6, 3.0e6, 4)) for _ in range(10)]).round()
bench("end-to-end/wasmtime_wasi-demo-app_latest", e2e, [4] * 10, 135.7e6, 2.6e6, False, base=old)
dump(os.path.join(ROOT, "end-to-end/wasmtime_wasi-demo-app_latest/change/estimates.json"),
     {"mean": estimate(-0.0291, np.array([-0.035, -0.023])), "median": estimate(-0.0288, np.array([-0.034, -0.022]))})
# A parameterised benchmark with throughput and linear sampling (20 samples of d, 2d, … 20d iterations).
s64 = {"group_id": "sum", "function_id": "elements", "value_str": "64", "throughput": {"Elements": 64},
       "full_id": "sum/elements/64", "directory_name": "sum/elements/64", "title": "sum/elements/64"}
bench("sum/elements/64", s64, [1000 * k for k in range(1, 21)], 31.6, 0.8, True)
os.makedirs(os.path.join(ROOT, "report"), exist_ok=True)
with open(os.path.join(ROOT, "report", "index.html"), "w") as f:
    f.write("<html><body>summary</body></html>\n")
