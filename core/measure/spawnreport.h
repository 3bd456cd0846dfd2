/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reports runbench-spawn writes on fd 3. Shared by the C helper and the C++ launcher, which are always
 * built together: fixed-layout records, each written with one write(2) (smaller than PIPE_BUF, so each
 * arrives whole). Right after a successful fork the helper writes a STARTED record (only forkNs is set), so
 * that a readiness probe knows t_fork before the target ends; when the target has ended (or could not be
 * started) it writes one FINAL record. A reader skips STARTED records to find the FINAL one. */
#pragma once

#include <stdint.h>

#define RB_SPAWN_REPORT_MAGIC 0x52425350u /* "RBSP" */
#define RB_SPAWN_REPORT_FD 3
#define RB_SPAWN_REPORT_FINAL 0
#define RB_SPAWN_REPORT_STARTED 1

struct RbSpawnReport
{
    uint32_t magic;
    int32_t execErrno; /* 0, or errno of fork/execve: the target never ran */
    int32_t waitStatus; /* status from wait4 (when execErrno == 0) */
    int32_t kind; /* RB_SPAWN_REPORT_FINAL or RB_SPAWN_REPORT_STARTED */
    int64_t forkNs; /* CLOCK_MONOTONIC just before fork() */
    int64_t exitNs; /* CLOCK_MONOTONIC just after wait4() returned */
    int64_t userUs;
    int64_t sysUs;
    int64_t maxRssKb;
    int64_t minorFaults;
    int64_t majorFaults;
    int64_t voluntaryCtxSwitches;
    int64_t involuntaryCtxSwitches;
};
