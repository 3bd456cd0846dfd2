#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes time.csv and mem.csv the way faasm/faasm@3cc96890 tasks/bench_time.py and tasks/bench_mem.py did
# (Python Decimal arithmetic, same columns and row order), from made-up (SYNTH) measurements, and expected.json:
# what Runbench must import, computed here independently of the C++ importer.
import json
from decimal import Decimal

expected = {}

# bench_time.py: cycles come from `perf stat` and are divided by the iterations before writing ("Value"); the
# writer then divides Value by the iterations again ("ValuePerIteration"): the faasm bug Runbench corrects.
time_rows = []
for runtime, iters, total_cycles, seconds in [
    ("faasm", 1000, Decimal("2345678912"), Decimal("3.21")),
    ("docker", 5, Decimal("22839450617"), Decimal("6.52")),
    ("thread", 1000, Decimal("1234567000"), Decimal("0.42")),
]:
    cycles = total_cycles / iters
    time_rows.append([runtime, "cpu_cycles", cycles, iters, cycles / iters])
    time_rows.append([runtime, "elapsed_seconds", seconds, iters, seconds / iters])
    expected[f"{runtime}/noop/faasm-time-csv iterations={iters}/r1"] = {
        "cycles": float(total_cycles),
        "cycles_per_iteration": float(cycles),
        "elapsed_ms": float(seconds * 1000),
        "wall_ms_per_iteration": float(seconds * 1000 / iters),
    }
with open("time.csv", "w") as f:
    f.write("Runtime,Measure,Value,Iterations,ValuePerIteration\n")
    for r in time_rows:
        f.write(",".join(str(x) for x in r) + "\n")

labels = ["VSS", "USS", "PSS", "RSS", "Shared", "Text", "Lib", "Data", "Dirty"]
with open("mem.csv", "w") as f:
    f.write("Runtime,Measure,Value,Workers,ValuePerWorker\n")
    for runtime, workers, base in [("docker", 40, 31876182016), ("faasm", 40, 2147483648), ("faasm", 5, 402653184)]:
        run = {}
        for i, label in enumerate(labels):
            value = base // (i + 1) // 4096 * 4096  # page multiples, as /proc/<pid>/statm × page size
            f.write(f"{runtime},{label},{value},{workers},{Decimal(value) / workers}\n")
            run[label.lower() + "_kb_total"] = value / 1024
            run[label.lower() + "_kb_per_instance"] = value / 1024 / workers
        expected[f"{runtime}/sleep/faasm-mem-csv workers={workers}/r1"] = run

with open("expected.json", "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True)
    f.write("\n")
