#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Cross-check of `runbench-cli import` + `runbench-cli stats` against pandas/SciPy (issue #7).

    numbers_tree.py --generate DIR        write the 90-file tree (seeded; how tests/data/import/numbers-tree was made)
    numbers_tree.py RUNBENCH_CLI DIR      import DIR, run stats (text and --json), recompute everything with
                                          pandas/SciPy from the files themselves, compare; exit 0 when all agree

The tree has korvoj's layout (seed-systems.md §5): results/<runtime>/<aot|jit>/NN-test.txt and
results/<debian|distroless>/NN-test.txt, one value per line (seconds, 2 decimals, so there are ties).
Checked: every group's n, mean, median, sd; the Kruskal-Wallis omnibus H and p over all 90 groups; for every
pair of groups the ratio of means and the two-group Kruskal-Wallis p. Text output is checked to the precision it
is printed with (the reference must round to the printed digits); JSON output to a relative 1e-9.
Exit 77 (ctest: skipped) when pandas or SciPy is missing.
"""
import json
import math
import os
import pathlib
import re
import subprocess
import sys
import tempfile

TESTS = ["%02d-%s" % (i + 1, n) for i, n in enumerate([
    "prime-numbers", "fibonacci", "matrix-mult", "nbody", "spectral-norm", "fannkuch", "mandelbrot", "binary-trees",
    "fasta", "knucleotide", "regex", "json-parse", "sha256", "sort", "hello"])]
LAYOUT = [("wasmtime", "aot"), ("wasmtime", "jit"), ("wasmedge", "aot"), ("wasmedge", "jit"),
          ("debian", None), ("distroless", None)]


def generate(root):
    import numpy as np
    rng = np.random.default_rng(20261125)
    base = {"wasmtime": 1.0, "wasmedge": 1.3, "debian": 0.8, "distroless": 0.75}
    for rt, mode in LAYOUT:
        for k, test in enumerate(TESTS):
            scale = base[rt] * (1 + 0.25 * k) * (2.6 if mode == "jit" and rt == "wasmedge" else 1.0)
            scale *= 1.15 if mode == "jit" and rt == "wasmtime" else 1.0
            values = rng.lognormal(mean=math.log(scale), sigma=0.08, size=100)
            folder = pathlib.Path(root, rt, mode) if mode else pathlib.Path(root, rt)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / (test + ".txt")).write_text("".join("%.2f\n" % v for v in values))


def group_name(rt, mode, test):
    return "%s/%s/numbers%s" % (rt, test, " dir2=" + mode if mode else "")


def read_groups(root):
    import pandas as pd
    frames = []
    for rt, mode in LAYOUT:
        for test in TESTS:
            path = pathlib.Path(root, rt, mode, test + ".txt") if mode else pathlib.Path(root, rt, test + ".txt")
            frame = pd.read_csv(path, header=None, names=["value"])
            frame["group"] = group_name(rt, mode, test)
            frames.append(frame)
    data = pd.concat(frames)
    return {name: g["value"].to_numpy() for name, g in data.groupby("group", sort=False)}


def agrees_printed(printed, reference):
    """True when `reference` rounds to the digits `printed` shows (e.g. "0.0073" covers [0.00725, 0.00735])."""
    text = printed.strip()
    value = float(text)
    mantissa = re.split("[eE]", text)[0]
    exponent = int(re.split("[eE]", text)[1]) if re.search("[eE]", text) else 0
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    half_unit = 0.5 * 10 ** (exponent - decimals)
    return abs(value - reference) <= half_unit * (1 + 1e-9) + 1e-15


def close(a, b, rel=1e-9):
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-300)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--generate":
        generate(sys.argv[2])
        return 0
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    try:
        import pandas  # noqa: F401
        from scipy import stats
    except ImportError as e:
        print("SKIP: %s (install python3-pandas and python3-scipy)" % e)
        return 77
    cli, root = sys.argv[1], sys.argv[2]
    groups = read_groups(root)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "imported")
        imp = subprocess.run([cli, "import", root, "--out", out], capture_output=True, text=True)
        print(imp.stdout.strip())
        if imp.returncode != 0:
            print(imp.stderr)
            return 1
        text = subprocess.run([cli, "stats", out], capture_output=True, text=True, check=True).stdout
        doc = json.loads(subprocess.run([cli, "stats", out, "--json"], capture_output=True, text=True,
                                        check=True).stdout)

    # Groups: n, mean, median, sd (n-1), from the JSON, and the printed table's mean.
    by_name = {g["name"]: g for g in doc["groups"]}
    if sorted(by_name) != sorted(groups):
        failures.append("group names differ: %s" % sorted(set(by_name) ^ set(groups)))
    printed_mean = {}
    for line in text.splitlines():
        for name in groups:
            if line.startswith(name + " ") and line[len(name):].split() and line[len(name):].split()[0].isdigit():
                printed_mean[name] = line[len(name):].split()[1]
    checked_text = 0
    for name, values in groups.items():
        g = by_name.get(name)
        if g is None:
            continue
        ref = {"n": len(values), "mean": values.mean(), "median": float(pandas.Series(values).median()),
               "sd": values.std(ddof=1)}
        for key, r in ref.items():
            if not close(g[key], r):
                failures.append("%s %s: runbench %r, pandas %r" % (name, key, g[key], r))
        if name in printed_mean:
            checked_text += 1
            if not agrees_printed(printed_mean[name], ref["mean"]):
                failures.append("%s printed mean %s, pandas %r" % (name, printed_mean[name], ref["mean"]))
        else:
            failures.append("%s: no row in the text output" % name)

    # Kruskal-Wallis over all groups (SciPy: tie-corrected H, chi-square p).
    h, p = stats.kruskal(*groups.values())
    omni = doc["omnibus"]
    if not (close(omni["h"], h) and close(omni["p"], p, 1e-6)):
        failures.append("omnibus: runbench H=%r p=%r, SciPy H=%r p=%r" % (omni["h"], omni["p"], h, p))
    m = re.search(r"Kruskal-Wallis over (\d+) groups: H = (\S+), df = (\d+), p = (\S+)", text)
    if not m or not agrees_printed(m.group(2), h) or not agrees_printed(m.group(4), p):
        failures.append("printed omnibus line %r does not match H=%r p=%r" % (m and m.group(0), h, p))

    # Every pair: ratio of means and the two-group Kruskal-Wallis p (JSON), and the printed mean ratio and KW p.
    printed_pairs = {}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if " vs " in line and not line.startswith(" ") and i + 3 < len(lines):
            a, b = line.split(" vs ")
            ratio = re.search(r"mean ratio = (\S+)", lines[i + 2])
            kw = re.search(r"KW H = \S+\s+p = (\S+)", lines[i + 3])
            if ratio and kw:
                printed_pairs[(a, b)] = (ratio.group(1), kw.group(1))
    checked_pairs = 0
    for pair in doc["pairwise"]:
        a, b = pair["a"], pair["b"]
        ra = groups[a].mean() / groups[b].mean()
        kw_p = stats.kruskal(groups[a], groups[b]).pvalue
        if not close(pair["ratio_mean"], ra):
            failures.append("%s / %s mean ratio: runbench %r, pandas %r" % (a, b, pair["ratio_mean"], ra))
        if not close(pair["kw_p"], kw_p, 1e-6):
            failures.append("%s vs %s KW p: runbench %r, SciPy %r" % (a, b, pair["kw_p"], kw_p))
        printed = printed_pairs.get((a, b))
        if printed is None:
            failures.append("%s vs %s: not in the text output" % (a, b))
            continue
        checked_pairs += 1
        if not agrees_printed(printed[0], ra) or not (agrees_printed(printed[1], kw_p) or printed[1].startswith("<")):
            failures.append("%s vs %s printed ratio %s, KW p %s; reference %r, %r" % (a, b, *printed, ra, kw_p))

    print("groups: %d (printed means checked: %d); pairs: %d (printed ratio and KW p checked: %d)"
          % (len(groups), checked_text, len(doc["pairwise"]), checked_pairs))
    print("omnibus Kruskal-Wallis: H = %.6g, p = %.6g (SciPy)" % (h, p))
    mid = sum(1 for pair in doc["pairwise"] if 0.001 < pair["kw_p"] < 0.999)
    print("pairs with a two-group Kruskal-Wallis p in (0.001, 0.999): %d" % mid)
    for f in failures[:20]:
        print("MISMATCH:", f)
    print("%d mismatches" % len(failures))
    return 1 if failures or checked_pairs == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
