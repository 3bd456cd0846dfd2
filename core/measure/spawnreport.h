/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The report runbench-spawn writes on fd 3 when its target has ended. Shared by the C helper and the
 * C++ launcher, which are always built together: one fixed-layout record, written with one write(2)
 * (smaller than PIPE_BUF, so it arrives whole). */
#pragma once

#include <stdint.h>

#define RB_SPAWN_REPORT_MAGIC 0x52425350u /* "RBSP" */
#define RB_SPAWN_REPORT_FD 3

struct RbSpawnReport
{
    uint32_t magic;
    int32_t execErrno; /* 0, or errno of fork/execve: the target never ran */
    int32_t waitStatus; /* status from wait4 (when execErrno == 0) */
    int32_t reserved;
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
