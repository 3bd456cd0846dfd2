// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scenariokinds.h"
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

/// One instance of a multi-instance run (density, memory-scaling, cpu-scaling), pushed as soon as it is measured.
/// `value` is exactly that instance's point in the run's timeseries.csv (instance_wall_ms, copy_wall_ms in ms;
/// instance_pss_kb in KiB).
struct LiveInstance
{
    int runIndex = 0;
    int configIndex = 0;
    bool warmup = false;
    int instance = 0; ///< 0-based, as in the run's errors ("instance 2: timed out")
    double tS = 0; ///< its launch (wall times) or when it was read (PSS)
    InstanceMeasure measure = InstanceMeasure::WallMs;
    double value = 0;
};

/// The bounded buffers through which a running load scenario streams what it measures to a live view. One
/// producer at a time (the experiment's worker thread and the load's monitor, never two at once), one consumer
/// (the GUI timer). Full buffers drop and count (SampleBuffer). Owned by ExperimentController. The instances of a
/// multi-instance run are measured on several threads: they push through LiveInstanceSink, one at a time.
struct LiveFeed
{
    std::int64_t originNs = 0; ///< time 0 of every tS: the experiment's start, CLOCK_MONOTONIC
    SampleBuffer<LiveRate> rates { 4096 };
    SampleBuffer<LiveLatency> latency { 256 };
    SampleBuffer<LiveResource> resources { 4096 };
    SampleBuffer<LiveInstance> instances { 4096 };

    /// A CLOCK_MONOTONIC time (ns) as the buffers' tS: seconds since originNs.
    double secondsSinceOrigin(std::int64_t ns) const
    {
        return double(ns - originNs) / 1e9;
    }
    std::size_t dropped() const
    {
        return rates.dropped() + latency.dropped() + resources.dropped() + instances.dropped();
    }
};

} // namespace rb
