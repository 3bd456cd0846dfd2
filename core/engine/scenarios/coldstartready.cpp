// SPDX-License-Identifier: GPL-3.0-or-later
// cold-start-ready: launch of a server → its first HTTP 200, in phases (docs/experiments.md).
#include "engine/scenario.h"
#include "measure/readyrun.h"

#include <QElapsedTimer>

namespace rb {

RunRecord runColdStartReady(const ScenarioContext& ctx, bool* cancelled)
{
    RunRecord rec = ctx.newRecord();
    // "full" cold: the prepare step (image import, bundle, AOT compilation) runs again, timed as its own phase.
    double prepareMs = -1;
    if (ctx.param(QStringLiteral("cold")).toString() == QLatin1String("full")) {
        QElapsedTimer t;
        t.start();
        const PrepareResult p = ctx.reprepare();
        prepareMs = double(t.nsecsElapsed()) / 1e6;
        if (!p.ok) {
            rec.error = QStringLiteral("prepare failed: ") + p.error;
            return rec;
        }
        if (p.cached) {
            // Container images live in the engine, not in the artefact cache: a reused image is not a full
            // cold start, and its "prepare time" would be a lie.
            rec.error = QStringLiteral("full cold start not supported by %1: its prepare step reused the artefact it "
                                       "keeps itself (%2)")
                            .arg(ctx.run().runtime, p.artefact);
            return rec;
        }
    }
    quint16 port = 0;
    const QStringList args = ctx.serverArgs(&port);
    const ProcessRequest req = ctx.request(0, args);
    ResourceSample atReady;
    const std::int64_t t0 = monotonicNs();
    const ReadyOutcome out = runUntilReady(req, ctx.httpReady(port, ctx.param(QStringLiteral("path")).toString()),
        std::chrono::milliseconds(2000), &ctx.cancel(), [&](pid_t leader) {
            // Memory of the whole tree the moment it answers: its footprint when ready.
            ResourceSamplerOptions o;
            o.roots = { leader };
            o.perfCounters = false;
            o.procEvents = false;
            ResourceSampler sampler(o);
            atReady = sampler.sampleNow();
        });
    ctx.cleanup(0);
    *cancelled = ctx.cancel().load() && !out.ready;
    rec.exitCode = out.process.end == ProcessOutcome::End::Exited ? out.process.exitCode : -1;
    if (out.forkNs > 0) {
        rec.measurements.append({ QStringLiteral("spawn_ms"), double(out.forkNs - t0) / 1e6, QStringLiteral("ms") });
    }
    for (const auto& [phase, ms] : out.phases) {
        if (phase == QLatin1String("tcp")) {
            rec.measurements.append({ QStringLiteral("listening_ms"), ms, QStringLiteral("ms") });
        } else if (phase == QLatin1String("http")) {
            rec.measurements.append({ QStringLiteral("first_200_ms"), ms, QStringLiteral("ms") });
        }
    }
    if (prepareMs >= 0) {
        rec.measurements.append({ QStringLiteral("prepare_ms"), prepareMs, QStringLiteral("ms") });
        if (out.ready) {
            rec.measurements.append({ QStringLiteral("full_cold_ms"), prepareMs + out.readyMs, QStringLiteral("ms") });
        }
    }
    if (out.ready) {
        rec.measurements.append({ QStringLiteral("rss_at_ready_kb"), double(atReady.rssKb), QStringLiteral("KiB") });
        if (atReady.pssKb >= 0) {
            rec.measurements.append(
                { QStringLiteral("pss_at_ready_kb"), double(atReady.pssKb), QStringLiteral("KiB") });
        }
    }
    if (!out.ready) {
        rec.error = withStderr(out.failure, out.process.stderrData);
        return rec;
    }
    rec.ok = !out.exitedWhileHeld;
    if (!rec.ok) {
        rec.error = QStringLiteral("exited right after it answered: ") + out.process.describe(req.timeout);
    }
    return rec;
}

} // namespace rb
