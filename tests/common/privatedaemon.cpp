// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatedaemon.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

namespace rb::test {

std::unique_ptr<PrivateDaemon> PrivateDaemon::docker(const QString& dir, QString* skipReason)
{
    const QString dockerd = QStandardPaths::findExecutable(QStringLiteral("dockerd"));
    if (dockerd.isEmpty() || !QFileInfo::exists(QStringLiteral("/usr/bin/docker"))) {
        *skipReason = QStringLiteral("dockerd or /usr/bin/docker not installed (Debian package docker.io; "
                                     "packaging/setup-debian.sh installs it)");
        return nullptr;
    }
    std::unique_ptr<PrivateDaemon> d(new PrivateDaemon);
    d->m_dir = dir;
    d->m_variable = QStringLiteral("DOCKER_HOST");
    d->m_address = QStringLiteral("unix://") + dir + QStringLiteral("/docker.sock");
    if (!d->start(dockerd,
            { QStringLiteral("--data-root"), dir + QStringLiteral("/data"), QStringLiteral("--exec-root"),
                dir + QStringLiteral("/exec"), QStringLiteral("--pidfile"), dir + QStringLiteral("/pid"),
                QStringLiteral("-H"), d->m_address },
            { QStringLiteral("/usr/bin/docker"), QStringLiteral("-H"), d->m_address, QStringLiteral("version") },
            skipReason)) {
        return nullptr;
    }
    return d;
}

std::unique_ptr<PrivateDaemon> PrivateDaemon::containerd(const QString& dir, QString* skipReason)
{
    const QString containerd = QStandardPaths::findExecutable(QStringLiteral("containerd"));
    if (containerd.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("ctr")).isEmpty()) {
        *skipReason = QStringLiteral(
            "containerd or ctr not installed (Debian package containerd; packaging/setup-debian.sh installs it)");
        return nullptr;
    }
    std::unique_ptr<PrivateDaemon> d(new PrivateDaemon);
    d->m_dir = dir;
    d->m_variable = QStringLiteral("CONTAINERD_ADDRESS");
    d->m_address = dir + QStringLiteral("/containerd.sock");
    if (!d->start(containerd,
            { QStringLiteral("--root"), dir + QStringLiteral("/root"), QStringLiteral("--state"),
                dir + QStringLiteral("/state"), QStringLiteral("--address"), d->m_address },
            { QStringLiteral("ctr"), QStringLiteral("-a"), d->m_address, QStringLiteral("version") }, skipReason)) {
        return nullptr;
    }
    return d;
}

bool PrivateDaemon::start(const QString& program, const QStringList& args, const QStringList& ping, QString* skipReason)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir + QStringLiteral("/daemon.log"));
    m_process.start(program, args);
    if (!m_process.waitForStarted()) {
        *skipReason = program + QStringLiteral(" did not start: ") + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (QProcess::execute(ping.first(), ping.mid(1)) == 0) {
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            break;
        }
        QThread::msleep(200);
    }
    QFile log(m_dir + QStringLiteral("/daemon.log"));
    log.open(QIODevice::ReadOnly);
    *skipReason = program + QStringLiteral(" did not come up: ") + QString::fromUtf8(log.readAll().right(300));
    return false;
}

QProcessEnvironment PrivateDaemon::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(m_variable, m_address);
    return env;
}

PrivateDaemon::~PrivateDaemon()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate(); // both stop their containers and exit on SIGTERM
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // dockerd leaves its network-namespace bind mount in the exec root: unmount what remains.
    QFile mounts(QStringLiteral("/proc/mounts"));
    if (mounts.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : mounts.readAll().split('\n')) {
            const QString target = QString::fromUtf8(line.split(' ').value(1));
            if (!m_dir.isEmpty() && target.startsWith(m_dir)) {
                QProcess::execute(QStringLiteral("umount"), { target });
            }
        }
    }
}

} // namespace rb::test
