// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerdaemon.h"

#include "measure/processlauncher.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace rb {

namespace {

QString dockerClient()
{
    // /usr/bin/docker first: another client may sit earlier in PATH (machine.md).
    return QFileInfo(QStringLiteral("/usr/bin/docker")).isExecutable()
        ? QStringLiteral("/usr/bin/docker")
        : QStandardPaths::findExecutable(QStringLiteral("docker"));
}

// The path of a unix socket address ("unix:///x" or "/x"); empty for tcp://, ssh://, ….
QString socketPath(const QString& address)
{
    if (address.startsWith(QLatin1Char('/'))) {
        return address;
    }
    return address.startsWith(QStringLiteral("unix://")) ? address.mid(7) : QString();
}

// A daemon that is down leaves no listener: connect() fails at once, where `ctr version` waits 10 s.
bool socketAccepts(const QString& path)
{
    const QByteArray p = path.toLocal8Bit();
    sockaddr_un a {};
    if (p.size() >= qsizetype(sizeof a.sun_path)) {
        return false;
    }
    a.sun_family = AF_UNIX;
    std::copy(p.begin(), p.end(), a.sun_path);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const bool ok = fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a) == 0;
    if (fd >= 0) {
        ::close(fd);
    }
    return ok;
}

} // namespace

QString DaemonInfo::environmentEntry() const
{
    return variable + QLatin1Char('=') + address;
}

QJsonObject DaemonInfo::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), kind }, { QStringLiteral("program"), program },
        { QStringLiteral("private"), isPrivate }, { QStringLiteral("version"), version },
        { QStringLiteral("address"), address } };
    if (isPrivate) {
        o.insert(QStringLiteral("pid"), pid);
        o.insert(QStringLiteral("dir"), dir);
        o.insert(QStringLiteral("start_ms"), startMs);
        if (!network.isEmpty()) {
            o.insert(QStringLiteral("network"), network);
        }
    }
    if (!error.isEmpty()) {
        o.insert(QStringLiteral("error"), error);
    }
    return o;
}

QString daemonProgram(const QString& kind)
{
    return kind == daemonkind::docker ? QStringLiteral("dockerd") : QStringLiteral("containerd");
}

QString daemonVariable(const QString& kind)
{
    return kind == daemonkind::docker ? QStringLiteral("DOCKER_HOST") : QStringLiteral("CONTAINERD_ADDRESS");
}

QString userDaemonAddress(const QString& kind)
{
    const QString set = qEnvironmentVariable(daemonVariable(kind).toLatin1().constData());
    if (!set.isEmpty()) {
        return set;
    }
    return kind == daemonkind::docker ? QStringLiteral("unix:///var/run/docker.sock")
                                      : QStringLiteral("/run/containerd/containerd.sock");
}

DaemonInfo queryDaemon(const QString& kind, const QString& address)
{
    DaemonInfo d;
    d.kind = kind;
    d.program = daemonProgram(kind);
    d.variable = daemonVariable(kind);
    d.address = address;
    const QString client =
        kind == daemonkind::docker ? dockerClient() : QStandardPaths::findExecutable(QStringLiteral("ctr"));
    if (client.isEmpty()) {
        d.error = kind == daemonkind::docker
            ? QStringLiteral("the docker client is not installed (Debian package docker.io)")
            : QStringLiteral("ctr is not installed (Debian package containerd)");
        return d;
    }
    const QString path = socketPath(address);
    if (!path.isEmpty() && !socketAccepts(path)) {
        d.error = QStringLiteral("no %1 listens on %2").arg(d.program, address);
        return d;
    }
    const QStringList argv = kind == daemonkind::docker
        ? QStringList { client, QStringLiteral("-H"), address, QStringLiteral("version"), QStringLiteral("--format"),
              QStringLiteral("{{.Server.Version}}") }
        : QStringList { client, QStringLiteral("--address"), address, QStringLiteral("--connect-timeout"),
              QStringLiteral("5s"), QStringLiteral("version") };
    const ProcessOutcome v = runCommand(argv, std::chrono::seconds(15));
    const QString out = QString::fromUtf8(v.stdoutData);
    if (kind == daemonkind::docker) {
        d.version = out.trimmed();
    } else {
        const auto m = QRegularExpression(QStringLiteral("Server:\\s*\\n\\s*Version:\\s*(\\S+)")).match(out);
        d.version = m.hasMatch() ? m.captured(1) : QString();
    }
    if (!v.succeeded() || d.version.isEmpty()) {
        d.error = QStringLiteral("%1 at %2 does not answer: %3")
                      .arg(d.program, address, firstLine(v.stderrData.isEmpty() ? v.stdoutData : v.stderrData));
    }
    return d;
}

QString daemonStartHint(const QString& kind)
{
    const QString example = kind == daemonkind::docker
        ? QStringLiteral("dockerd --data-root DIR -H unix:///var/run/docker.sock")
        : QStringLiteral("containerd --root DIR --state DIR2 --address SOCK, then CONTAINERD_ADDRESS=SOCK");
    return QStringLiteral("%1 is not running: let Runbench start a private one for this session "
                          "(runbench-cli runners|run --start-daemons; GUI: Runtimes → Start container daemons when "
                          "needed), or start it yourself (e.g. `%2`) or point %3 at a running one")
        .arg(daemonProgram(kind), example, daemonVariable(kind));
}

} // namespace rb
