// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatedaemon.h"

#include "measure/processlauncher.h"
#include "measure/processscan.h"
#include "measure/resourcesampler.h"
#include "mounts.h"
#include "paths.h"
#include "privatebridge.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace rb {

namespace {

constexpr int kMaxSocketPath = 107; // sizeof(sockaddr_un::sun_path) - 1

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

QString tail(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(f.readAll().right(400)).trimmed();
}

} // namespace

PrivateDaemon::PrivateDaemon(QString kind, QString dir)
{
    m_info.kind = std::move(kind);
    m_info.program = daemonProgram(m_info.kind);
    m_info.variable = daemonVariable(m_info.kind);
    m_info.isPrivate = true;
    m_info.dir = std::move(dir);
    m_info.address = m_info.kind == daemonkind::docker
        ? QString(QStringLiteral("unix://") + m_info.dir + QStringLiteral("/docker.sock"))
        : QString(m_info.dir + QStringLiteral("/containerd.sock"));
}

PrivateDaemon::~PrivateDaemon()
{
    stop();
}

QStringList PrivateDaemon::startArguments() const
{
    const QString& d = m_info.dir;
    if (m_info.kind == daemonkind::docker) {
        // Its own (empty) config file: the host's /etc/docker/daemon.json may set "hosts" or a data root.
        return { QStringLiteral("--config-file"), d + QStringLiteral("/daemon.json"), QStringLiteral("--data-root"),
            d + QStringLiteral("/data"), QStringLiteral("--exec-root"), d + QStringLiteral("/run"),
            QStringLiteral("--pidfile"), d + QStringLiteral("/dockerd.pid"), QStringLiteral("--shutdown-timeout"),
            QStringLiteral("5"), QStringLiteral("-H"), m_info.address, QStringLiteral("--bridge"), m_bridge,
            // iptables off: dockerd would otherwise flush the DOCKER chains another dockerd relies on, and two
            // starting at once fail on "Chain already exists". Published ports then go through docker-proxy.
            QStringLiteral("--iptables=false"), QStringLiteral("--ip-forward=false") };
    }
    return { QStringLiteral("--config"), d + QStringLiteral("/config.toml"), QStringLiteral("--root"),
        d + QStringLiteral("/root"), QStringLiteral("--state"), d + QStringLiteral("/state"),
        QStringLiteral("--address"), m_info.address };
}

QString PrivateDaemon::prepareFolder() const
{
    // The longest socket path: dockerd's own containerd, <dir>/run/containerd/containerd.sock.ttrpc.
    const qsizetype longest = m_info.dir.toLocal8Bit().size() + 41;
    if (longest > kMaxSocketPath) {
        return QStringLiteral("the folder %1 is too long for the daemon's sockets (%2 > %3 bytes): set "
                              "XDG_RUNTIME_DIR to a shorter folder")
            .arg(m_info.dir)
            .arg(longest)
            .arg(kMaxSocketPath);
    }
    const bool made = QDir().mkpath(m_info.dir)
        && QFile::setPermissions(m_info.dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
        && (m_info.kind == daemonkind::docker
                ? writeFile(m_info.dir + QStringLiteral("/daemon.json"), "{}\n")
                // The CRI plugin is Kubernetes' interface: ctr does not need it, and it would touch /etc/cni.
                : writeFile(m_info.dir + QStringLiteral("/config.toml"),
                    "version = 2\ndisabled_plugins = [\"io.containerd.grpc.v1.cri\"]\n"));
    return made ? QString() : QStringLiteral("cannot create %1").arg(m_info.dir);
}

bool PrivateDaemon::start(const std::atomic<bool>* cancel, std::chrono::milliseconds timeout)
{
    const QString binary = paths::systemProgram(m_info.program);
    if (binary.isEmpty()) {
        m_info.error =
            QStringLiteral("%1 is not installed (Debian package %2; packaging/setup-debian.sh installs it)")
                .arg(m_info.program,
                    m_info.kind == daemonkind::docker ? QStringLiteral("docker.io") : QStringLiteral("containerd"));
        return false;
    }
    m_info.error = prepareFolder();
    if (!m_info.error.isEmpty()) {
        return false;
    }
    if (m_info.kind == daemonkind::docker) {
        const PrivateBridge bridge = PrivateBridge::create(m_info.dir);
        if (!bridge.ok()) {
            m_info.error = bridge.error;
            stop();
            return false;
        }
        m_bridge = bridge.name;
        m_info.network = QStringLiteral("bridge %1 %2, no iptables (published ports go through docker-proxy)")
                             .arg(bridge.name, bridge.gatewayCidr);
    }
    const QString log = m_info.dir + QLatin1Char('/') + m_info.program + QStringLiteral(".log");
    m_process.setProgram(binary);
    m_process.setArguments(startArguments());
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setStandardOutputFile(log);
    const pid_t parent = ::getpid();
    m_process.setChildProcessModifier([parent] {
        ::setsid(); // not in Runbench's process group: a terminal's Ctrl-C must not reach it directly
        ::prctl(PR_SET_PDEATHSIG, SIGTERM); // shut down when the thread that started it dies (Runbench killed)
        if (::getppid() != parent) {
            ::_exit(127); // Runbench died before prctl took effect
        }
    });
    QElapsedTimer clock;
    clock.start();
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_info.error = QStringLiteral("%1 did not start: %2").arg(binary, m_process.errorString());
        stop();
        return false;
    }
    m_info.pid = m_process.processId();
    if (!waitUntilAnswering(cancel, timeout)) {
        if (m_info.error.isEmpty()) {
            m_info.error = QStringLiteral("%1 did not answer within %2 s; its log ends: %3")
                               .arg(m_info.program)
                               .arg(timeout.count() / 1000)
                               .arg(tail(log));
        }
        stop();
        return false;
    }
    m_info.startMs = double(clock.nsecsElapsed()) / 1e6;
    return true;
}

bool PrivateDaemon::waitUntilAnswering(const std::atomic<bool>* cancel, std::chrono::milliseconds timeout)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeout.count()) {
        if (cancel && cancel->load()) {
            m_info.error = QStringLiteral("cancelled while %1 was starting").arg(m_info.program);
            return false;
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_info.error = QStringLiteral("%1 exited with code %2 while starting; its log ends: %3")
                               .arg(m_info.program)
                               .arg(m_process.exitCode())
                               .arg(tail(m_info.dir + QLatin1Char('/') + m_info.program + QStringLiteral(".log")));
            return false;
        }
        const DaemonInfo answer = queryDaemon(m_info.kind, m_info.address);
        if (answer.ok()) {
            m_info.version = answer.version;
            return true;
        }
        m_process.waitForFinished(100); // a sleep that ends early when the daemon exits
    }
    return false;
}

void PrivateDaemon::killContainerdTasks()
{
    const QString ctr = QStandardPaths::findExecutable(QStringLiteral("ctr"));
    if (ctr.isEmpty()) {
        return;
    }
    const QStringList base { ctr, QStringLiteral("--address"), m_info.address, QStringLiteral("--connect-timeout"),
        QStringLiteral("5s") };
    const auto lines = [](const ProcessOutcome& o) {
        return QString::fromUtf8(o.stdoutData).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    for (const QString& ns : lines(
             runCommand(base + QStringList { QStringLiteral("namespaces"), QStringLiteral("ls"), QStringLiteral("-q") },
                 std::chrono::seconds(10)))) {
        const QStringList inNs = base + QStringList { QStringLiteral("-n"), ns.trimmed(), QStringLiteral("tasks") };
        for (const QString& id : lines(runCommand(
                 inNs + QStringList { QStringLiteral("ls"), QStringLiteral("-q") }, std::chrono::seconds(10)))) {
            runCommand(inNs + QStringList { QStringLiteral("delete"), QStringLiteral("-f"), id.trimmed() },
                std::chrono::seconds(15));
        }
    }
}

QStringList PrivateDaemon::stop()
{
    QStringList problems;
    if (m_stopped) {
        return problems;
    }
    m_stopped = true;
    if (m_process.state() != QProcess::NotRunning) {
        if (m_info.kind == daemonkind::containerd) {
            killContainerdTasks(); // containerd leaves its shims and containers running when it exits
        }
        m_process.terminate(); // dockerd stops its containers and its containerd on SIGTERM
        if (!m_process.waitForFinished(30000)) {
            problems << QStringLiteral("%1 (pid %2) did not stop within 30 s after SIGTERM: killed")
                            .arg(m_info.program)
                            .arg(m_info.pid);
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    if (!m_info.dir.isEmpty()) {
        problems += cleanUp(m_info.dir);
    }
    return problems;
}

QStringList PrivateDaemon::cleanUp(const QString& dir)
{
    QStringList problems;
    // Everything a private daemon starts names its folder (sockets, roots); the trailing slash keeps
    // /x/runbench-daemons-12 from matching /x/runbench-daemons-123.
    const QByteArray marker = QString(dir + QLatin1Char('/')).toLocal8Bit();
    std::vector<pid_t> left;
    for (int round = 0; round < 50; ++round) {
        left = procscan::mentioning(marker);
        if (left.empty()) {
            break;
        }
        for (const pid_t pid : ResourceSampler::tree(left)) { // shims with their containers
            ::kill(pid, SIGKILL);
        }
        QThread::msleep(100);
    }
    for (const pid_t pid : left) {
        problems
            << QStringLiteral("process %1 (%2) is still running").arg(pid).arg(QString::fromUtf8(procscan::comm(pid)));
    }
    const QStringList mounted = mounts::unmountUnder(dir);
    problems += mounted;
    problems += removeBridgesUnder(dir);
    if (mounted.isEmpty() && QFileInfo::exists(dir) && !QDir(dir).removeRecursively()) {
        problems << QStringLiteral("cannot remove %1").arg(dir);
    } else if (!mounted.isEmpty()) {
        problems << QStringLiteral("kept %1: something is still mounted below it").arg(dir);
    }
    return problems;
}

} // namespace rb
