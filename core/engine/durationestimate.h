// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "experimentplan.h"

namespace rb {

/// What one start of a workload is assumed to take (launch, run, exit or first answer, stop) when nothing in
/// the spec says how long it lasts: the cold-start scenarios, and each instance of density/cpu-scaling waves.
inline constexpr double kAssumedStartS = 0.25;

/// A guess at how long an experiment takes, before it ran: the sum over every planned run (warm-ups included)
/// of the time its scenario's parameters fix (load durations, warm-up phases, settle times, SLO-search steps)
/// plus kAssumedStartS per start, plus the spec's cool-down after each run. Not a measurement: runtimes that
/// start slowly (containers, AOT compilation) take longer. `worstSeconds` bounds it by every run hitting
/// the spec's timeout.
struct DurationEstimate
{
    int runs = 0; ///< planned runs, warm-ups included
    double seconds = 0;
    double worstSeconds = 0;
};

/// Seconds one planned run is expected to take (without cool-down). Pure; any thread.
double estimateRunSeconds(const RunSpec& run);

/// The estimate of a whole plan. Pure; any thread.
DurationEstimate estimateDuration(const ExperimentPlan& plan);

/// "45 s", "3 min 20 s", "2 h 05 min": how the GUI and the CLI write a duration in seconds.
QString formatDuration(double seconds);

} // namespace rb
