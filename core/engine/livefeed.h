// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "samplebuffer.h"

#include <array>
#include <cmath>
#include <cstdint>

namespace rb {

/// Achieved requests/s of one 100 ms bucket of a load (the rows of timeseries.csv's requests_per_s), with the
/// rate the scenario asked for (NaN in a closed loop). Times are seconds since LiveFeed::originNs.
struct LiveRate
{
    int runIndex = 0;
    double tS = 0; ///< start of the bucket
    double achievedPerS = 0;
    double requestedPerS = NAN;
};

/// The latency percentiles of the current level so far: a snapshot of its HDR histogram.
struct LiveLatency
{
    /// The percentiles of `ms`, in order.
    static constexpr std::array<double, 9> kPercentiles { 0, 50, 75, 90, 99, 99.9, 99.99, 99.999, 100 };
    int runIndex = 0;
    double tS = 0;
    std::int64_t count = 0; ///< requests in the histogram
    bool final = false; ///< the level's load is over: this is what latency.csv holds
    std::array<double, kPercentiles.size()> ms {};
};

/// The target's resources (the process tree of the workload) on the load's clock.
struct LiveResource
{
    int runIndex = 0;
    double tS = 0;
    double cpuPercent = NAN; ///< % of one core since the previous sample
    double rssMiB = NAN;
    double pssMiB = NAN; ///< NaN where smaps_rollup was not read
};

/// The bounded buffers through which a running load scenario streams what it measures to a live view. One
/// producer at a time (the experiment's worker thread and the load's monitor, never two at once), one consumer
/// (the GUI timer). Full buffers drop and count (SampleBuffer). Owned by ExperimentController.
struct LiveFeed
{
    std::int64_t originNs = 0; ///< time 0 of every tS: the experiment's start, CLOCK_MONOTONIC
    SampleBuffer<LiveRate> rates { 4096 };
    SampleBuffer<LiveLatency> latency { 256 };
    SampleBuffer<LiveResource> resources { 4096 };

    std::size_t dropped() const
    {
        return rates.dropped() + latency.dropped() + resources.dropped();
    }
};

} // namespace rb
