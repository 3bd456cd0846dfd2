// SPDX-License-Identifier: GPL-3.0-or-later
// density: N instances of an exiting workload, at most M running at once: tasks/s and the distribution of cold
// starts under concurrency (docs/results-format.md).
#include "engine/scenario.h"
#include "liveinstancesink.h"
#include "stats/descriptive.h"

#include <QHash>
#include <algorithm>
#include <thread>
#include <vector>

namespace rb {

namespace {

struct Instance
{
    bool ran = false; ///< a worker took it (cancel can leave instances untaken)
    bool ok = false;
    std::int64_t startNs = 0; ///< just before its launch, CLOCK_MONOTONIC
    double wallMs = 0;
    int exitCode = -1;
    QString error;
    QByteArray stdoutData; ///< checked after the makespan: verifying output is not the workload's cost
};

Instance runInstance(const ScenarioContext& ctx, int i)
{
    Instance r;
    r.ran = true;
    r.startNs = monotonicNs();
    const ProcessRequest req = ctx.request(i);
    const ProcessOutcome out = runProcess(req, &ctx.cancel());
    ctx.cleanup(i);
    r.wallMs = out.wallMs;
    r.exitCode = out.end == ProcessOutcome::End::Exited ? out.exitCode : -1;
    if (!out.succeeded()) {
        r.error = withStderr(out.describe(req.timeout), out.stderrData);
        return r;
    }
    r.ok = true;
    r.stdoutData = out.stdoutData;
    return r;
}

void addWallStats(QList<Measurement>& into, std::vector<double> walls)
{
    if (walls.empty()) {
        return;
    }
    std::sort(walls.begin(), walls.end());
    const QString ms = QStringLiteral("ms");
    into.append({ QStringLiteral("instance_wall_p50_ms"), stats::quantileSorted(walls, 0.5), ms });
    into.append({ QStringLiteral("instance_wall_p90_ms"), stats::quantileSorted(walls, 0.9), ms });
    into.append({ QStringLiteral("instance_wall_p99_ms"), stats::quantileSorted(walls, 0.99), ms });
    into.append({ QStringLiteral("instance_wall_max_ms"), walls.back(), ms });
}

} // namespace

RunRecord runDensity(const ScenarioContext& ctx, bool* cancelled)
{
    RunRecord rec = ctx.newRecord();
    const int n = ctx.param(QStringLiteral("instances")).toInt();
    const int m = std::clamp(ctx.param(QStringLiteral("max_parallel")).toInt(), 1, n);
    std::vector<Instance> results(std::size_t(n), Instance {});
    std::atomic<int> next { 0 };
    LiveInstanceSink live(ctx);
    const std::int64_t t0 = monotonicNs();
    {
        // Each worker takes the next instance number until none is left or cancel is set; an instance in flight
        // gets the cancel flag itself (runProcess kills it). Each instance is shown live as soon as it ended.
        std::vector<std::jthread> workers;
        workers.reserve(std::size_t(m));
        for (int w = 0; w < m; ++w) {
            workers.emplace_back([&] {
                for (int i = next++; i < n && !ctx.cancel().load(); i = next++) {
                    const Instance& r = results[std::size_t(i)] = runInstance(ctx, i);
                    live.push(i, r.startNs, r.wallMs); // the values of its instance_wall_ms point below
                }
            });
        }
    }
    const double makespanMs = double(monotonicNs() - t0) / 1e6;
    *cancelled = ctx.cancel().load();
    if (*cancelled) {
        return rec; // not recorded: do not spend seconds checking outputs
    }
    // Every instance has the same arguments: check each distinct output once (cpu-hash recomputes its chain).
    QHash<QByteArray, QString> verdicts;
    for (Instance& r : results) {
        if (r.ok) {
            auto v = verdicts.constFind(r.stdoutData);
            if (v == verdicts.cend()) {
                v = verdicts.insert(r.stdoutData, ctx.workload().checkOutput(ctx.run().workload.args, r.stdoutData));
            }
            r.error = v.value();
            r.ok = r.error.isEmpty();
            r.stdoutData.clear();
        }
    }

    std::vector<double> walls;
    int failed = 0;
    const Instance* firstFailed = nullptr;
    for (int i = 0; i < n; ++i) {
        const Instance& r = results[std::size_t(i)];
        if (!r.ran) {
            ++failed;
            continue;
        }
        walls.push_back(r.wallMs);
        rec.series.append({ double(r.startNs - t0) / 1e6, QStringLiteral("instance_wall_ms"), r.wallMs });
        if (!r.ok) {
            ++failed;
            if (!firstFailed) {
                firstFailed = &r;
                rec.error = QStringLiteral("instance %1: ").arg(i) + r.error;
            }
        }
    }
    rec.measurements.append({ QStringLiteral("instances"), double(n), QStringLiteral("count") });
    rec.measurements.append({ QStringLiteral("makespan_ms"), makespanMs, QStringLiteral("ms") });
    rec.measurements.append(
        { QStringLiteral("tasks_per_s"), makespanMs > 0 ? n / (makespanMs / 1e3) : 0.0, QStringLiteral("1/s") });
    addWallStats(rec.measurements, walls);
    rec.measurements.append({ QStringLiteral("failed_instances"), double(failed), QStringLiteral("count") });
    if (firstFailed) {
        rec.exitCode = firstFailed->exitCode;
        rec.error = QStringLiteral("%1 of %2 instances failed; first: ").arg(failed).arg(n) + rec.error;
        return rec;
    }
    if (failed > 0) {
        rec.error = QStringLiteral("%1 of %2 instances not started (cancelled)").arg(failed).arg(n);
        return rec;
    }
    rec.exitCode = 0;
    rec.ok = true;
    return rec;
}

} // namespace rb
