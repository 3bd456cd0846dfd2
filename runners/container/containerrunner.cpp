// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerrunner.h"

#include "measure/processlauncher.h"
#include "runner/artefactcache.h"
#include "runner/rootfs.h"

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
    ContainerRunner(QString engine, QStringList candidates, bool hostNetwork, QString dataDir)
        : m_engine(std::move(engine))
        , m_candidates(std::move(candidates))
        , m_hostNetwork(hostNetwork)
        , m_dataDir(std::move(dataDir))
    {
    }
    QString runnerId() const override
    {
        return m_engine;
    }
    QString variant() const override
    {
        return m_hostNetwork ? QStringLiteral("hostnet") : QStringLiteral("nonet");
    }
    QString family() const override
    {
        return QStringLiteral("container");
    }
    QString displayName() const override
    {
        return m_engine + (m_hostNetwork ? QStringLiteral(" (host network)") : QStringLiteral(" (no network)"));
    }
    WorkloadBuild build() const override
    {
        return WorkloadBuild::Static;
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
        const ProcessOutcome info = runCommand({ r.binary, QStringLiteral("version") }, std::chrono::seconds(15));
        if (!info.succeeded()) {
            r.reason = QStringLiteral("%1 version failed: %2").arg(m_engine, firstLine(info.stderrData));
            if (m_engine == QLatin1String("docker")) {
                r.reason += QStringLiteral(
                    " (is dockerd running? start it, e.g. `dockerd --data-root DIR -H unix:///run/docker.sock`, "
                    "or point DOCKER_HOST at a running daemon)");
            }
            return r;
        }
        WorkloadDef noop;
        noop.name = QStringLiteral("noop");
        noop.staticPath = m_dataDir + QStringLiteral("/workloads/static/noop");
        const PrepareResult img = prepare(noop);
        if (!img.ok) {
            r.reason = img.error;
            return r;
        }
        RunSpec probeRun;
        probeRun.index = -1;
        const LaunchSpec ls = launch(img, probeRun);
        const ProcessOutcome smoke = runCommand(ls.argv, std::chrono::seconds(60));
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
            m_names.insert(tag, w.name);
        }
        if (runCommand({ bin, QStringLiteral("image"), QStringLiteral("inspect"), tag }, std::chrono::seconds(30))
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
        const ProcessOutcome imp = runCommand({ bin, QStringLiteral("import"), tar, tag }, std::chrono::seconds(300));
        if (!imp.succeeded()) {
            return PrepareResult { false,
                QStringLiteral("%1 import failed: %2").arg(m_engine, firstLine(imp.stderrData)), {} };
        }
        return PrepareResult { true, {}, tag, false, imp.wallMs };
    }

    LaunchSpec launch(const PrepareResult& prepared, const RunSpec& run) override
    {
        QStringList argv { binary(), QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--name"),
            containerName(run), QStringLiteral("--network"),
            m_hostNetwork ? QStringLiteral("host") : QStringLiteral("none") };
        if (m_engine == QLatin1String("podman")) {
            // Root without CAP_SYS_RESOURCE cannot raise the default limits podman asks for (machine.md).
            argv << QStringLiteral("--ulimit") << QStringLiteral("nofile=20000:20000") << QStringLiteral("--ulimit")
                 << QStringLiteral("nproc=32768:32768");
        }
        QMutexLocker lock(&m_mutex);
        argv << prepared.artefact << QLatin1Char('/') + m_names.value(prepared.artefact);
        argv << run.workload.args;
        return LaunchSpec { argv, {}, {} };
    }

    // A run killed on timeout leaves its container: remove it (a clean run removed itself: --rm).
    void cleanup(const RunSpec& run) override
    {
        runCommand(
            { binary(), QStringLiteral("rm"), QStringLiteral("-f"), containerName(run) }, std::chrono::seconds(30));
    }

private:
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
            .arg(run.index < 0 ? QStringLiteral("probe") : QString::number(run.index));
    }

    QString m_engine;
    QStringList m_candidates;
    bool m_hostNetwork;
    QString m_dataDir;
    mutable QMutex m_mutex;
    QString m_binary;
    QHash<QString, QString> m_names; ///< image tag → workload name
};

} // namespace

std::vector<std::shared_ptr<Runner>> ContainerRunnerPlugin::createRunners(const RunnerContext& context)
{
    std::vector<std::shared_ptr<Runner>> out;
    for (bool host : { false, true }) {
        out.push_back(std::make_shared<ContainerRunner>(
            QStringLiteral("podman"), QStringList { QStringLiteral("podman") }, host, context.dataDir));
        // /usr/bin/docker first: another client may sit earlier in PATH (machine.md).
        out.push_back(std::make_shared<ContainerRunner>(QStringLiteral("docker"),
            QStringList { QStringLiteral("/usr/bin/docker"), QStringLiteral("docker") }, host, context.dataDir));
    }
    return out;
}

} // namespace rb
