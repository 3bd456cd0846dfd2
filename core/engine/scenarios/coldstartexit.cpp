// SPDX-License-Identifier: GPL-3.0-or-later
// cold-start-exit: launch → exit of a workload that exits, output checked (docs/experiments.md).
#include "engine/scenario.h"

namespace rb {

RunRecord runColdStartExit(const ScenarioContext& ctx, bool* cancelled)
{
    RunRecord rec = ctx.newRecord();
    const ProcessRequest req = ctx.request(0);
    const ProcessOutcome out = runProcess(req, &ctx.cancel());
    ctx.cleanup(0);
    *cancelled = out.end == ProcessOutcome::End::Cancelled;
    rec.exitCode = out.end == ProcessOutcome::End::Exited ? out.exitCode : -1;
    if (out.end == ProcessOutcome::End::SpawnFailed) {
        rec.error = out.describe(req.timeout);
        return rec;
    }
    rec.measurements = { { QStringLiteral("wall_ms"), out.wallMs, QStringLiteral("ms") } };
    // A process killed on timeout or cancel was never waited for: it has a wall time but no rusage.
    if (out.end != ProcessOutcome::End::TimedOut && out.end != ProcessOutcome::End::Cancelled) {
        addRusage(rec.measurements, out);
    }
    if (!out.succeeded()) {
        rec.error = withStderr(out.describe(req.timeout), out.stderrData);
        return rec;
    }
    rec.error = ctx.workload().checkOutput(ctx.run().workload.args, out.stdoutData);
    rec.ok = rec.error.isEmpty();
    return rec;
}

} // namespace rb
