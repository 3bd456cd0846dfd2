// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "containerdaemon.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace rb {

class PrivateDaemon;

/// Starts container daemons for Runbench when the user allows it, and stops them.
///
/// ensure() uses the user's dockerd or containerd when it answers, and otherwise starts a private one in
/// its own folder `<base>/runbench-daemons-<pid>` (base: $XDG_RUNTIME_DIR, else /tmp): socket, data root,
/// state and log, so it never touches the user's images or containers. Runners reach it through
/// environmentFor() (DOCKER_HOST, CONTAINERD_ADDRESS). stop() — also run by the destructor — stops the
/// private daemons (SIGTERM, wait, then leftover processes killed and mounts unmounted) and removes the
/// folder. If Runbench is killed, the daemons get SIGTERM from the kernel (PR_SET_PDEATHSIG) and the next
/// DaemonSupervisor removes what they left (reapStale()).
///
/// Threads: every method may be called from any thread. Daemons are started and stopped on the
/// supervisor's own keeper thread, which lives as long as the supervisor: the kernel's parent-death
/// signal follows the thread that forked, and a pool thread that expires would take the daemons with it.
class DaemonSupervisor
{
public:
    /// `baseDir` empty: defaultBaseDir().
    explicit DaemonSupervisor(QString baseDir = {});
    /// Stops every private daemon (blocks up to ~35 s per daemon; not on the GUI thread).
    ~DaemonSupervisor();
    DaemonSupervisor(const DaemonSupervisor&) = delete;
    DaemonSupervisor& operator=(const DaemonSupervisor&) = delete;

    /// Receives one line per daemon started, reused or stopped, and per problem. Set before use.
    void setLog(std::function<void(const QString&)> log);

    /// A usable daemon of `kind` (daemonkind::docker or ::containerd): the user's if it answers, else a private
    /// one started now (≤ 60 s; `cancel` aborts the wait). The result's error says why when neither works.
    /// A kind already ensured is not looked at again.
    DaemonInfo ensure(const QString& kind, const std::atomic<bool>* cancel = nullptr);
    /// A private daemon of `kind` even when the user's answers (tests, and isolated measurements).
    DaemonInfo startPrivate(const QString& kind, const std::atomic<bool>* cancel = nullptr);
    /// Stops the private daemons (newest first) and removes their folder. Returns the problems (also
    /// logged). Idempotent.
    QStringList stop();

    /// Every daemon ensured so far, usable or not, in the order asked for.
    QList<DaemonInfo> daemons() const;
    /// The usable daemon of `kind`, if any.
    std::optional<DaemonInfo> find(const QString& kind) const;
    /// "KEY=VALUE" entries pointing clients at the usable *private* daemons among `kinds` (the user's
    /// daemons are already what the inherited environment points at).
    QStringList environmentFor(const QStringList& kinds) const;
    /// The folder private daemons go to (made on the first start).
    QString dir() const
    {
        return m_dir;
    }

    /// $XDG_RUNTIME_DIR when set, else /tmp.
    static QString defaultBaseDir();
    /// Cleans the runbench-daemons-<pid> folders in `baseDir` whose process is gone (a Runbench that was
    /// killed): their processes, mounts and files. Returns one line per folder cleaned or problem.
    static QStringList reapStale(const QString& baseDir);

private:
    class Keeper;
    DaemonInfo startOnKeeper(const QString& kind, const std::atomic<bool>* cancel);
    void log(const QString& line) const;

    QString m_base;
    QString m_dir;
    std::unique_ptr<Keeper> m_keeper;
    std::vector<std::unique_ptr<PrivateDaemon>> m_private; ///< keeper thread only
    bool m_reaped = false; ///< keeper thread only
    mutable std::mutex m_mutex; ///< guards m_infos and m_log
    QList<DaemonInfo> m_infos;
    std::function<void(const QString&)> m_log;
};

} // namespace rb
