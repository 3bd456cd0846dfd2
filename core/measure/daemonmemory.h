// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <sys/types.h>
#include <utility>
#include <vector>

namespace rb {

/// Memory of a set of processes, summed from /proc/<pid>/smaps_rollup (KiB). A value.
struct MemoryUse
{
    std::vector<pid_t> pids; ///< the processes read, ascending (a process that vanished while read is left out)
    qint64 rssKb = 0; ///< sum of Rss: pages shared between the processes count once per process
    qint64 pssKb = 0; ///< sum of Pss: shared pages split between their users, so sums add up
    qint64 ussKb = 0; ///< sum of Private_Clean + Private_Dirty: what would be freed if they all exited

    MemoryUse& operator+=(const MemoryUse& other);
};

/// Which processes belong to a container engine's daemon side.
struct DaemonScope
{
    QStringList processNames; ///< Runner::daemonProcessNames(): dockerd, containerd, containerd-shim-runc-v2, …
    /// A private daemon's pid: its descendants belong to it (dockerd's own containerd, docker-proxy).
    std::vector<pid_t> roots;
    /// A private daemon's folder: processes whose command line names it belong to it (the shims, which
    /// detach from the daemon and are reparented to init).
    QByteArray marker;
};

/// Faasm's method: what a containerised workload costs is its own processes plus the daemon's.
struct DaemonMemory
{
    MemoryUse daemons;
    MemoryUse containers;
    MemoryUse total; ///< daemons + containers

    /// daemon_{rss,pss,uss}_kb, container_{…}_kb, total_{…}_kb and daemon_processes, container_processes:
    /// the metric names the engine records (KiB, counts).
    QList<std::pair<QString, qint64>> metrics() const;
};

/// Reads the daemon and container processes' memory now.
///
/// Daemon processes are those whose /proc/<pid>/comm is one of scope.processNames; when the scope has roots
/// or a marker, only those among the roots' descendants or whose command line contains the marker (without
/// either, every process of those names on the host: the user's own daemon). Container processes are
/// `containerPids` (e.g. `docker inspect --format {{.State.Pid}}`) and their descendants; they are never
/// counted as daemon processes. Blocks for a /proc scan plus ~0.1 ms per process read; any thread.
DaemonMemory accountDaemonMemory(const DaemonScope& scope, const std::vector<pid_t>& containerPids);

/// One process's smaps_rollup: {Rss, Pss, Private_Clean + Private_Dirty} in KiB; false when unreadable.
bool readSmapsRollup(pid_t pid, qint64* rssKb, qint64* pssKb, qint64* ussKb);

} // namespace rb
