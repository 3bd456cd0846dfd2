#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Re-prints wrk2 outputs published in wrk2's README (readme-*.src, copied from the README with its Markdown
indentation removed) with the exact printf layout of wrk2's src/wrk.c (print_stats, print_hdr_latency, the
summary lines) and src/hdr_histogram.c (hdr_percentiles_print, CLASSIC). Numbers are kept as published; only
spacing and the calibration line (the README shows an older "usec"/"msec" wording, src/wrk.c now prints
"%.3fms"/"%dms") are redone. Usage: ./make_wrk2.py  (writes latency.txt and ulatency.txt)."""
import re
import sys


def units(text, width):
    # print_units: right-align in width - pad, then pad spaces; pad = 2 minus trailing letters (max 2).
    pad = 2 - (1 if text[-1].isalpha() else 0) - (1 if len(text) > 1 and text[-2].isalpha() else 0)
    w = width - pad
    return "%*.*s%s" % (w, w, text, "  "[:pad])


def convert(src):
    out = []
    for line in open(src).read().splitlines():
        s = line.strip()
        m = re.match(r"Thread calibration: mean lat\.: (\d+) usec, rate sampling interval: (\d+) msec$", s)
        if m:
            out.append("  Thread calibration: mean lat.: %.3fms, rate sampling interval: %dms"
                       % (int(m.group(1)) / 1000.0, int(m.group(2))))
            continue
        m = re.match(r"(Latency|Req/Sec)\s+(\S+)\s+(\S+)\s+(\S+)\s+([0-9.]+)%$", s)
        if m:
            out.append("    %-10s" % m.group(1) + units(m.group(2), 8) + units(m.group(3), 10)
                       + units(m.group(4), 9) + "%8.2f%%" % float(m.group(5)))
            continue
        m = re.match(r"([0-9.]+)%\s+(\S+)$", s)
        if m:
            out.append("%7.3f%%" % float(m.group(1)) + units(m.group(2), 10))
            continue
        if s.startswith("Thread Stats"):
            out.append("  Thread Stats%6s%11s%8s%12s" % ("Avg", "Stdev", "Max", "+/- Stdev"))
            continue
        if s.startswith("Value"):
            out.append("%12s %12s %12s %12s" % ("Value", "Percentile", "TotalCount", "1/(1-Percentile)"))
            continue
        m = re.match(r"([0-9.]+)\s+([0-9.]+)\s+(\d+)\s+(\S+)$", s)
        if m:
            out.append("%12.3f %12f %12d %12.2f" % (float(m.group(1)), float(m.group(2)), int(m.group(3)),
                                                    float(m.group(4))))
            continue
        m = re.match(r"#\[Mean\s+=\s+(\S+), StdDeviation\s+=\s+(\S+)\]$", s)
        if m:
            out.append("#[Mean    = %12.3f, StdDeviation   = %12.3f]" % (float(m.group(1)), float(m.group(2))))
            continue
        m = re.match(r"#\[Max\s+=\s+(\S+), Total count\s+=\s+(\d+)\]$", s)
        if m:
            out.append("#[Max     = %12.3f, Total count    = %12d]" % (float(m.group(1)), int(m.group(2))))
            continue
        m = re.match(r"#\[Buckets\s+=\s+(\d+), SubBuckets\s+=\s+(\d+)\]$", s)
        if m:
            out.append("#[Buckets = %12d, SubBuckets     = %12d]" % (int(m.group(1)), int(m.group(2))))
            continue
        m = re.match(r"Requests/sec:\s+(\S+)$", s)
        if m:
            out.append("Requests/sec: %9.2f" % float(m.group(1)))
            continue
        m = re.match(r"Transfer/sec:\s+(\S+)B$", s)
        if m:
            out.append("Transfer/sec: %10sB" % m.group(1))
            continue
        out.append(line)  # Running, threads, headings, requests in, blank lines, the dashes: as published
    return "\n".join(out) + "\n"


for name in ("latency", "ulatency"):
    with open(name + ".txt", "w") as f:
        f.write(convert("readme-" + name + ".src"))
