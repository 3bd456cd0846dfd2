// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/experimentspec.h"
#include "model/runrecord.h"

#include <QList>

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
    explicit ExperimentPlan(const ExperimentSpec& spec);

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

private:
    ExperimentSpec m_spec;
    QList<RunSpec> m_configs;
    QList<RunSpec> m_runs;
};

} // namespace rb
