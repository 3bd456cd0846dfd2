// SPDX-License-Identifier: GPL-3.0-or-later
// cpu-scaling: c copies of a CPU workload started at once: makespan and throughput. Parallel efficiency,
// throughput(c) / (c × throughput(1)), compares levels, so it is computed at analysis time, not per run
// (docs/results-format.md).
#include "engine/scenario.h"
#include "liveinstancesink.h"
#include "stats/descriptive.h"

#include <algorithm>
#include <latch>
#include <thread>
#include <vector>

namespace rb {

namespace {

struct Copy
{
    ProcessOutcome out;
    std::int64_t startNs = 0; ///< when it left the start latch, CLOCK_MONOTONIC
    std::int64_t endNs = 0; ///< when runProcess returned, CLOCK_MONOTONIC
    QString error; ///< why this copy failed (empty when it exited 0 with the expected output)
};

QString copyError(const ScenarioContext& ctx, const ProcessRequest& req, const ProcessOutcome& out)
{
    if (!out.succeeded()) {
        return withStderr(out.describe(req.timeout), out.stderrData);
    }
    return ctx.workload().checkOutput(ctx.run().workload.args, out.stdoutData);
}

} // namespace

RunRecord runCpuScaling(const ScenarioContext& ctx, bool* cancelled)
{
    RunRecord rec = ctx.newRecord();
    const int c = ctx.param(QStringLiteral("copies")).toInt();
    std::vector<Copy> copies(static_cast<std::size_t>(c));
    std::vector<ProcessRequest> requests;
    for (int i = 0; i < c; ++i) {
        requests.push_back(ctx.request(i)); // built before the start: the runner's lock is not part of the timing
    }
    std::latch start(c + 1);
    std::int64_t t0 = 0;
    LiveInstanceSink live(ctx);
    {
        std::vector<std::jthread> threads;
        for (int i = 0; i < c; ++i) {
            threads.emplace_back([&, i] {
                Copy& copy = copies[std::size_t(i)];
                start.arrive_and_wait();
                copy.startNs = monotonicNs();
                copy.out = runProcess(requests[std::size_t(i)], &ctx.cancel());
                copy.endNs = monotonicNs();
                live.push(i, copy.startNs, copy.out.wallMs); // shown as each copy ends: its copy_wall_ms point
            });
        }
        start.arrive_and_wait();
        t0 = monotonicNs();
    }
    // The makespan starts when the first copy left the latch (the main thread may be scheduled after them).
    for (const Copy& copy : copies) {
        t0 = std::min(t0, copy.startNs);
    }
    std::int64_t endNs = t0;
    for (int i = 0; i < c; ++i) {
        ctx.cleanup(i);
        endNs = std::max(endNs, copies[std::size_t(i)].endNs);
        // Checked after the last copy ended: verifying a digest costs CPU that is not the workload's.
        copies[std::size_t(i)].error = copyError(ctx, requests[std::size_t(i)], copies[std::size_t(i)].out);
    }
    const double makespanMs = double(endNs - t0) / 1e6;
    *cancelled = ctx.cancel().load();

    std::vector<double> walls;
    for (int i = 0; i < c; ++i) {
        const Copy& copy = copies[std::size_t(i)];
        walls.push_back(copy.out.wallMs);
        rec.series.append({ double(copy.startNs - t0) / 1e6, QStringLiteral("copy_wall_ms"), copy.out.wallMs });
        if (!copy.error.isEmpty() && rec.error.isEmpty()) {
            rec.error = QStringLiteral("copy %1: ").arg(i) + copy.error;
            rec.exitCode = copy.out.end == ProcessOutcome::End::Exited ? copy.out.exitCode : -1;
        }
    }
    const QString ms = QStringLiteral("ms");
    rec.measurements.append({ QStringLiteral("copies"), double(c), QStringLiteral("count") });
    rec.measurements.append({ QStringLiteral("makespan_ms"), makespanMs, ms });
    rec.measurements.append({ QStringLiteral("copy_wall_mean_ms"), stats::mean(walls), ms });
    rec.measurements.append({ QStringLiteral("copy_wall_max_ms"), *std::max_element(walls.begin(), walls.end()), ms });
    rec.measurements.append(
        { QStringLiteral("throughput_per_s"), makespanMs > 0 ? c / (makespanMs / 1e3) : 0.0, QStringLiteral("1/s") });
    if (rec.error.isEmpty()) {
        rec.ok = true;
        rec.exitCode = 0;
    }
    return rec;
}

} // namespace rb
