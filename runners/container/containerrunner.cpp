// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerrunner.h"

#include "measure/processlauncher.h"
#include "runner/artefactcache.h"
#include "runner/containerdaemon.h"
#include "runner/rootfs.h"
#include "runner/stalecontainers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rb {

namespace {

class ContainerRunner final : public Runner
{
public:
    ContainerRunner(QString engine, QStringList candidates, NetworkAccess network, QString dataDir)
        : m_engine(std::move(engine))
        , m_candidates(std::move(candidates))
        , m_network(network)
        , m_dataDir(std::move(dataDir))
    {
    }
    QString runnerId() const override
    {
        return m_engine;
    }
    QString variant() const override
    {
        switch (m_network) {
        case NetworkAccess::Host:
            return QStringLiteral("hostnet");
        case NetworkAccess::Published:
            return QStringLiteral("portmap");
        case NetworkAccess::None:
            break;
        }
        return QStringLiteral("nonet");
    }
    QString family() const override
    {
        return QStringLiteral("container");
    }
    QString displayName() const override
    {
        switch (m_network) {
        case NetworkAccess::Host:
            return m_engine + QStringLiteral(" (host network)");
        case NetworkAccess::Published:
            return m_engine + QStringLiteral(" (bridge, port published on 127.0.0.1)");
        case NetworkAccess::None:
            break;
        }
        return m_engine + QStringLiteral(" (no network)");
    }
    WorkloadBuild build() const override
    {
        return WorkloadBuild::Static;
    }
    NetworkAccess network() const override
    {
        return m_network;
    }
    QStringList requiredDaemons() const override
    {
        return isDocker() ? QStringList { daemonkind::docker } : QStringList();
    }
    // Podman has no daemon: conmon monitors each container. Docker: dockerd, its containerd, one shim per
    // container, and docker-proxy per published port (the userland proxy for 127.0.0.1).
    QStringList daemonProcessNames() const override
    {
        if (!isDocker()) {
            return { QStringLiteral("conmon") };
        }
        return { QStringLiteral("dockerd"), QStringLiteral("containerd"), QStringLiteral("containerd-shim-runc-v2"),
            QStringLiteral("docker-proxy") };
    }

    // Available means the engine answers (`version`: for Docker, the daemon is up) and one real
    // container of the static noop image runs.
    ProbeResult probe() override
    {
        ProbeResult r;
        for (const QString& c : m_candidates) {
            const QString found = QFileInfo(c).isAbsolute() ? (QFileInfo(c).isExecutable() ? c : QString())
                                                            : QStandardPaths::findExecutable(c);
            if (!found.isEmpty()) {
                r.binary = found;
                break;
            }
        }
        if (r.binary.isEmpty()) {
            r.binary = m_candidates.join(QStringLiteral(", "));
            r.reason = QStringLiteral("%1 not found (looked for %2; Debian package %3)")
                           .arg(m_engine, r.binary,
                               m_engine == QLatin1String("docker") ? QStringLiteral("docker.io") : m_engine);
            return r;
        }
        {
            QMutexLocker lock(&m_mutex);
            m_binary = r.binary;
        }
        const ProcessOutcome v = runCommand({ r.binary, QStringLiteral("--version") }, std::chrono::seconds(10));
        const auto m =
            QRegularExpression(QStringLiteral("version (\\d[^\\s,]*)"), QRegularExpression::CaseInsensitiveOption)
                .match(QString::fromUtf8(v.stdoutData));
        r.version = m.hasMatch() ? m.captured(1) : QStringLiteral("unknown");
        const ProcessOutcome info = engineCommand({ r.binary, QStringLiteral("version") }, std::chrono::seconds(15));
        if (!info.succeeded()) {
            r.reason = QStringLiteral("%1 version failed: %2").arg(m_engine, firstLine(info.stderrData));
            if (isDocker()) {
                r.reason += QStringLiteral(" (") + daemonStartHint(daemonkind::docker) + QLatin1Char(')');
            }
            return r;
        }
        WorkloadDef noop;
        noop.name = QStringLiteral("noop");
        noop.staticPath = m_dataDir + QStringLiteral("/workloads/static/noop");
        removeLeftovers(r.binary);
        const PrepareResult img = prepare(noop);
        if (!img.ok) {
            r.reason = img.error;
            return r;
        }
        RunSpec probeRun;
        probeRun.index = -1;
        const LaunchSpec ls = launch(img, probeRun);
        const ProcessOutcome smoke = engineCommand(ls.argv, std::chrono::seconds(60));
        cleanup(probeRun);
        if (!smoke.succeeded()) {
            r.reason = QStringLiteral("%1 is installed but cannot run a container here: %2")
                           .arg(m_engine, firstLine(smoke.stderrData));
            return r;
        }
        r.available = true;
        return r;
    }

    PrepareResult prepare(const WorkloadDef& w) override
    {
        if (w.staticPath.isEmpty()) {
            return PrepareResult { false, QStringLiteral("workload %1 has no static build").arg(w.name), {} };
        }
        const QByteArray key = artefactcache::key({ QStringLiteral("scratch-image-v1"), w.name }, { w.staticPath });
        if (key.isEmpty()) {
            return PrepareResult { false, QStringLiteral("cannot read %1").arg(w.staticPath), {} };
        }
        const QString tag = QStringLiteral("localhost/runbench-%1:%2").arg(w.name, QString::fromLatin1(key.left(16)));
        const QString bin = binary();
        {
            QMutexLocker lock(&m_mutex);
            m_workloads.insert(tag, w);
        }
        if (engineCommand({ bin, QStringLiteral("image"), QStringLiteral("inspect"), tag }, std::chrono::seconds(30))
                .succeeded()) {
            return PrepareResult { true, {}, tag, true, 0 };
        }
        QTemporaryDir tmp;
        const QString err = rootfs::make(tmp.path(), w.staticPath, w.name);
        if (!err.isEmpty()) {
            return PrepareResult { false, err, {} };
        }
        const QString tar = tmp.filePath(QStringLiteral("rootfs.tar"));
        const ProcessOutcome t =
            runCommand({ QStringLiteral("tar"), QStringLiteral("-C"), tmp.filePath(QStringLiteral("rootfs")),
                           QStringLiteral("-cf"), tar, QStringLiteral(".") },
                std::chrono::seconds(60));
        if (!t.succeeded()) {
            return PrepareResult { false, QStringLiteral("tar of the rootfs failed: %1").arg(firstLine(t.stderrData)),
                {} };
        }
        const ProcessOutcome imp =
            engineCommand({ bin, QStringLiteral("import"), tar, tag }, std::chrono::seconds(300));
        if (!imp.succeeded()) {
            return PrepareResult { false,
                QStringLiteral("%1 import failed: %2").arg(m_engine, firstLine(imp.stderrData)), {} };
        }
        return PrepareResult { true, {}, tag, false, imp.wallMs };
    }

    LaunchSpec launch(const PrepareResult& prepared, const RunSpec& run) override
    {
        const WorkloadDef w = [&] {
            QMutexLocker lock(&m_mutex);
            return m_workloads.value(prepared.artefact);
        }();
        QStringList argv { binary(), QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--name"),
            containerName(run), QStringLiteral("--network"), networkName() };
        if (m_network == NetworkAccess::Published && w.server) {
            // Loopback only: a benchmark's server is not for the network the host sits on; but a SUT's load
            // generator is on another host (multi-host), so there every IPv4 address.
            const QString port = QString::number(w.serverPort(run.workload.args));
            argv << QStringLiteral("-p")
                 << (run.servesOtherHosts ? QStringLiteral("0.0.0.0:%1:%1") : QStringLiteral("127.0.0.1:%1:%1"))
                        .arg(port);
        }
        if (!isDocker()) {
            // Root without CAP_SYS_RESOURCE cannot raise the default limits podman asks for (machine.md).
            argv << QStringLiteral("--ulimit") << QStringLiteral("nofile=20000:20000") << QStringLiteral("--ulimit")
                 << QStringLiteral("nproc=32768:32768");
        }
        argv << prepared.artefact << QLatin1Char('/') + w.name;
        argv << run.workload.args;
        return LaunchSpec { argv, daemonEnvironment(), {} };
    }

    // A run killed on timeout leaves its container: remove it (a clean run removed itself: --rm).
    void cleanup(const RunSpec& spec) override
    {
        engineCommand(
            { binary(), QStringLiteral("rm"), QStringLiteral("-f"), containerName(spec) }, std::chrono::seconds(30));
    }

private:
    bool isDocker() const
    {
        return m_engine == QLatin1String("docker");
    }
    QString networkName() const
    {
        switch (m_network) {
        case NetworkAccess::Host:
            return QStringLiteral("host");
        case NetworkAccess::Published:
            return QStringLiteral("bridge");
        case NetworkAccess::None:
            break;
        }
        return QStringLiteral("none");
    }
    // Every engine command reaches the daemon Runbench was pointed at (a private one: DOCKER_HOST).
    // Containers of a Runbench that was killed (named runbench-<pid>-…, pid gone): they run under the engine
    // (dockerd, or podman's conmon) and outlive it.
    void removeLeftovers(const QString& bin) const
    {
        const ProcessOutcome ps = engineCommand(
            { bin, QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
                QStringLiteral("name=runbench-"), QStringLiteral("--format"), QStringLiteral("{{.Names}}") },
            std::chrono::seconds(30));
        const QStringList names = QString::fromUtf8(ps.stdoutData).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& name : stale::leftBehind(names, QStringLiteral("runbench-"))) {
            engineCommand({ bin, QStringLiteral("rm"), QStringLiteral("-f"), name }, std::chrono::seconds(30));
        }
    }
    ProcessOutcome engineCommand(const QStringList& argv, std::chrono::milliseconds timeout) const
    {
        return runCommand(argv, timeout, daemonEnvironment());
    }
    QString binary() const
    {
        QMutexLocker lock(&m_mutex);
        return m_binary;
    }
    QString containerName(const RunSpec& run) const
    {
        return QStringLiteral("runbench-%1-%2-%3")
            .arg(QCoreApplication::applicationPid())
            .arg(variant())
            .arg(run.launchTag());
    }

    QString m_engine;
    QStringList m_candidates;
    NetworkAccess m_network;
    QString m_dataDir;
    mutable QMutex m_mutex;
    QString m_binary;
    QHash<QString, WorkloadDef> m_workloads; ///< image tag → workload
};

} // namespace

std::vector<std::shared_ptr<Runner>> ContainerRunnerPlugin::createRunners(const RunnerContext& context)
{
    std::vector<std::shared_ptr<Runner>> out;
    for (NetworkAccess net : { NetworkAccess::None, NetworkAccess::Host, NetworkAccess::Published }) {
        out.push_back(std::make_shared<ContainerRunner>(
            QStringLiteral("podman"), QStringList { QStringLiteral("podman") }, net, context.dataDir));
        // /usr/bin/docker first: another client may sit earlier in PATH (machine.md).
        out.push_back(std::make_shared<ContainerRunner>(QStringLiteral("docker"),
            QStringList { QStringLiteral("/usr/bin/docker"), QStringLiteral("docker") }, net, context.dataDir));
    }
    return out;
}

} // namespace rb
