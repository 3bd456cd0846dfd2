#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes nested.json from gnutime-format.csv: the same rows as nested objects under "runs", to test
# --map rows=PATH and dotted keys.
import csv
import json

with open("gnutime-format.csv") as f:
    rows = list(csv.DictReader(f))
doc = {"tool": "GNU time 1.9 -f", "runs": [
    {"command": r["command"], "input": {"size_kb": int(r["size_kb"])},
     "result": {"elapsed_s": float(r["elapsed_s"]), "max_rss_kb": int(r["max_rss_kb"])}} for r in rows]}
with open("nested.json", "w") as f:
    json.dump(doc, f, indent=1)
    f.write("\n")
