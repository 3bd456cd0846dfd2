#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes rewrk 0.3.2-style output for synthetic request latencies, computing every number the way
lnx-search/rewrk src/results.rs does (population stdev, tail means via get_percentile, format_data base 1024,
Req/Sec = requests / mean worker time). Run from this folder; the files are committed, this is their reference."""
import json
import math
import random

ESC = "\x1b["
def col(code, s):
    return f"{ESC}{code}m{s}{ESC}0m"

def latencies(seed, n, scale_ms):
    rng = random.Random(seed)
    return [rng.lognormvariate(math.log(scale_ms), 0.45) / 1000.0 for _ in range(n)]  # seconds

def stats(req, worker_secs, bytes_per_req):
    n = len(req)
    mean = sum(req) / n
    var = sum((t - mean) ** 2 for t in req) / n
    desc = sorted(req, reverse=True)
    def tail(pct):  # get_percentile: mean of the first floor(n*pct) (≥ 1) of the slowest-first list
        k = max(1, int(n * pct))
        return sum(desc[:k]) / k
    avg_time = sum(worker_secs) / len(worker_secs)
    total = n * bytes_per_req
    return dict(avg=mean * 1000, std=math.sqrt(var) * 1000, min=min(req) * 1000, max=max(req) * 1000, n=n,
                rps=n / avg_time, total=total, rate=total / avg_time,
                tails=[(lbl, tail(p) * 1000) for lbl, p in
                       (("99.9%", .001), ("99%", .01), ("95%", .05), ("90%", .1), ("75%", .25), ("50%", .5))])

def fmt_data(x):
    for unit, size in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if x > size:
            return f"{x / size:.2f} {unit}"
    return f"{x:.2f} B"

def text_round(i, conns, url, dur, s, errors):
    out = [f"Beginning round {i}...",
           f"Benchmarking {col(36, conns)} connections @ {url} for {dur}",
           "  Latencies:",
           "    " + "  ".join(col(c, f"{w:<7}") for c, w in ((93, "Avg"), (95, "Stdev"), (92, "Min"), (91, "Max"))) + "  ",
           "    " + "  ".join(f"{v:.2f}ms".ljust(7) for v in (s["avg"], s["std"], s["min"], s["max"])) + "  ",
           "  Requests:",
           f"    Total: {col(96, str(s['n']).center(7))} Req/Sec: {col(96, f'{s[chr(114)+chr(112)+chr(115)]:.2f}'.center(7))}",
           "  Transfer:",
           f"    Total: {col(96, fmt_data(s['total']).center(7))} Transfer Rate: {col(96, (fmt_data(s['rate']) + '/Sec').center(7))}",
           "+ " + "-" * 15 + " + " + "-" * 15 + " +",
           f"| {col(96, 'Percentile'.center(15))} | {col(93, 'Avg Latency'.center(15))} |",
           "+ " + "-" * 15 + " + " + "-" * 15 + " +"]
    out += [f"| {lbl.center(15)} | {f'{v:.2f}ms'.center(15)} |" for lbl, v in s["tails"]]
    out.append("+ " + "-" * 15 + " + " + "-" * 15 + " +")
    if errors:
        out.append("")
        out += [f"{n} Errors: {msg}" for msg, n in errors]
    out.append("")  # bench.rs prints an empty line after each round
    return out

rounds = [stats(latencies(1, 3977, 2.0), [15.0012, 15.0021, 15.0009, 15.0030], 93),
          stats(latencies(2, 4102, 1.9), [15.0008, 15.0015, 15.0019, 15.0004], 93)]
lines = text_round(1, 8, "http://localhost:8080/", "15 second(s)", rounds[0], [])
lines += text_round(2, 8, "http://localhost:8080/", "15 second(s)", rounds[1],
                    [("error shutting down connection: Socket is not connected (os error 57)", 3)])
open("rounds.txt", "w").write("\n".join(lines) + "\n")

heavy = stats(latencies(3, 55, 2000.0), [15.02, 14.98, 15.01, 14.99], 98)
lines = text_round(1, 8, "http://localhost:8081/heavy", "1 minute(s), 30 second(s)", heavy,
                   [("connection closed before message completed", 684)])
open("heavy.txt", "w").write("\n".join(lines) + "\n")

with open("rounds.json", "w") as f:
    for s in rounds:
        f.write(json.dumps({"latency_avg": s["avg"], "latency_max": s["max"], "latency_min": s["min"],
                            "latency_std_deviation": s["std"], "transfer_total": float(s["total"]),
                            "transfer_rate": s["rate"], "requests_total": s["n"], "requests_avg": s["rps"]},
                           separators=(",", ":")) + "\n")
    f.write(json.dumps({"latency_avg": None, "latency_max": None, "latency_min": None, "latency_std_deviation": None,
                        "transfer_total": None, "transfer_rate": None, "requests_total": 0, "requests_avg": None},
                       separators=(",", ":")) + "\n")

# Reference values for the tests (printed, checked by hand against the files).
for name, s in (("round1", rounds[0]), ("round2", rounds[1]), ("heavy", heavy)):
    print(name, {k: v for k, v in s.items() if k != "tails"}, s["tails"])
