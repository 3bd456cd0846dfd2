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

/// How a process ended and what it cost. Times from CLOCK_MONOTONIC, resources from wait4's rusage, both taken
/// by the runbench-spawn helper that forks and waits for the process (see processlauncher.cpp for why).
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
    QString error; ///< when SpawnFailed: "<argv[0]>: <strerror of execve>", or what else prevented the start
    /// Exited/Signalled: from just before the helper's fork to the return of its wait4.
    /// TimedOut/Cancelled: launcherWallMs (the process was killed; nobody waited for it).
    double wallMs = 0;
    /// Cross-check, seen from this process: from just before posix_spawn of the helper until its exit was
    /// seen (includes the helper's own start, ~0.5 ms). Also set on TimedOut and Cancelled.
    double launcherWallMs = 0;
    /// Resources below are set when Exited or Signalled; 0 on TimedOut, Cancelled and SpawnFailed.
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
/// The child starts through the static runbench-spawn helper (paths::spawnHelper()), so that its ru_maxrss
/// is its own. Helper and child get their own process group; on timeout or cancel the whole group gets
/// SIGKILL, and any processes of the group still alive after the child exits are killed too. The child's
/// stdin is /dev/null; stdout and stderr are captured through pipes. The helper's exit is observed through a
/// pidfd; wall time is the helper's. `cancel`, when given, is checked every 20 ms.
ProcessOutcome runProcess(const ProcessRequest& request, const std::atomic<bool>* cancel = nullptr);

/// Runs an auxiliary command (a runtime's --version, a compiler, a container engine's import) with
/// the inherited environment plus `environmentOverrides` ("KEY=VALUE", replacing inherited values) and a
/// timeout. Blocks; any thread but the GUI's.
ProcessOutcome runCommand(
    const QStringList& argv, std::chrono::milliseconds timeout, const QStringList& environmentOverrides = {});

/// This process's environment with "KEY=VALUE" overrides replacing inherited values (a duplicate KEY= would
/// lose: getenv returns the first), as a full list for ProcessRequest::environment. Empty when no overrides.
QStringList environmentWith(const QStringList& overrides);

/// The first line of captured output, trimmed and cut to 300 characters: for error messages.
QString firstLine(const QByteArray& output);

} // namespace rb
