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
/// 2: supports()/unsupportedReason(), network(), requiredDaemons(), daemonProcessNames(), daemon environment.
inline constexpr int kRunnerApiVersion = 2;

/// How the host reaches a server workload a runner starts.
enum class NetworkAccess
{
    Host, ///< the host's network (a plain process, `--network host`): the server's port is the host's
    Published, ///< its own network, with the server's port published on 127.0.0.1 (`-p`)
    None ///< its own network namespace that the host cannot reach: no server workloads
};

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
    QStringList environmentOverrides; ///< "KEY=VALUE" added to the inherited environment (daemon addresses too)
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

    /// How the host reaches a server it starts. Default: the host's network, like a plain process.
    virtual NetworkAccess network() const
    {
        return NetworkAccess::Host;
    }
    /// Empty when this runner can run `workload`, else why not (for skip reasons and `runners --json`).
    /// Default: it needs a build of the workload for build(), and a server needs a network the host reaches.
    virtual QString unsupportedReason(const WorkloadDef& workload) const
    {
        if (workload.path(build()).isEmpty()) {
            return QStringLiteral("workload %1 has no %2 build").arg(workload.name, workloadBuildName(build()));
        }
        if (workload.server && network() == NetworkAccess::None) {
            return QStringLiteral("%1 is a server and %2 has no network the host can reach (use a host-network "
                                  "or port-mapping variant)")
                .arg(workload.name, id());
        }
        return {};
    }
    /// Whether this runner can run `workload` (used by `runners --json` "workloads", Installation::validate
    /// and the engine, which skips an unsupported pair with unsupportedReason()). Any thread.
    virtual bool supports(const WorkloadDef& workload) const
    {
        return unsupportedReason(workload).isEmpty();
    }
    /// Daemons this runner's client needs running: "docker" (dockerd) or "containerd". With the user's
    /// permission the Installation starts a private one when none is reachable (DaemonSupervisor).
    virtual QStringList requiredDaemons() const
    {
        return {};
    }
    /// /proc/<pid>/comm names (full names; the kernel cuts comm to 15 characters, matching allows for
    /// it) of the daemon-side processes behind its containers: dockerd, containerd, shims, conmon. For
    /// memory accounting (measure/daemonmemory.h). Empty: the measured process tree is everything.
    virtual QStringList daemonProcessNames() const
    {
        return {};
    }

    /// "KEY=VALUE" that point its client at the daemons (DOCKER_HOST=unix:///…, CONTAINERD_ADDRESS=…)
    /// when Runbench started private ones; empty: the inherited environment decides. Set by the
    /// Installation before probe(), on the thread that then starts the probes; read-only afterwards.
    /// Runners pass it to every command they run and add it to their LaunchSpec.
    void setDaemonEnvironment(const QStringList& environment)
    {
        m_daemonEnvironment = environment;
    }
    const QStringList& daemonEnvironment() const
    {
        return m_daemonEnvironment;
    }

private:
    QStringList m_daemonEnvironment;
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

#define RunbenchRunnerPlugin_iid "org.runbench.RunnerPlugin/2"
Q_DECLARE_INTERFACE(rb::RunnerPlugin, RunbenchRunnerPlugin_iid)
