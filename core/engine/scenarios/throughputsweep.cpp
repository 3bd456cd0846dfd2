// SPDX-License-Identifier: GPL-3.0-or-later
// throughput-sweep: one level per run on a fresh instance (a concurrency, closed loop, or a rate, open loop), or an
// SLO search bisecting the open-loop rate (docs/results-format.md). Scaling efficiency across levels is computed
// at analysis time from the levels' requests_per_s, never per run.
#include "engine/scenarios/loadsupport.h"

#include <algorithm>
#include <cmath>

namespace rb {

namespace {

/// The level's load shape: `rate` > 0 is an open loop over `connections`; otherwise `connections` closed-loop.
LoadConfig levelConfig(const ScenarioContext& ctx, quint16 port, int connections, double rate)
{
    LoadConfig cfg = scenarioLoadConfig(ctx, port);
    cfg.connections = std::max(1, connections);
    cfg.threads = std::min(cfg.threads, cfg.connections);
    if (rate > 0) {
        cfg.rate = rate;
    }
    return cfg;
}

/// Load before measuring, discarded (JIT, caches, connection setup).
void warmUp(const ScenarioContext& ctx, LoadConfig cfg)
{
    cfg.durationS = ctx.param(QStringLiteral("warmup_s")).toDouble();
    if (cfg.durationS > 0) {
        runHttpLoad(cfg, &ctx.cancel());
    }
}

double p99Ms(const LoadResult& r)
{
    return r.latency.count() > 0 ? double(r.latency.valueAtPercentile(99)) / 1e6 : NAN;
}

RunRecord sloSearch(const ScenarioContext& ctx, bool* cancelled)
{
    RunRecord rec = ctx.newRecord();
    const double sloMs = ctx.param(QStringLiteral("slo_p99_ms")).toDouble();
    const int steps = ctx.param(QStringLiteral("slo_steps")).toInt(6);
    const int connections = ctx.param(QStringLiteral("connections")).toInt(8);
    double lo = 0;
    double hi = ctx.param(QStringLiteral("slo_max_rate")).toDouble();
    double best = 0;
    double bestP99 = NAN;
    QString lastMiss;
    int done = 0;
    const bool held = holdServer(ctx, rec, cancelled, [&](pid_t, quint16 port) {
        warmUp(ctx, levelConfig(ctx, port, connections, (lo + hi) / 2));
        const std::int64_t origin = monotonicNs();
        for (int i = 0; i < steps && !ctx.cancel().load(); ++i) {
            const double rate = (lo + hi) / 2;
            LoadConfig cfg = levelConfig(ctx, port, connections, rate);
            cfg.durationS = ctx.param(QStringLiteral("duration_s")).toDouble();
            const double t = double(monotonicNs() - origin) / 1e6;
            const LoadResult r = runHttpLoad(cfg, &ctx.cancel());
            const double p99 = p99Ms(r);
            rec.series.append({ t, QStringLiteral("slo_step_rate"), rate });
            if (!std::isnan(p99)) {
                rec.series.append({ t, QStringLiteral("slo_step_p99_ms"), p99 });
            }
            const QString errors = describeLoadErrors(r);
            if (errors.isEmpty() && p99 <= sloMs) {
                lo = rate;
                best = rate;
                bestP99 = p99;
            } else {
                hi = rate;
                lastMiss = QStringLiteral("at %1 req/s: p99 %2 ms").arg(rate).arg(p99);
                if (!errors.isEmpty()) {
                    lastMiss += QStringLiteral("; ") + errors;
                }
            }
            ++done;
        }
    });
    if (*cancelled || loadRunsElsewhere(ctx)) { // --role sut: the steps ran on the load generator's host
        return rec;
    }
    rec.measurements.append({ QStringLiteral("slo_steps_done"), double(done), QStringLiteral("count") });
    if (best > 0) {
        rec.measurements.append({ QStringLiteral("slo_max_rate_rps"), best, QStringLiteral("1/s") });
        rec.measurements.append({ QStringLiteral("slo_p99_at_max_ms"), bestP99, QStringLiteral("ms") });
    }
    if (held) {
        rec.ok = best > 0;
        if (!rec.ok) {
            rec.error = QStringLiteral("no rate kept p99 ≤ %1 ms (%2)").arg(sloMs).arg(lastMiss);
        }
        reportLoadDone(ctx, rec);
    }
    return rec;
}

} // namespace

RunRecord runThroughputSweep(const ScenarioContext& ctx, bool* cancelled)
{
    if (ctx.param(QStringLiteral("slo_search")).toBool()) {
        return sloSearch(ctx, cancelled);
    }
    // The level is a number; the same key in the settings is the whole list (an array) and means "not this kind".
    const QJsonValue concurrency = ctx.param(QStringLiteral("concurrency"));
    const QJsonValue rateLevel = ctx.param(QStringLiteral("rate"));
    const bool open = !concurrency.isDouble();
    RunRecord rec = ctx.newRecord();
    if (open && !rateLevel.isDouble()) {
        *cancelled = false;
        rec.error = QStringLiteral("throughput-sweep run without a concurrency or rate level");
        return rec;
    }
    const double rate = open ? rateLevel.toDouble() : 0;
    const int connections = open ? ctx.param(QStringLiteral("connections")).toInt(8) : concurrency.toInt();
    MeasuredLoad measured;
    bool ran = false;
    const bool held = holdServer(ctx, rec, cancelled, [&](pid_t leader, quint16 port) {
        const LoadConfig cfg = levelConfig(ctx, port, connections, rate);
        warmUp(ctx, cfg);
        if (ctx.cancel().load()) {
            return;
        }
        LoadConfig measuredCfg = cfg;
        measuredCfg.durationS = ctx.param(QStringLiteral("duration_s")).toDouble();
        measured = measureLoad(ctx, measuredCfg, leader);
        ran = true;
    });
    if (*cancelled) {
        return rec;
    }
    // The level as a metric, so that plots and analysis can use it as x.
    if (open) {
        rec.measurements.append({ QStringLiteral("rate"), rate, QStringLiteral("1/s") });
    } else {
        rec.measurements.append({ QStringLiteral("concurrency"), double(connections), QStringLiteral("count") });
    }
    finishLoadRun(ctx, rec, held, ran ? &measured : nullptr);
    return rec;
}

} // namespace rb
