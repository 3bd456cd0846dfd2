#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference values for tests/core/tst_workload (the fib and matmul output checks).

Run with Debian's Python and NumPy:
    /usr/bin/python3 tests/data/workloads/make_reference.py
Writes reference.json beside this script. Sources of truth, independent of the C++ under test:
  - fib: Python integers (arbitrary precision) by the defining recurrence, cross-checked against
    Binet's formula in exact decimal arithmetic; fib(93) is the largest value below 2**64.
  - matmul: the full product A @ B with NumPy in int64 (exact), summed and traced; no identity used.
"""
import decimal
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_binet(n):
    decimal.getcontext().prec = 60
    sqrt5 = decimal.Decimal(5).sqrt()
    phi = (1 + sqrt5) / 2
    return int((phi ** n / sqrt5).to_integral_value(rounding=decimal.ROUND_HALF_EVEN))


def matrices(n):
    i, j = np.meshgrid(np.arange(n, dtype=np.int64), np.arange(n, dtype=np.int64), indexing="ij")
    return (7 * i + 3 * j) % 17 - 8, (5 * i + 11 * j + 1) % 13 - 6


fib_ns = [0, 1, 2, 3, 10, 20, 30, 40, 50, 64, 80, 90, 92, 93]
fibs = {}
for n in fib_ns:
    assert fib(n) == fib_binet(n), n
    fibs[str(n)] = str(fib(n))
assert fib(93) < 2**64 <= fib(94)

matmul = {}
for n in [1, 2, 3, 7, 64, 257, 1000]:
    a, b = matrices(n)
    c = a @ b
    matmul[str(n)] = {"sum": int(c.sum()), "trace": int(np.trace(c))}

with open(os.path.join(HERE, "reference.json"), "w") as f:
    json.dump({"generator": "make_reference.py, NumPy " + np.__version__, "fib": fibs, "matmul": matmul}, f, indent=1)
    f.write("\n")
