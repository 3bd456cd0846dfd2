#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent reference for tst_import_hey: reads hey -o csv files with Python's csv module and prints, per
file, the request count, the ok (HTTP 2xx/3xx) and failed counts, and the mean, median and sample standard
deviation (n - 1) of response-time in ms over the ok requests, as Runbench's `stats --metric latency_ms` should
report them. Usage: ./reference.py requests.csv notfound.csv mixed.csv"""
import csv
import statistics
import sys

for path in sys.argv[1:]:
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    ok = [float(r["response-time"]) * 1000 for r in rows if 200 <= int(r["status-code"]) < 400]
    line = "%s rows=%d ok=%d failed=%d" % (path, len(rows), len(ok), len(rows) - len(ok))
    if ok:
        line += " mean=%.10g median=%.10g sd=%.10g" % (statistics.mean(ok), statistics.median(ok),
                                                      statistics.stdev(ok))
    print(line)
