#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Independent reference for tst_import_hyperfine: mean and stdev of each command's times in ms, computed with
# the standard library from the same JSON files. Output committed as reference.txt.
import json
import statistics
import sys

for name in sys.argv[1:]:
    with open(name) as f:
        for r in json.load(f)["results"]:
            ms = [t * 1000.0 for t in r["times"]]
            print(f"{name}\t{r['command']}\t{len(ms)}\t{statistics.mean(ms):.12g}\t{statistics.stdev(ms):.12g}")
