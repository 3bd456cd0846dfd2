// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the multi-instance scenarios (density, memory-scaling, cpu-scaling): each instance's point, live.
#pragma once

#include "engine/livefeed.h"
#include "engine/scenario.h"

#include <mutex>

namespace rb {

/// Streams a multi-instance run's per-instance points to the live feed (LiveFeed::instances) as each instance is
/// measured; does nothing when nobody watches (ctx.live() null: the CLI). Thread-safe: density's workers and
/// cpu-scaling's copies push from their own threads, and the mutex makes them the one producer at a time the
/// SampleBuffer needs. A full buffer drops and counts, never waits. The measure is the kind's
/// (ScenarioKindDef::instanceMeasure).
class LiveInstanceSink
{
public:
    explicit LiveInstanceSink(const ScenarioContext& ctx);
    LiveInstanceSink(const LiveInstanceSink&) = delete;
    LiveInstanceSink& operator=(const LiveInstanceSink&) = delete;

    /// Instance `instance` measured `value` (exactly its point in timeseries.csv); `tNs`: its launch or when it was
    /// read, CLOCK_MONOTONIC. Ignored once the run is cancelled (a cancelled run is not recorded).
    void push(int instance, std::int64_t tNs, double value);

private:
    const ScenarioContext& m_ctx;
    LiveInstance m_base; ///< the run's part of every point
    std::mutex m_mutex;
};

} // namespace rb
