// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/experimentspec.h"
#include "model/workload.h"
#include "runnerregistry.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace rb {

/// What this installation offers: the data folder, the workload catalogue and the probed runners.
/// Built once off the GUI thread (loads plugins, runs `--version`s), then shared read-only.
struct Installation
{
    QString dataDir;
    WorkloadCatalog workloads;
    RunnerRegistry registry;
    QStringList problems; ///< unreadable catalogue or profiles, refused plugins

    /// Discovers everything from the default paths (see paths.h) and probes the runners: all of
    /// them, or only those whose id is in `probeOnly` (the others stay "not probed": a CLI run does
    /// not start containers to probe engines its spec does not use).
    static std::shared_ptr<Installation> discover(const QStringList& probeOnly = {});

    /// Checks a parsed spec against what exists here: every runtime id is a known runner and every
    /// workload is in the catalogue with suitable arguments. Empty when fine, else a message naming
    /// the file and field. (Unavailable runtimes are fine here: they are reported and skipped.)
    QString validate(const ExperimentSpec& spec, const QString& sourceName) const;

    /// Whether a scenario takes this workload: servers for cold-start-ready, warm-latency, throughput-sweep
    /// and memory-scaling; workloads that exit for the others. A plan leaves unsuited pairs out.
    bool suits(const WorkloadRef& workload, const ScenarioSpec& scenario) const;
};

} // namespace rb
