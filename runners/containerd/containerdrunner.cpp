// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerdrunner.h"

#include "measure/processlauncher.h"
#include "runner/artefactcache.h"
#include "runner/containerdaemon.h"
#include "runner/rootfs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStandardPaths>

namespace rb {

namespace {

class ContainerdRunner final : public Runner
{
public:
    /// shim empty: runc (io.containerd.runc.v2) on the static build; else a runwasi shim on the wasm build.
    ContainerdRunner(QString variantId, QString shim, bool hostNetwork, QString dataDir)
        : m_variant(std::move(variantId))
        , m_shim(std::move(shim))
        , m_hostNetwork(hostNetwork)
        , m_dataDir(std::move(dataDir))
    {
    }
    QString runnerId() const override
    {
        return QStringLiteral("ctr");
    }
    QString variant() const override
    {
        return m_variant;
    }
    QString family() const override
    {
        return QStringLiteral("containerd");
    }
    QString displayName() const override
    {
        return QStringLiteral("containerd (%1)").arg(runtimeName());
    }
    WorkloadBuild build() const override
    {
        return m_shim.isEmpty() ? WorkloadBuild::Static : WorkloadBuild::Wasm;
    }
    // Without --net-host, ctr gives the container a network namespace with no interface the host reaches.
    NetworkAccess network() const override
    {
        return m_hostNetwork ? NetworkAccess::Host : NetworkAccess::None;
    }
    QStringList requiredDaemons() const override
    {
        return { daemonkind::containerd };
    }
    QStringList daemonProcessNames() const override
    {
        return { QStringLiteral("containerd"),
            m_shim.isEmpty() ? QStringLiteral("containerd-shim-runc-v2")
                             : QStringLiteral("containerd-shim-%1-v1").arg(m_shim) };
    }

    ProbeResult probe() override
    {
        ProbeResult r;
        r.binary = QStandardPaths::findExecutable(QStringLiteral("ctr"));
        if (r.binary.isEmpty()) {
            r.binary = QStringLiteral("ctr");
            r.reason = QStringLiteral("ctr not found in PATH (Debian package containerd)");
            return r;
        }
        if (!m_shim.isEmpty()) {
            const QString shimBinary = QStringLiteral("containerd-shim-%1-v1").arg(m_shim);
            if (QStandardPaths::findExecutable(shimBinary).isEmpty()) {
                r.reason = QStringLiteral("runwasi shim %1 not found in PATH").arg(shimBinary);
                return r;
            }
        }
        {
            QMutexLocker lock(&m_mutex);
            m_binary = r.binary;
        }
        // --connect-timeout: a daemon that is down would otherwise cost 10 s per variant.
        const ProcessOutcome v =
            ctr({ r.binary, QStringLiteral("--connect-timeout"), QStringLiteral("3s"), QStringLiteral("version") },
                std::chrono::seconds(10));
        const auto server = QRegularExpression(QStringLiteral("Server:\\s*\\n\\s*Version:\\s*(\\S+)"))
                                .match(QString::fromUtf8(v.stdoutData));
        if (!v.succeeded() || !server.hasMatch()) {
            r.reason = QStringLiteral("containerd is not reachable: %1 (%2)")
                           .arg(firstLine(v.stderrData), daemonStartHint(daemonkind::containerd));
            return r;
        }
        r.version = server.captured(1);
        r.available = true;
        return r;
    }

    PrepareResult prepare(const WorkloadDef& w) override
    {
        const QString source = w.path(build());
        if (source.isEmpty()) {
            return PrepareResult { false,
                QStringLiteral("workload %1 has no %2 build")
                    .arg(w.name, m_shim.isEmpty() ? QStringLiteral("static") : QStringLiteral("wasm32-wasi")),
                {} };
        }
        const QString fileName = m_shim.isEmpty() ? w.name : w.name + QStringLiteral(".wasm");
        const QByteArray key = artefactcache::key({ QStringLiteral("ctr-rootfs-v1"), fileName }, { source });
        const QString dir = artefactcache::pathFor(key, QStringLiteral("ctr"));
        const bool cached = QFileInfo::exists(dir + QStringLiteral("/rootfs/") + fileName);
        if (!cached) {
            const QString err = rootfs::make(dir, source, fileName);
            if (!err.isEmpty()) {
                return PrepareResult { false, err, {} };
            }
        }
        QMutexLocker lock(&m_mutex);
        m_entry.insert(dir, QLatin1Char('/') + fileName);
        return PrepareResult { true, {}, dir, cached, 0 };
    }

    LaunchSpec launch(const PrepareResult& prepared, const RunSpec& run) override
    {
        QMutexLocker lock(&m_mutex);
        QStringList argv { m_binary, QStringLiteral("-n"), QStringLiteral("runbench"), QStringLiteral("run"),
            QStringLiteral("--rm"), QStringLiteral("--read-only"), QStringLiteral("--runtime"), runtimeName() };
        if (m_hostNetwork) {
            argv << QStringLiteral("--net-host");
        }
        argv << QStringLiteral("--rootfs") << prepared.artefact + QStringLiteral("/rootfs") << containerId(run)
             << m_entry.value(prepared.artefact) << run.workload.args;
        return LaunchSpec { argv, daemonEnvironment(), {} };
    }

    // A run killed on timeout leaves its task and container behind.
    void cleanup(const RunSpec& run) override
    {
        const QString bin = [this] {
            QMutexLocker lock(&m_mutex);
            return m_binary;
        }();
        ctr({ bin, QStringLiteral("-n"), QStringLiteral("runbench"), QStringLiteral("task"), QStringLiteral("kill"),
                QStringLiteral("-s"), QStringLiteral("SIGKILL"), containerId(run) },
            std::chrono::seconds(10));
        ctr({ bin, QStringLiteral("-n"), QStringLiteral("runbench"), QStringLiteral("task"), QStringLiteral("rm"),
                QStringLiteral("-f"), containerId(run) },
            std::chrono::seconds(10));
        ctr({ bin, QStringLiteral("-n"), QStringLiteral("runbench"), QStringLiteral("container"), QStringLiteral("rm"),
                containerId(run) },
            std::chrono::seconds(10));
    }

private:
    // Every ctr command reaches the containerd Runbench was pointed at (a private one: CONTAINERD_ADDRESS).
    ProcessOutcome ctr(const QStringList& argv, std::chrono::milliseconds timeout) const
    {
        return runCommand(argv, timeout, daemonEnvironment());
    }
    QString runtimeName() const
    {
        return m_shim.isEmpty() ? QStringLiteral("io.containerd.runc.v2")
                                : QStringLiteral("io.containerd.%1.v1").arg(m_shim);
    }
    QString containerId(const RunSpec& run) const
    {
        return QStringLiteral("runbench-%1-%2-%3")
            .arg(QCoreApplication::applicationPid())
            .arg(m_variant)
            .arg(run.launchTag());
    }

    QString m_variant;
    QString m_shim;
    bool m_hostNetwork;
    QString m_dataDir;
    mutable QMutex m_mutex;
    QString m_binary;
    QHash<QString, QString> m_entry; ///< prepared dir → entry point inside the rootfs
};

} // namespace

std::vector<std::shared_ptr<Runner>> ContainerdRunnerPlugin::createRunners(const RunnerContext& context)
{
    std::vector<std::shared_ptr<Runner>> out;
    out.push_back(std::make_shared<ContainerdRunner>(QStringLiteral("runc"), QString(), false, context.dataDir));
    out.push_back(std::make_shared<ContainerdRunner>(QStringLiteral("runc-hostnet"), QString(), true, context.dataDir));
    for (const char* shim : { "wasmtime", "wasmedge", "wasmer", "wamr" }) {
        out.push_back(std::make_shared<ContainerdRunner>(
            QString::fromLatin1(shim), QString::fromLatin1(shim), false, context.dataDir));
    }
    return out;
}

} // namespace rb
