// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "runner/runtimeprofile.h"

#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

namespace rb {

namespace {

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
    ProbeResult probe() override
    {
        ProbeResult r = m_profile.probe();
        QMutexLocker lock(&m_mutex);
        m_binary = r.available ? r.binary : QString();
        return r;
    }
    PrepareResult prepare(const WorkloadDef& w) override
    {
        const QString path = w.path(m_profile.build);
        if (path.isEmpty()) {
            return PrepareResult { false,
                QStringLiteral("workload %1 has no %2 build")
                    .arg(w.name,
                        m_profile.build == WorkloadBuild::Wasm ? QStringLiteral("wasm32-wasi")
                                                               : QStringLiteral("native")),
                {} };
        }
        return PrepareResult { true, {}, path };
    }
    LaunchSpec launch(const PrepareResult& prepared, const RunSpec& run) override
    {
        QMutexLocker lock(&m_mutex);
        return LaunchSpec { m_profile.expandRun(m_binary, m_variant, prepared.artefact, m_dataDir, run.workload.args),
            {}, {} };
    }

private:
    RuntimeProfile m_profile;
    ProfileVariant m_variant;
    QString m_dataDir;
    QMutex m_mutex;
    QString m_binary;
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
