#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Independent reading of the kernel clock status for tst_cli_fingerprint: adjtimex(2) through ctypes (read-only,
# modes 0), printed as JSON. Linux, glibc, 64-bit `struct timex` layout.
import ctypes
import ctypes.util
import json
import time


class Timex(ctypes.Structure):
    _fields_ = [("modes", ctypes.c_uint), ("offset", ctypes.c_long), ("freq", ctypes.c_long),
                ("maxerror", ctypes.c_long), ("esterror", ctypes.c_long), ("status", ctypes.c_int),
                ("constant", ctypes.c_long), ("precision", ctypes.c_long), ("tolerance", ctypes.c_long),
                ("time_sec", ctypes.c_long), ("time_usec", ctypes.c_long), ("tick", ctypes.c_long),
                ("ppsfreq", ctypes.c_long), ("jitter", ctypes.c_long), ("shift", ctypes.c_int),
                ("stabil", ctypes.c_long), ("jitcnt", ctypes.c_long), ("calcnt", ctypes.c_long),
                ("errcnt", ctypes.c_long), ("stbcnt", ctypes.c_long), ("tai", ctypes.c_int),
                ("pad", ctypes.c_int * 11)]


libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
tx = Timex()
state = libc.adjtimex(ctypes.byref(tx))
STA_UNSYNC, STA_NANO, TIME_ERROR = 0x0040, 0x2000, 5
print(json.dumps({
    "state": state,
    "status": tx.status,
    "synchronised": state >= 0 and not (tx.status & STA_UNSYNC) and state != TIME_ERROR,
    "max_error_us": tx.maxerror,
    "offset_us": tx.offset / 1000.0 if tx.status & STA_NANO else float(tx.offset),
    "realtime_unix_ns": time.time_ns(),
    "monotonic_ns": time.monotonic_ns(),
}))
