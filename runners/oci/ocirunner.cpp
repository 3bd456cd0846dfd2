// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocirunner.h"

#include "measure/processlauncher.h"
#include "ocibundle.h"
#include "runner/artefactcache.h"
#include "runner/rootfs.h"
#include "runner/stalecontainers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rb {

namespace {

const char* kHybridFix = "mkdir -p /sys/fs/cgroup/hugetlb && mount -t cgroup -o hugetlb cgroup /sys/fs/cgroup/hugetlb";

/// Own network namespace, the host's network, or crun's Wasm handler (own namespace, a .wasm entrypoint).
enum class OciMode
{
    Netns,
    HostNet,
    Wasm
};

class OciRunner final : public Runner
{
public:
    OciRunner(QString binary, OciMode mode, QString dataDir)
        : m_binaryName(std::move(binary))
        , m_mode(mode)
        , m_netns(mode != OciMode::HostNet)
        , m_dataDir(std::move(dataDir))
    {
    }
    QString runnerId() const override
    {
        return m_binaryName;
    }
    QString variant() const override
    {
        switch (m_mode) {
        case OciMode::Netns:
            return QStringLiteral("netns");
        case OciMode::HostNet:
            return QStringLiteral("hostnet");
        case OciMode::Wasm:
            return QStringLiteral("wasm");
        }
        return {};
    }
    QString family() const override
    {
        return QStringLiteral("oci");
    }
    QString displayName() const override
    {
        if (m_mode == OciMode::Wasm) {
            return m_binaryName + QStringLiteral(" (Wasm handler)");
        }
        return m_binaryName
            + (m_netns ? QStringLiteral(" (own network namespace)") : QStringLiteral(" (host network)"));
    }
    WorkloadBuild build() const override
    {
        return m_mode == OciMode::Wasm ? WorkloadBuild::Wasm : WorkloadBuild::Static;
    }
    // The netns variant's namespace has only a loopback interface: the host cannot reach a server in it.
    NetworkAccess network() const override
    {
        return m_netns ? NetworkAccess::None : NetworkAccess::Host;
    }

    // Finds the binary, reads its version, and runs one real container of a static `noop`, so that
    // "available" means "can run containers here" (root, namespaces, cgroups), not just "installed".
    ProbeResult probe() override
    {
        ProbeResult r;
        r.binary = QStandardPaths::findExecutable(m_binaryName);
        if (r.binary.isEmpty()) {
            r.binary = m_binaryName;
            r.reason = QStringLiteral("%1 not found in PATH (Debian package %1)").arg(m_binaryName);
            return r;
        }
        m_binary = r.binary;
        removeLeftovers();
        ProcessRequest v;
        v.argv = { r.binary, QStringLiteral("--version") };
        v.timeout = std::chrono::seconds(5);
        const ProcessOutcome vo = runProcess(v);
        const auto m = QRegularExpression(QStringLiteral("version (\\S+)")).match(QString::fromUtf8(vo.stdoutData));
        r.version = m.hasMatch() ? m.captured(1) : QStringLiteral("unknown");
        if (m_mode == OciMode::Wasm) {
            // crun lists its build features on the last line of --version, "+WASM:wasmedge" when it
            // was built with a Wasm handler (./configure --with-wasmedge, --with-wasmtime, ...).
            const QString text = QString::fromUtf8(vo.stdoutData);
            const auto handler = QRegularExpression(QStringLiteral("\\+WASM:(\\w+)")).match(text);
            if (!handler.hasMatch()) {
                const auto features =
                    QRegularExpression(QStringLiteral("^\\+.*$"), QRegularExpression::MultilineOption).match(text);
                r.reason =
                    QStringLiteral("%1 %2 was built without a Wasm handler (its features: %3; a crun built "
                                   "with --with-wasmedge, --with-wasmtime or --with-wasmer lists +WASM:<runtime>)")
                        .arg(m_binaryName, r.version,
                            features.hasMatch() ? features.captured(0) : QStringLiteral("none listed"));
                return r;
            }
            r.version += QStringLiteral(" (Wasm handler: %1)").arg(handler.captured(1));
        }
        const QString noop = m_dataDir
            + (m_mode == OciMode::Wasm ? QStringLiteral("/workloads/wasm/noop.wasm")
                                       : QStringLiteral("/workloads/static/noop"));
        if (!QFileInfo(noop).isReadable()) {
            r.reason = QStringLiteral("no build of the noop workload in %1").arg(noop);
            return r;
        }
        QTemporaryDir tmp;
        const QString err = rootfs::make(tmp.path(), noop, entrypoint(QStringLiteral("noop")));
        QFile cfg(tmp.filePath(QStringLiteral("config.json")));
        if (!err.isEmpty() || !cfg.open(QIODevice::WriteOnly)) {
            r.reason = err.isEmpty() ? cfg.errorString() : err;
            return r;
        }
        cfg.write(oci::configJson({ { QLatin1Char('/') + entrypoint(QStringLiteral("noop")) },
            tmp.filePath(QStringLiteral("rootfs")), m_netns, 0, m_mode == OciMode::Wasm }));
        cfg.close();
        ProcessRequest smoke;
        smoke.argv = { r.binary, QStringLiteral("--root"), stateDir(), QStringLiteral("run"),
            QStringLiteral("--bundle"), tmp.path(), containerId(QStringLiteral("probe-") + variant()) };
        smoke.timeout = std::chrono::seconds(10);
        const ProcessOutcome so = runProcess(smoke);
        removeContainer(containerId(QStringLiteral("probe-") + variant())); // nothing left after a failure
        if (!so.succeeded()) {
            const QString stderrText = QString::fromUtf8(so.stderrData).trimmed();
            r.reason = QStringLiteral("%1 is installed but cannot run a container here: %2")
                           .arg(m_binaryName, stderrText.left(300));
            if (stderrText.contains(QStringLiteral("hybrid mode"))) {
                r.reason += QStringLiteral(". Fix (as root): %1 (packaging/setup-debian.sh applies it)")
                                .arg(QLatin1String(kHybridFix));
            }
            return r;
        }
        r.available = true;
        return r;
    }

    PrepareResult prepare(const WorkloadDef& w) override
    {
        const QString file = w.path(build());
        if (file.isEmpty()) {
            return PrepareResult { false,
                QStringLiteral("workload %1 has no %2 build")
                    .arg(w.name, m_mode == OciMode::Wasm ? QStringLiteral("wasm") : QStringLiteral("static")),
                {} };
        }
        const QString name = entrypoint(w.name);
        const QByteArray key = artefactcache::key({ QStringLiteral("oci-rootfs-v1"), name }, { file });
        const QString dir = artefactcache::pathFor(key, QStringLiteral("bundle"));
        const bool cached = QFileInfo::exists(dir + QStringLiteral("/rootfs/") + name);
        if (!cached) {
            const QString err = rootfs::make(dir, file, name);
            if (!err.isEmpty()) {
                return PrepareResult { false, err, {} };
            }
        }
        m_names.insert(dir, name);
        return PrepareResult { true, {}, dir, cached, 0 };
    }

    LaunchSpec launch(const PrepareResult& prepared, const RunSpec& run) override
    {
        // A per-run bundle: config.json carries this run's arguments; the rootfs is shared.
        const QString bundle = runBundle(run);
        QDir().mkpath(bundle);
        QFile cfg(bundle + QStringLiteral("/config.json"));
        if (cfg.open(QIODevice::WriteOnly)) {
            cfg.write(oci::configJson(
                { QStringList { QLatin1Char('/') + m_names.value(prepared.artefact) } + run.workload.args,
                    prepared.artefact + QStringLiteral("/rootfs"), m_netns, 0, m_mode == OciMode::Wasm }));
        }
        return LaunchSpec { { m_binary, QStringLiteral("--root"), stateDir(), QStringLiteral("run"),
                                QStringLiteral("--bundle"), bundle, containerId(run.launchTag()) },
            {}, {} };
    }

    // Removes what a run leaves when it was killed (state, bundle); a clean exit leaves nothing.
    void cleanup(const RunSpec& run) override
    {
        removeContainer(containerId(run.launchTag()));
        QDir(runBundle(run)).removeRecursively();
    }

private:
    /// The file name of a workload inside the rootfs: the .wasm module for the Wasm handler.
    QString entrypoint(const QString& workload) const
    {
        return m_mode == OciMode::Wasm ? workload + QStringLiteral(".wasm") : workload;
    }
    // Containers and bundles of a Runbench that was killed: runc/crun run the container's process as their
    // child, and it outlives them (reparented), so delete --force (SIGKILL, then remove its state).
    void removeLeftovers() const
    {
        if (m_binary.isEmpty()) {
            return;
        }
        const QStringList ids = QDir(stateDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& id : stale::leftBehind(ids, QStringLiteral("rb-"))) {
            removeContainer(id);
        }
        const QDir bundles(QDir::tempPath() + QStringLiteral("/runbench-bundles"));
        const QStringList mine = bundles.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& b : stale::leftBehind(mine, m_binaryName + QLatin1Char('-'))) {
            QDir(bundles.filePath(b)).removeRecursively();
        }
    }

    void removeContainer(const QString& id) const
    {
        ProcessRequest del;
        del.argv = { m_binary, QStringLiteral("--root"), stateDir(), QStringLiteral("delete"),
            QStringLiteral("--force"), id };
        del.timeout = std::chrono::seconds(10);
        runProcess(del);
    }
    QString stateDir() const
    {
        return QDir::tempPath() + QStringLiteral("/runbench-") + m_binaryName + QStringLiteral("-state");
        // (ids carry the pid and run index or the variant, so one state folder per runtime is enough)
    }
    QString containerId(const QString& suffix) const
    {
        return QStringLiteral("rb-%1-%2").arg(QCoreApplication::applicationPid()).arg(suffix);
    }
    QString runBundle(const RunSpec& run) const
    {
        return QDir::tempPath()
            + QStringLiteral("/runbench-bundles/%1-%2-%3")
                  .arg(m_binaryName)
                  .arg(QCoreApplication::applicationPid())
                  .arg(run.launchTag());
    }

    QString m_binaryName;
    OciMode m_mode;
    bool m_netns;
    QString m_dataDir;
    QString m_binary;
    QHash<QString, QString> m_names; ///< bundle dir → entrypoint file name in its rootfs
};

} // namespace

std::vector<std::shared_ptr<Runner>> OciRunnerPlugin::createRunners(const RunnerContext& context)
{
    std::vector<std::shared_ptr<Runner>> out;
    for (const char* bin : { "runc", "crun" }) {
        for (OciMode mode : { OciMode::Netns, OciMode::HostNet }) {
            out.push_back(std::make_shared<OciRunner>(QString::fromLatin1(bin), mode, context.dataDir));
        }
    }
    out.push_back(std::make_shared<OciRunner>(QStringLiteral("crun"), OciMode::Wasm, context.dataDir));
    return out;
}

} // namespace rb
