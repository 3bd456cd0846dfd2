// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/experimentspec.h"
#include "model/runrecord.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace rb {

/// The ordered list of runs of a spec. Pure function of the spec (the seed fixes random order).
///
/// Warm-up runs of a configuration come right before its first measured run in sequential order,
/// and as a first block of rounds in interleaved and random order (so that every configuration
/// is warm before any is measured). Random order shuffles each round separately (blocked
/// randomisation): every configuration runs once per round, in an order drawn from the seed.
class ExperimentPlan
{
public:
    /// Whether a workload suits a scenario (a server for cold-start-ready, one that exits for cold-start-exit).
    /// Pairs it rejects are left out of the plan and listed by excluded(). Null: every pair is kept.
    using Compatibility = std::function<bool(const WorkloadRef&, const ScenarioSpec&)>;

    /// Configurations are runtimes × workloads × scenarios (each expanded to its levels, e.g. one per
    /// concurrency) × user-factor level combinations, in that nesting order.
    /// `hostFactor` non-empty: every run gets the parameter "host": hostFactor (the SUT host's id of a multi-host
    /// experiment, docs/multi-host.md), so run ids and group names carry it.
    explicit ExperimentPlan(
        const ExperimentSpec& spec, const Compatibility& compatible = {}, const QString& hostFactor = {});

    const ExperimentSpec& spec() const
    {
        return m_spec;
    }
    const QList<RunSpec>& runs() const
    {
        return m_runs;
    }
    /// Configurations (runtime × workload × scenario) in spec order; RunSpec::configIndex indexes this.
    const QList<RunSpec>& configurations() const
    {
        return m_configs;
    }
    int measuredRunCount() const;
    /// "workload × scenario" pairs left out as incompatible, for the log.
    const QStringList& excluded() const
    {
        return m_excluded;
    }

private:
    ExperimentSpec m_spec;
    QList<RunSpec> m_configs;
    QList<RunSpec> m_runs;
    QStringList m_excluded;
};

} // namespace rb
