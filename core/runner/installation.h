// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "containerdaemon.h"
#include "model/experimentspec.h"
#include "model/workload.h"
#include "runnerregistry.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace rb {

class DaemonSupervisor;

/// QSettings key (bool, default false) of the GUI's permission to start container daemons: a checkbox
/// "Start container daemons when needed" in the Runtimes dock writes it, and MainWindow passes
/// DiscoverOptions::fromSettings() to Installation::discover() (on its background thread).
inline constexpr char kStartDaemonsSetting[] = "runtimes/startDaemons";

/// How Installation::discover() may go about it.
struct DiscoverOptions
{
    /// May start a private dockerd/containerd (DaemonSupervisor) when a runner being probed needs one and
    /// none answers: `runbench-cli … --start-daemons`, or the GUI setting kStartDaemonsSetting.
    bool startDaemons = false;
    const std::atomic<bool>* cancel = nullptr; ///< aborts waiting for a daemon to come up
    std::function<void(const QString&)> log; ///< daemons started, reused, stopped (called from any thread)
    QString daemonBaseDir; ///< where private daemons' folders go; empty: DaemonSupervisor::defaultBaseDir()
    /// A supervisor to use and keep instead of a new one: the daemons it already has are used as they are
    /// (tests start private ones with DaemonSupervisor::startPrivate()). Needs startDaemons.
    std::shared_ptr<DaemonSupervisor> daemons;

    /// startDaemons from QSettings (kStartDaemonsSetting); the rest default. Any thread.
    static DiscoverOptions fromSettings();
};

/// What this installation offers: the data folder, the workload catalogue and the probed runners.
/// Built once off the GUI thread (loads plugins, runs `--version`s), then shared read-only.
struct Installation
{
    QString dataDir;
    WorkloadCatalog workloads;
    RunnerRegistry registry;
    QStringList problems; ///< unreadable catalogue or profiles, refused plugins, daemons that did not start
    /// The daemons started or reused for the probed runners (null when not allowed or none needed). Private
    /// daemons stop when the last reference to this Installation goes (or on daemons->stop()).
    std::shared_ptr<DaemonSupervisor> daemons;

    /// Discovers everything from the default paths (see paths.h) and probes the runners: all of
    /// them, or only those whose id is in `probeOnly` (the others stay "not probed": a CLI run does
    /// not start containers to probe engines its spec does not use). With options.startDaemons, the
    /// daemons the probed runners need are ensured first and the runners pointed at them.
    static std::shared_ptr<Installation> discover(
        const QStringList& probeOnly = {}, const DiscoverOptions& options = {});
    /// The first half of discover(): catalogue, profiles and plugins, nothing probed (enough for validate()).
    static std::shared_ptr<Installation> load();
    /// The second half: ensures daemons (with options.startDaemons) and probes. Call once, before sharing.
    void probe(const QStringList& probeOnly = {}, const DiscoverOptions& options = {});

    /// The daemons `runner` uses, as far as known: ensured ones with version, else the user's address.
    QList<DaemonInfo> daemonsOf(const Runner& runner) const;

    /// Checks a parsed spec against what exists here: every runtime id is a known runner and every
    /// workload is in the catalogue with suitable arguments. Empty when fine, else a message naming
    /// the file and field. A workload that no runtime of the spec supports is an error too. (Unavailable
    /// runtimes, and single unsupported pairs, are fine here: they are reported and skipped.)
    QString validate(const ExperimentSpec& spec, const QString& sourceName) const;

    /// Whether a scenario takes this workload: servers for cold-start-ready, warm-latency, throughput-sweep
    /// and memory-scaling; workloads that exit for the others. A plan leaves unsuited pairs out.
    bool suits(const WorkloadRef& workload, const ScenarioSpec& scenario) const;
};

} // namespace rb
