// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runrecord.h"
#include "model/workload.h"

#include <QString>
#include <QStringList>
#include <QtPlugin>
#include <memory>
#include <vector>

namespace rb {

/// Bumped on any incompatible change of Runner or RunnerPlugin. A plugin whose metadata declares
/// another apiVersion is refused, with the reason, before its library is loaded.
inline constexpr int kRunnerApiVersion = 1;

/// Result of probing a runtime: is it usable here, which version, and why not.
struct ProbeResult
{
    bool available = false;
    QString version;
    QString reason; ///< human reason when not available: "binary 'node' not found in PATH"
    QString binary; ///< what was looked for or found
};

/// Result of preparing a workload for a runtime (once per runtime × workload).
struct PrepareResult
{
    bool ok = false;
    QString error;
    QString artefact; ///< the file the runtime starts (native binary, .wasm, AOT module, bundle dir)
    bool cached = false; ///< the artefact was made by an earlier prepare with the same inputs
    double prepareMs = 0; ///< wall time of the prepare step when it ran (0 when cached or none)
};

/// How to start one run. The engine measures it; a runner never times anything.
struct LaunchSpec
{
    QStringList argv; ///< never a shell string
    QStringList environmentOverrides; ///< "KEY=VALUE" added to the inherited environment
    QString workingDirectory;
};

/// Everything a plugin may need to create its runners (where data and profiles live).
struct RunnerContext
{
    QString dataDir; ///< share/runbench: workloads/, runners/ (launchers), profiles/
    QStringList profileDirs; ///< shipped profiles first, then the user's
};

/// One runtime variant, e.g. "node-wasi:no-liftoff". Created by a plugin; used from one worker
/// thread at a time (probe may also run on a pool thread). Owned through shared_ptr.
class Runner
{
public:
    virtual ~Runner() = default;
    /// "runner" or "runner:variant": what specs name in "runtimes".
    QString id() const
    {
        return variant().isEmpty() ? runnerId() : runnerId() + QLatin1Char(':') + variant();
    }
    virtual QString runnerId() const = 0;
    virtual QString variant() const = 0;
    virtual QString family() const = 0;
    virtual QString displayName() const = 0;
    /// Which build of a workload it runs: Native or Wasm.
    virtual WorkloadBuild build() const = 0;
    /// May block up to a few seconds (runs `--version`); never hangs. Any thread.
    virtual ProbeResult probe() = 0;
    virtual PrepareResult prepare(const WorkloadDef& workload) = 0;
    virtual LaunchSpec launch(const PrepareResult& prepared, const RunSpec& run) = 0;
    virtual void cleanup(const RunSpec& run)
    {
        Q_UNUSED(run)
    }
};

/// Root object of a runner plugin: a stateless factory. Its JSON metadata carries
/// `id`, `name`, `family`, `apiVersion` and `runtimes`.
class RunnerPlugin
{
public:
    virtual ~RunnerPlugin() = default;
    virtual std::vector<std::shared_ptr<Runner>> createRunners(const RunnerContext& context) = 0;
};

} // namespace rb

#define RunbenchRunnerPlugin_iid "org.runbench.RunnerPlugin/1"
Q_DECLARE_INTERFACE(rb::RunnerPlugin, RunbenchRunnerPlugin_iid)
