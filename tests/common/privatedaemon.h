// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <memory>

namespace rb::test {

/// A dockerd or containerd started by a test on a private socket and data root inside `dir`, and
/// stopped (SIGTERM, then its leftover mounts under `dir` unmounted) when destroyed.
class PrivateDaemon
{
public:
    /// nullptr and `skipReason` set when the daemon is not installed or does not come up in 60 s.
    static std::unique_ptr<PrivateDaemon> docker(const QString& dir, QString* skipReason);
    static std::unique_ptr<PrivateDaemon> containerd(const QString& dir, QString* skipReason);
    ~PrivateDaemon();

    /// DOCKER_HOST or CONTAINERD_ADDRESS pointing at this daemon.
    QString variable() const
    {
        return m_variable;
    }
    QString address() const
    {
        return m_address;
    }
    /// The environment for processes that should use this daemon.
    QProcessEnvironment environment() const;

private:
    PrivateDaemon() = default;
    bool start(const QString& program, const QStringList& args, const QStringList& pingArgv, QString* skipReason);

    QString m_dir;
    QString m_variable;
    QString m_address;
    QProcess m_process;
};

} // namespace rb::test
