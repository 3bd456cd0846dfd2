# SPDX-License-Identifier: GPL-3.0-or-later
# Independent reference for tests/core/tst_figuredata.cpp, from the raw CSVs of sweep-tiny (made by
# `runbench-cli run sweep-tiny.json --out sweep-tiny`) with pandas and SciPy:
#   /usr/bin/python3 tests/data/figures/make_reference.py > tests/data/figures/reference.json
import json
import math
import os

import pandas as pd
import scipy.stats as st

d = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sweep-tiny")
runs = pd.read_csv(os.path.join(d, "runs.csv"), keep_default_na=False)
samples = pd.read_csv(os.path.join(d, "samples.csv"), keep_default_na=False)
latency = pd.read_csv(os.path.join(d, "latency.csv"))
runs = runs[(runs.ok == 1) & (runs.warmup == 0)]
runs["level"] = runs.params.apply(lambda p: json.loads(p) if p else {})

out = {"throughput": {}, "latency_by_rate": {}, "requests": {}}

def level_runs(key):
    sel = runs[runs.level.apply(lambda p: key in p)]
    return {v: g.run_id.tolist() for v, g in sel.groupby(sel.level.apply(lambda p: p[key]))}

for c, ids in level_runs("concurrency").items():
    v = samples[(samples.run_id.isin(ids)) & (samples.metric == "requests_per_s")].value
    m = v.mean()
    lo, hi = st.t.interval(0.95, len(v) - 1, loc=m, scale=st.sem(v))
    out["throughput"][str(c)] = {"mean": m, "ci_low": lo, "ci_high": hi, "n": len(v)}

def quantile(h, q):
    # HdrHistogram's rank: max(1, round half away from zero of q * total); the bound of the bucket holding it.
    total = h["count"].sum()
    rank = max(1, math.floor(q * total + 0.5))
    cum = h["count"].cumsum()
    return float(h.up_to_us[cum >= rank].iloc[0]) / 1000

for rate, ids in level_runs("rate").items():
    h = latency[latency.run_id.isin(ids)].groupby("up_to_us", as_index=False)["count"].sum().sort_values("up_to_us")
    out["latency_by_rate"][str(rate)] = {"p50_ms": quantile(h, 0.5), "p99_ms": quantile(h, 0.99)}

for rid in runs.run_id:
    out["requests"][rid] = int(latency[latency.run_id == rid]["count"].sum())
print(json.dumps(out, indent=1, sort_keys=True))
