// SPDX-License-Identifier: GPL-3.0-or-later
// warm-latency: one running instance, warm-up requests (discarded), then a measured load with the target's CPU and
// memory sampled meanwhile (docs/results-format.md).
#include "engine/scenarios/loadsupport.h"

#include <algorithm>

namespace rb {

RunRecord runWarmLatency(const ScenarioContext& ctx, bool* cancelled)
{
    RunRecord rec = ctx.newRecord();
    MeasuredLoad measured;
    bool ran = false;
    const bool held = holdServer(ctx, rec, cancelled, [&](pid_t leader, quint16 port) {
        LoadConfig cfg = scenarioLoadConfig(ctx, port);
        cfg.connections = std::max(1, ctx.param(QStringLiteral("concurrency")).toInt(4));
        const qint64 warmup = ctx.param(QStringLiteral("warmup_requests")).toInteger();
        if (warmup > 0) {
            LoadConfig w = cfg;
            w.threads = std::min(w.threads, w.connections);
            w.requestCount = warmup;
            runHttpLoad(w, &ctx.cancel());
        }
        if (ctx.cancel().load()) {
            return;
        }
        // requests > 0 bounds the run by count; otherwise duration_s does (the spec parser demands one of them).
        const qint64 requests = ctx.param(QStringLiteral("requests")).toInteger();
        if (requests > 0) {
            cfg.requestCount = requests;
        } else {
            cfg.durationS = ctx.param(QStringLiteral("duration_s")).toDouble();
        }
        const double rate = ctx.param(QStringLiteral("rate")).toDouble();
        if (rate > 0) {
            cfg.rate = rate;
        }
        measured = measureLoad(ctx, cfg, leader);
        ran = true;
    });
    if (!*cancelled) {
        finishLoadRun(ctx, rec, held, ran ? &measured : nullptr);
    }
    return rec;
}

} // namespace rb
