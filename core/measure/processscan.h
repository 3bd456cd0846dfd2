// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <sys/types.h>
#include <vector>

namespace rb::procscan {

/// Every process id in /proc now, ascending. Any thread.
std::vector<pid_t> allPids();
/// /proc/<pid>/comm without its newline; empty when the process is gone.
QByteArray comm(pid_t pid);
/// /proc/<pid>/cmdline with the NULs between arguments turned into spaces; empty when gone (or a kernel thread).
QByteArray cmdline(pid_t pid);
/// Whether a comm is the process name `name`: the kernel keeps only its first 15 characters
/// ("containerd-shim-runc-v2" shows as "containerd-shim").
bool commMatches(const QByteArray& comm, const QString& name);
/// Processes other than this one whose command line contains `marker` (e.g. a private daemon's folder).
std::vector<pid_t> mentioning(const QByteArray& marker);

} // namespace rb::procscan
