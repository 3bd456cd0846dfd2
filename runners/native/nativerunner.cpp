// SPDX-License-Identifier: GPL-3.0-or-later
#include "nativerunner.h"

#include <QFileInfo>
#include <QSysInfo>

namespace rb {

namespace {

class NativeRunner final : public Runner
{
public:
    QString runnerId() const override
    {
        return QStringLiteral("native");
    }
    QString variant() const override
    {
        return {};
    }
    QString family() const override
    {
        return QStringLiteral("native");
    }
    QString displayName() const override
    {
        return QStringLiteral("Native process");
    }
    WorkloadBuild build() const override
    {
        return WorkloadBuild::Native;
    }
    ProbeResult probe() override
    {
        // Always available: the version reported is the kernel's, which is what a native run depends on.
        return ProbeResult { true, QSysInfo::kernelVersion(), {}, {} };
    }
    PrepareResult prepare(const WorkloadDef& w) override
    {
        if (w.nativePath.isEmpty() || !QFileInfo(w.nativePath).isExecutable()) {
            return PrepareResult { false, QStringLiteral("workload %1 has no native build").arg(w.name), {} };
        }
        return PrepareResult { true, {}, w.nativePath };
    }
    LaunchSpec launch(const PrepareResult& prepared, const RunSpec& run) override
    {
        return LaunchSpec { QStringList { prepared.artefact } + run.workload.args, {}, {} };
    }
};

} // namespace

std::vector<std::shared_ptr<Runner>> NativeRunnerPlugin::createRunners(const RunnerContext&)
{
    return { std::make_shared<NativeRunner>() };
}

} // namespace rb
