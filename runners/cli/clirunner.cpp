// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "measure/processlauncher.h"
#include "runner/artefactcache.h"
#include "runner/runtimeprofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace rb {

namespace {

// The port a server workload is told to listen on: its PORT argument, else $PORT, else 8080
// (what http-hello itself does natively, so every runtime keeps the native runner's contract).
QString serverPort(const QStringList& args, qsizetype portArg)
{
    const QString fromArgs = portArg >= 0 ? args.value(portArg) : QString();
    return !fromArgs.isEmpty() ? fromArgs : qEnvironmentVariable("PORT", QStringLiteral("8080"));
}

class ProfileRunner final : public Runner
{
public:
    ProfileRunner(RuntimeProfile profile, ProfileVariant variant, QString dataDir)
        : m_profile(std::move(profile))
        , m_variant(std::move(variant))
        , m_dataDir(std::move(dataDir))
    {
    }
    QString runnerId() const override
    {
        return m_profile.id;
    }
    QString variant() const override
    {
        return m_variant.id;
    }
    QString family() const override
    {
        return QStringLiteral("cli");
    }
    QString displayName() const override
    {
        return m_variant.id.isEmpty() ? m_profile.name
                                      : m_profile.name + QStringLiteral(" (") + m_variant.id + QLatin1Char(')');
    }
    WorkloadBuild build() const override
    {
        return m_profile.build;
    }
    // A wasm runtime serves a server workload from the build its profile's "serve" mode names.
    QString unsupportedReason(const WorkloadDef& w) const override
    {
        if (w.server && m_profile.build == WorkloadBuild::Wasm) {
            QString error;
            return serveModule(w, &error).isEmpty() ? error : QString();
        }
        return Runner::unsupportedReason(w);
    }
    ProbeResult probe() override
    {
        ProbeResult r = m_profile.probe();
        QMutexLocker lock(&m_mutex);
        m_binary = r.available ? r.binary : QString();
        m_version = r.version;
        return r;
    }
    PrepareResult prepare(const WorkloadDef& w) override
    {
        const bool serving = w.server && m_profile.build == WorkloadBuild::Wasm;
        QString error;
        const QString path = serving ? serveModule(w, &error) : w.path(m_profile.build);
        if (path.isEmpty()) {
            return PrepareResult { false,
                !error.isEmpty() ? error
                                 : QStringLiteral("workload %1 has no %2 build")
                                       .arg(w.name,
                                           m_profile.build == WorkloadBuild::Wasm ? QStringLiteral("wasm32-wasi")
                                                                                  : QStringLiteral("native")),
                {} };
        }
        PrepareResult r =
            m_variant.prepareTemplate.isEmpty() ? PrepareResult { true, {}, path } : precompile(w.name, path);
        if (r.ok && serving) {
            QMutexLocker lock(&m_mutex);
            m_serverPortArg.insert(r.artefact, w.argNames.indexOf(QStringLiteral("PORT")));
        }
        return r;
    }
    LaunchSpec launch(const PrepareResult& prepared, const RunSpec& run) override
    {
        QMutexLocker lock(&m_mutex);
        const bool precompiled = !m_variant.prepareTemplate.isEmpty();
        const QString module = precompiled ? m_modules.value(prepared.artefact) : prepared.artefact;
        const QString artefact = precompiled ? prepared.artefact : QString();
        const auto server = m_serverPortArg.constFind(prepared.artefact);
        const QStringList argv = server == m_serverPortArg.cend()
            ? m_profile.expandRun(m_binary, m_variant, module, m_dataDir, run.workload.args, artefact)
            : m_profile.expandServe(m_binary, m_variant, module, m_dataDir, run.workload.args,
                serverPort(run.workload.args, server.value()), artefact);
        return LaunchSpec { argv, m_profile.expandEnv(m_dataDir, run.cacheDir), {} };
    }

private:
    // The wasm build of server workload `w` that this runtime serves with (profile "serve").
    QString serveModule(const WorkloadDef& w, QString* error) const
    {
        if (!m_profile.serve) {
            *error = QStringLiteral("%1 cannot serve %2 (a server): its profile %3 has no \"serve\" mode "
                                    "(WASI preview 1 has no sockets; see docs/runtimes.md)")
                         .arg(id(), w.name, m_profile.file);
            return {};
        }
        const QString path = w.wasmServeBuilds.value(m_profile.serve->build);
        if (path.isEmpty()) {
            *error = QStringLiteral("workload %1 has no \"%2\" wasm build (workloads/wasm/%1.%2.wasm), which %3 serves")
                         .arg(w.name, m_profile.serve->build, id());
        }
        return path;
    }

    // Runs the variant's prepare step once per content key (module bytes, runtime binary and
    // version, command) and keeps the artefact in the cache; an unchanged input is never rebuilt.
    PrepareResult precompile(const QString& workload, const QString& module)
    {
        QMutexLocker lock(&m_mutex);
        const QByteArray key = artefactcache::key(
            { m_profile.id, m_variant.id, m_binary, m_version, m_variant.prepareTemplate.join(QChar(0x1f)) },
            { module });
        if (key.isEmpty()) {
            return PrepareResult { false, QStringLiteral("cannot read %1").arg(module), {} };
        }
        const QString artefact = artefactcache::pathFor(key, workload + m_variant.artefactSuffix);
        m_modules.insert(artefact, module);
        if (QFile::exists(artefact)) {
            return PrepareResult { true, {}, artefact, true, 0 };
        }
        QDir().mkpath(QFileInfo(artefact).path());
        // Written under a temporary name and renamed, so a killed compiler leaves no half artefact.
        const QString partial = artefact + QStringLiteral(".partial");
        ProcessRequest req;
        req.argv = m_profile.expandPrepare(m_binary, m_variant, module, m_dataDir, partial);
        req.timeout = std::chrono::minutes(10);
        const ProcessOutcome out = runProcess(req);
        if (!out.succeeded() || !QFile::exists(partial) || !QFile::rename(partial, artefact)) {
            QFile::remove(partial);
            const QString err = firstLine(out.stderrData);
            return PrepareResult { false,
                QStringLiteral("prepare step `%1` failed: %2%3")
                    .arg(req.argv.join(QLatin1Char(' ')),
                        out.succeeded() ? QStringLiteral("no artefact written") : out.describe(req.timeout),
                        err.isEmpty() ? QString() : QStringLiteral("; ") + err),
                {} };
        }
        return PrepareResult { true, {}, artefact, false, out.wallMs };
    }

    RuntimeProfile m_profile;
    ProfileVariant m_variant;
    QString m_dataDir;
    QMutex m_mutex;
    QString m_binary;
    QString m_version;
    QHash<QString, QString> m_modules; ///< artefact → the module it was made from
    QHash<QString, qsizetype> m_serverPortArg; ///< artefact of a server → index of its PORT argument (-1: none)
};

} // namespace

std::vector<std::shared_ptr<Runner>> CliRunnerPlugin::createRunners(const RunnerContext& context)
{
    std::vector<std::shared_ptr<Runner>> out;
    for (const RuntimeProfile& p : readProfiles(context.profileDirs, nullptr)) {
        for (const ProfileVariant& v : p.variants) {
            out.push_back(std::make_shared<ProfileRunner>(p, v, context.dataDir));
        }
    }
    return out;
}

} // namespace rb
