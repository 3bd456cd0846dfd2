// SPDX-License-Identifier: GPL-3.0-or-later
// A runner plugin for tst_runnerregistry. Built twice: with apiVersion 2 (this API) and with apiVersion 99.
#include "runner/runner.h"

#include <QObject>
#include <cstdlib>

#ifdef FAKE_BAD_API
// Runs if the library is ever loaded: the registry must refuse it from its metadata alone.
static const int g_loadedMarker = [] {
    setenv("RB_FAKE_BADAPI_LOADED", "1", 1);
    return 0;
}();
#endif

namespace {

class FakeRunner final : public rb::Runner
{
public:
    QString runnerId() const override
    {
        return QStringLiteral("fake");
    }
    QString variant() const override
    {
        return QStringLiteral("v1");
    }
    QString family() const override
    {
        return QStringLiteral("test");
    }
    QString displayName() const override
    {
        return QStringLiteral("Fake");
    }
    rb::WorkloadBuild build() const override
    {
        return rb::WorkloadBuild::Native;
    }
    rb::ProbeResult probe() override
    {
        return { false, {}, QStringLiteral("fake runtimes never run"), QStringLiteral("/nonexistent/fake") };
    }
    rb::PrepareResult prepare(const rb::WorkloadDef&) override
    {
        return { false, QStringLiteral("fake"), {} };
    }
    rb::LaunchSpec launch(const rb::PrepareResult&, const rb::RunSpec&) override
    {
        return {};
    }
};

} // namespace

class FakeRunnerPlugin : public QObject, public rb::RunnerPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RunbenchRunnerPlugin_iid FILE FAKE_METADATA)
    Q_INTERFACES(rb::RunnerPlugin)
public:
    std::vector<std::shared_ptr<rb::Runner>> createRunners(const rb::RunnerContext&) override
    {
        return { std::make_shared<FakeRunner>() };
    }
};

#include "fakerunner.moc"
