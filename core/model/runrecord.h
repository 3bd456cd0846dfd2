// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "experimentspec.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace rb {

/// One planned run: a configuration (runtime × workload × scenario) and a repetition.
struct RunSpec
{
    int index = 0; ///< position in the plan's order (0-based)
    int configIndex = 0; ///< which configuration (runtime × workload × scenario), in spec order
    QString runId; ///< stable: "<runtime>/<workload label>/<scenario>/<r|w><n>"
    QString runtime;
    WorkloadRef workload;
    ScenarioSpec scenario;
    int repetition = 0; ///< 1-based; warm-ups count separately
    bool warmup = false;
    QString cacheDir; ///< the runtime cache folder for this run (set by the engine from the cache policy)
    /// Which instance of a multi-instance run (density, memory-scaling, cpu-scaling) a launch is for: runners
    /// name containers and bundles with index and instance, so that concurrent instances never collide.
    int instance = 0;
    /// Set for the SUT role of a multi-host experiment (docs/multi-host.md): a server must be reachable from the
    /// load generator's host, so runners that publish a port publish it on every address, not only loopback.
    bool servesOtherHosts = false;

    /// "runtime/workload/scenario": the group a run belongs to.
    QString configKey() const;
    /// What runners put in container, bundle and task names: "<index>" or "<index>-<instance>" (instance > 0),
    /// "probe" for a probe run (index < 0). Unique among the launches of one experiment.
    QString launchTag() const;
};

/// One measured value of a run (a row of samples.csv).
struct Measurement
{
    QString metric; ///< e.g. "wall_ms"
    double value = 0;
    QString unit; ///< e.g. "ms", "KiB"
};

/// One point of a run's timeline (timeseries.csv): every series of a run shares one clock, the run's origin
/// (CLOCK_MONOTONIC), so the load and the target's resources line up.
struct SeriesPoint
{
    double tMs = 0; ///< since the run's origin (the start of its measured phase)
    QString series; ///< "cpu_percent", "rss_kb", "pss_kb", "requests_per_s", …
    double value = 0;
};

/// One bucket of a run's latency histogram (latency.csv): `count` requests took at most `upToUs` µs (and more
/// than the previous bucket's bound). HdrHistogram buckets, 3 significant digits.
struct LatencyBucket
{
    double upToUs = 0;
    qint64 count = 0;
};

/// What happened in one run. Immutable once made; crosses threads by value.
struct RunRecord
{
    RunSpec spec;
    bool ok = false;
    QString error; ///< why not ok (empty when ok)
    int exitCode = -1;
    QDateTime startedUtc;
    QList<Measurement> measurements;
    QList<SeriesPoint> series; ///< empty for scenarios without a timeline (cold-start-exit)
    QList<LatencyBucket> latency; ///< per-request latencies of load scenarios (empty otherwise)

    /// The value of a metric, or NaN when the run has none.
    double value(const QString& metric) const;
};

} // namespace rb

Q_DECLARE_METATYPE(rb::RunRecord)
