// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>
#include <chrono>

namespace rb {

/// What to start. argv is passed as is to posix_spawn: no shell ever parses it.
struct ProcessRequest
{
    QStringList argv; ///< argv[0] is a path, or a name looked up in this process's PATH
    QStringList environment; ///< full "KEY=VALUE" list; empty means inherit this process's environment
    QString workingDirectory; ///< empty means the current directory
    std::chrono::milliseconds timeout { 60000 };
    qsizetype maxCapture = 1 << 20; ///< bytes kept of stdout and of stderr each (the rest is read and dropped)
};

/// How a process ended and what it cost. Times from CLOCK_MONOTONIC, resources from wait4's rusage.
struct ProcessOutcome
{
    enum class End
    {
        Exited,
        Signalled,
        TimedOut,
        Cancelled,
        SpawnFailed
    };
    End end = End::SpawnFailed;
    int exitCode = -1; ///< when Exited
    int signal = 0; ///< when Signalled
    QString error; ///< when SpawnFailed: strerror of posix_spawn
    double wallMs = 0; ///< from just before posix_spawn to the return of wait4
    double userMs = 0;
    double sysMs = 0;
    qint64 maxRssKb = 0; ///< ru_maxrss (KiB) of the child and its waited-for descendants
    qint64 minorFaults = 0;
    qint64 majorFaults = 0;
    qint64 voluntaryCtxSwitches = 0;
    qint64 involuntaryCtxSwitches = 0;
    QByteArray stdoutData;
    QByteArray stderrData;
    bool stdoutTruncated = false;

    bool succeeded() const
    {
        return end == End::Exited && exitCode == 0;
    }
    /// "exit code 3", "killed by signal 9 (Killed)", "timed out after 2 s", …
    QString describe(std::chrono::milliseconds timeout) const;
};

/// Runs a process to completion. Blocks the calling thread (call it from a worker, never the GUI thread).
///
/// The child gets its own process group; on timeout or cancel the whole group gets SIGKILL, and any
/// processes of the group still alive after the child exits are killed too. The child's stdin is
/// /dev/null; stdout and stderr are captured through pipes. Exit is observed through a pidfd, so the
/// wall time has no polling delay. `cancel`, when given, is checked every 20 ms.
ProcessOutcome runProcess(const ProcessRequest& request, const std::atomic<bool>* cancel = nullptr);

} // namespace rb
