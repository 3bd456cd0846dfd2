// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "containerdaemon.h"

#include <QProcess>
#include <QString>
#include <atomic>
#include <chrono>

namespace rb {

/// One dockerd or containerd that Runbench starts on a private socket and data root inside `dir`, and stops.
///
/// The daemon runs in its own session (a Ctrl-C in the terminal reaches Runbench, which stops it in order)
/// with PR_SET_PDEATHSIG = SIGTERM, so it shuts itself down if Runbench is killed. That signal is tied to
/// the *thread* that started it: create, start, stop and destroy a PrivateDaemon on one long-lived thread
/// (DaemonSupervisor's keeper thread), never on a pool thread that may expire.
class PrivateDaemon
{
public:
    PrivateDaemon(QString kind, QString dir);
    ~PrivateDaemon();
    PrivateDaemon(const PrivateDaemon&) = delete;
    PrivateDaemon& operator=(const PrivateDaemon&) = delete;

    /// Starts it and waits until its client gets an answer (≤ timeout; `cancel` checked every 100 ms).
    /// False with info().error set when it is not installed, exits or does not answer; then nothing of it
    /// is left running or mounted.
    bool start(const std::atomic<bool>* cancel, std::chrono::milliseconds timeout);
    /// Stops it: containerd's tasks are killed first; SIGTERM, up to 30 s, then SIGKILL; then every process
    /// whose command line names its folder (shims) is killed with its descendants, what is still mounted
    /// below the folder is unmounted, a dockerd's bridge is deleted, and the folder is removed. Returns problems (empty
    /// when clean).
    QStringList stop();

    const DaemonInfo& info() const
    {
        return m_info;
    }

    /// Kills every process whose command line contains `dir` (and their descendants), unmounts what is
    /// mounted below it, deletes the bridges it names (PrivateBridge) and removes it. For stop() and for the leftovers
    /// of a Runbench that was killed.
    static QStringList cleanUp(const QString& dir);

private:
    QString prepareFolder() const; ///< the error, or empty
    QStringList startArguments() const;
    bool waitUntilAnswering(const std::atomic<bool>* cancel, std::chrono::milliseconds timeout);
    void killContainerdTasks();

    DaemonInfo m_info;
    QProcess m_process;
    QString m_bridge; ///< a private dockerd's own bridge (PrivateBridge)
    bool m_stopped = false;
};

} // namespace rb
