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

/// The load of the scenario's settings against 127.0.0.1:port (the SUT host's address for `--role loadgen`; path,
/// threads); the caller sets the bound
/// (duration or count), connections and rate.
LoadConfig scenarioLoadConfig(const ScenarioContext& ctx, quint16 port);

/// Runs `cfg` with a ResourceSampler on `leader`'s tree (none when leader ≤ 0: the server runs on another host).
/// Blocks; stops early when the context is cancelled.
MeasuredLoad measureLoad(const ScenarioContext& ctx, const LoadConfig& cfg, pid_t leader);

/// Adds requests_per_s, latency_{p50,p90,p99,p999,max,mean}_ms, errors, requests (and achieved_rate for an open
/// loop), cpu_percent_mean, rss_kb_peak, pss_kb_peak; the resource series and the latency buckets.
void recordLoad(RunRecord& rec, const MeasuredLoad& m);

/// Adds cpu_percent_mean, rss_kb_peak, pss_kb_peak and the resource series of a sampled server (origin: time 0).
void recordResources(
    RunRecord& rec, const std::vector<ResourceSample>& samples, const ResourceSample& peaks, std::int64_t originNs);

/// Records `measured` (null: the load never ran) and decides: ok when the server held and the load had no error.
/// `--role sut`: the load ran on the load generator's host; the run is ok when the server held and the load
/// generator said so (holdServer decided). `--role loadgen`: tells the SUT the run's outcome.
void finishLoadRun(const ScenarioContext& ctx, RunRecord& rec, bool held, const MeasuredLoad* measured);

/// True for `run --role sut`: the load scenarios' loads run on another host (no load numbers here).
bool loadRunsElsewhere(const ScenarioContext& ctx);
/// `run --role loadgen`: tells the SUT that the run's load finished, with rec.ok and rec.error. No-op otherwise.
void reportLoadDone(const ScenarioContext& ctx, const RunRecord& rec);

/// "" without errors, else "load errors: 12 status (HTTP status not 2xx/3xx), 1 timeout of 200 requests".
QString describeLoadErrors(const LoadResult& r);

/// Starts instance 0 of the workload as a server, waits for HTTP 200 on the scenario's path, calls `body` with
/// the group leader and the port while it runs (on another thread), then stops it.
/// Multi-host (docs/multi-host.md): `--role sut` does not call `body`: it offers the run to the load generator over
/// the control channel and samples the server's resources until the load generator is done (first_200_ms,
/// served_ms, cpu/rss/pss recorded; rec.ok set). `--role loadgen` starts no server: it waits for the SUT's offer,
/// for HTTP 200 on the SUT's address, then calls `body` with leader 0 and the SUT's port. Returns true when the body
/// ran and the server stayed up; otherwise sets rec.error. Sets *cancelled when the context was cancelled.
bool holdServer(
    const ScenarioContext& ctx, RunRecord& rec, bool* cancelled, const std::function<void(pid_t, quint16)>& body);

} // namespace rb
