#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes oha `--output-format json` files for synthetic requests, with the keys, nesting and units of
hatoo/oha src/printer.rs print_json (serde_json::to_writer_pretty: 2-space indent, BTreeMap keys sorted) and, for
1.15, the `metrics` block of seed-systems.md §6.7. Times in seconds, `metrics.latency_ms` in ms. Run from this folder."""
import json
import math
import random

def pct(sorted_v, p):  # nearest rank, as oha's percentiles() over sorted values
    return sorted_v[min(len(sorted_v) - 1, int(len(sorted_v) * p / 100))]

def make(seed, n, scale_s, total_s, size, codes, errors, with_metrics):
    rng = random.Random(seed)
    lat = sorted(rng.lognormvariate(math.log(scale_s), 0.5) for _ in range(n))
    done = n + sum(errors.values())
    keys = (10, 25, 50, 75, 90, 95, 99, 99.9, 99.99)
    name = lambda p: "p" + (str(p) if isinstance(p, float) else str(p))
    lp = {name(p): pct(lat, p) for p in keys}
    rps = sorted(rng.gauss(done / total_s, done / total_s * 0.05) for _ in range(int(total_s * 100)))
    rmean = sum(rps) / len(rps)
    rstd = math.sqrt(sum((x - rmean) ** 2 for x in rps) / (len(rps) - 1))
    out = {"summary": {"successRate": n / done, "total": total_s, "slowest": lat[-1], "fastest": lat[0],
                       "average": sum(lat) / n, "requestsPerSec": done / total_s, "totalData": n * size,
                       "sizePerRequest": size, "sizePerSec": n * size / total_s}}
    if with_metrics:
        out["metrics"] = {"success_rate": n / done, "requests_per_sec": done / total_s,
                          "latency_ms": {"min": lat[0] * 1000, "mean": sum(lat) / n * 1000, "p50": lp["p50"] * 1000,
                                         "p95": lp["p95"] * 1000, "p99": lp["p99"] * 1000, "max": lat[-1] * 1000}}
    hist = {}
    for i in range(11):
        edge = lat[0] + (lat[-1] - lat[0]) * i / 10
        hist[str(edge)] = sum(1 for x in lat if x <= edge) - sum(hist.values())
    out["responseTimeHistogram"] = hist
    out["latencyPercentiles"] = dict(sorted(lp.items()))
    out["rps"] = {"mean": rmean, "stddev": rstd, "max": rps[-1], "min": rps[0],
                  "percentiles": dict(sorted({name(p): pct(rps, p) for p in keys}.items()))}
    out["details"] = {"DNSDialup": {"average": 0.000141, "fastest": 0.000088, "slowest": 0.000302},
                      "DNSLookup": {"average": 0.0000041, "fastest": 0.0000022, "slowest": 0.0000109},
                      "firstByte": {"average": sum(lat) / n * 0.93, "fastest": lat[0] * 0.9, "slowest": lat[-1] * 0.97}}
    out["statusCodeDistribution"] = codes
    out["errorDistribution"] = errors
    return out

hello = make(1, 20000, 0.0009, 2.0123, 13, {"200": 20000}, {}, True)
json.dump(hello, open("hello.json", "w"), indent=2)
errors = make(2, 1180, 0.041, 10.004, 98, {"200": 1150, "503": 30},
              {"aborted due to deadline": 50, "connection closed before message completed": 3}, False)
json.dump(errors, open("errors.json", "w"), indent=2)
