// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the load scenarios (warm-latency, throughput-sweep): hold a server, load it, record what was measured.
#pragma once

#include "engine/scenario.h"
#include "measure/httploadgen.h"

#include <functional>
#include <vector>

namespace rb {

/// One measured load on a running server and the target's resources meanwhile.
struct MeasuredLoad
{
    LoadResult load;
    std::vector<ResourceSample> samples; ///< of the group leader's tree, while the load ran
    ResourceSample peaks;
    std::int64_t originNs = 0; ///< the load's time 0 (LoadResult::originNs), CLOCK_MONOTONIC: the series' time 0
};

/// The load of the scenario's settings against 127.0.0.1:port (path, threads); the caller sets the bound
/// (duration or count), connections and rate.
LoadConfig scenarioLoadConfig(const ScenarioContext& ctx, quint16 port);

/// Runs `cfg` with a ResourceSampler on `leader`'s tree. Blocks; stops early when the context is cancelled.
MeasuredLoad measureLoad(const ScenarioContext& ctx, const LoadConfig& cfg, pid_t leader);

/// Adds requests_per_s, latency_{p50,p90,p99,p999,max,mean}_ms, errors, requests (and achieved_rate for an open
/// loop), cpu_percent_mean, rss_kb_peak, pss_kb_peak; the resource series and the latency buckets.
void recordLoad(RunRecord& rec, const MeasuredLoad& m);

/// Records `measured` (null: the load never ran) and decides: ok when the server held and the load had no error.
void finishLoadRun(RunRecord& rec, bool held, const MeasuredLoad* measured);

/// "" without errors, else "load errors: 12 status (HTTP status not 2xx/3xx), 1 timeout of 200 requests".
QString describeLoadErrors(const LoadResult& r);

/// Starts instance 0 of the workload as a server, waits for HTTP 200 on the scenario's path, calls `body` with
/// the group leader and the port while it runs (on another thread), then stops it. Returns true when the body
/// ran and the server stayed up; otherwise sets rec.error. Sets *cancelled when the context was cancelled.
bool holdServer(
    const ScenarioContext& ctx, RunRecord& rec, bool* cancelled, const std::function<void(pid_t, quint16)>& body);

} // namespace rb
