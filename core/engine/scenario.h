// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measure/daemonmemory.h"
#include "measure/hdrhistogram.h"
#include "measure/processlauncher.h"
#include "measure/readiness.h"
#include "measure/resourcesampler.h"
#include "model/runrecord.h"
#include "model/workload.h"
#include "runner/runner.h"

#include <QJsonObject>
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>

namespace rb {

struct LiveFeed;
struct HostLink;

/// Everything a scenario needs for one run. The engine fills it; the scenario measures with core/measure and
/// returns the run's record. Scenarios live in core/engine/scenarios/, one file each (docs/experiments.md).
class ScenarioContext
{
public:
    ScenarioContext(const RunSpec& run, const WorkloadDef& workload, const PrepareResult& prepared, Runner& runner,
        std::chrono::milliseconds timeout, const std::atomic<bool>& cancel,
        std::function<PrepareResult()> reprepare = {}, std::function<DaemonMemory()> daemonMemory = {});

    const RunSpec& run() const
    {
        return m_run;
    }
    const WorkloadDef& workload() const
    {
        return m_workload;
    }
    const PrepareResult& prepared() const
    {
        return m_prepared;
    }
    std::chrono::milliseconds timeout() const
    {
        return m_timeout;
    }
    const std::atomic<bool>& cancel() const
    {
        return m_cancel;
    }
    /// A parameter of the scenario: this configuration's level ({"concurrency": 4}) first, then the scenario's
    /// settings (defaults filled by the spec parser).
    QJsonValue param(const QString& key) const;

    /// The request that starts one instance of the workload with `args` (the run's own when empty). Instance
    /// numbers tell concurrent instances apart (runners name containers with them); 0 is the first. Thread-safe.
    ProcessRequest request(int instance, const QStringList& args = {}) const;
    /// Removes what an instance left (containers killed on timeout, bundles). Thread-safe.
    void cleanup(int instance) const;
    /// The run's arguments with a free TCP port for a server workload (its PORT argument), and that port.
    QStringList serverArgs(quint16* port) const;
    /// Readiness of a server instance on `port`: HTTP GET `path` answered 200 on 127.0.0.1.
    ReadinessSpec httpReady(quint16 port, const QString& path) const;
    /// Prepares the artefact again, bypassing the cache (cold-start-ready with "cold": "full"); empty
    /// function result when the engine gave no way to.
    PrepareResult reprepare() const;
    /// Memory of this runner's daemon side now (dockerd, containerd, shims, conmon; a private daemon's only),
    /// Faasm's method; empty when the runner has no daemon or the engine gave no way to read it.
    DaemonMemory daemonMemory() const;

    /// A record for this run with its spec and start time filled.
    RunRecord newRecord() const;

    /// Where load scenarios stream live values (rates, latency snapshots, resources); null when nobody watches
    /// (the CLI). Set by the engine before the run; pushed to from the scenario's threads, one at a time.
    LiveFeed* live() const
    {
        return m_live;
    }
    void setLive(LiveFeed* live)
    {
        m_live = live;
    }
    /// The control channel of a multi-host experiment (`run --role sut|loadgen`, docs/multi-host.md); null when
    /// everything runs here. Set by the engine before the run.
    const HostLink* link() const
    {
        return m_link;
    }
    void setLink(const HostLink* link)
    {
        m_link = link;
    }

private:
    const RunSpec& m_run;
    const WorkloadDef& m_workload;
    const PrepareResult& m_prepared;
    Runner& m_runner;
    std::chrono::milliseconds m_timeout;
    const std::atomic<bool>& m_cancel;
    std::function<PrepareResult()> m_reprepare;
    std::function<DaemonMemory()> m_daemonMemory;
    mutable std::mutex m_launchMutex; ///< runners are not required to be re-entrant
    LiveFeed* m_live = nullptr;
    const HostLink* m_link = nullptr;
};

/// Adds the rusage of a finished process as measurements (user_ms, sys_ms, max_rss_kb, faults, switches) with
/// `prefix` before each metric name.
void addRusage(QList<Measurement>& into, const ProcessOutcome& out, const QString& prefix = {});

/// Appends a sampler's samples as the series cpu_percent, rss_kb, pss_kb and uss_kb (the last two only where
/// read), with times relative to originNs (CLOCK_MONOTONIC), so that they share the load's clock.
void appendResourceSeries(QList<SeriesPoint>& into, const std::vector<ResourceSample>& samples, std::int64_t originNs);
/// The latency histogram as buckets in µs (HdrHistogram values are ns).
QList<LatencyBucket> latencyBuckets(const HdrHistogram& ns);
/// CLOCK_MONOTONIC now, ns (the clock of every timestamp in core/measure).
std::int64_t monotonicNs();

/// Why a run failed, for `error`: `what` (e.g. "exit code 3", "not ready after 5 s") and the first line of
/// the process's stderr when it wrote one.
QString withStderr(const QString& what, const QByteArray& stderrData);

/// A free TCP port on 127.0.0.1 (bound to 0 and released; another process could take it in between, which a
/// run then reports as "port busy").
quint16 freeTcpPort();

/// Runs one run of its configuration's scenario kind. Sets *cancelled when cancel stopped it (not recorded).
using ScenarioFunction = RunRecord (*)(const ScenarioContext& ctx, bool* cancelled);
/// The function of a kind, or null for an unknown kind.
ScenarioFunction scenarioFunction(const QString& kind);

// One per kind, in core/engine/scenarios/<kind>.cpp.
RunRecord runColdStartExit(const ScenarioContext& ctx, bool* cancelled);
RunRecord runColdStartReady(const ScenarioContext& ctx, bool* cancelled);
RunRecord runWarmLatency(const ScenarioContext& ctx, bool* cancelled);
RunRecord runThroughputSweep(const ScenarioContext& ctx, bool* cancelled);
RunRecord runDensity(const ScenarioContext& ctx, bool* cancelled);
RunRecord runMemoryScaling(const ScenarioContext& ctx, bool* cancelled);
RunRecord runCpuScaling(const ScenarioContext& ctx, bool* cancelled);

} // namespace rb
