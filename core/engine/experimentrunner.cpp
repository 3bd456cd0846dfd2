// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentrunner.h"

#include "cachedirs.h"
#include "daemonmetrics.h"
#include "environment.h"
#include "measure/processlauncher.h"
#include "resultwriter.h"
#include "runbench_config.h"
#include "runner/daemonsupervisor.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QThread>

namespace rb {

QJsonObject ExperimentSummary::toJson() const
{
    QJsonObject r;
    for (auto it = reasons.begin(); it != reasons.end(); ++it) {
        r.insert(it.key(), it.value());
    }
    return QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("planned"), planned },
        { QStringLiteral("already_done"), alreadyDone }, { QStringLiteral("finished"), finished },
        { QStringLiteral("failed"), failed }, { QStringLiteral("skipped"), skipped },
        { QStringLiteral("reasons"), r } };
}

ExperimentRunner::ExperimentRunner(ExperimentPlan plan, std::shared_ptr<const Installation> installation)
    : m_plan(std::move(plan))
    , m_inst(std::move(installation))
    , m_caches(m_plan.spec().cache)
{
}

QJsonObject ExperimentRunner::describe() const
{
    QJsonObject runtimes;
    for (const QString& id : m_plan.spec().runtimes) {
        const RunnerEntry* e = m_inst->registry.find(id);
        QJsonObject o;
        if (e) {
            o.insert(QStringLiteral("family"), e->runner->family());
            o.insert(QStringLiteral("name"), e->runner->displayName());
            o.insert(QStringLiteral("available"), e->probe.available);
            o.insert(QStringLiteral("version"), e->probe.version);
            o.insert(QStringLiteral("binary"), e->probe.binary);
            o.insert(QStringLiteral("reason"), e->probe.reason);
            QJsonArray daemons;
            for (const DaemonInfo& d : m_inst->daemonsOf(*e->runner)) {
                daemons.append(d.toJson());
            }
            if (!daemons.isEmpty()) {
                o.insert(QStringLiteral("daemons"), daemons);
            }
        }
        runtimes.insert(id, o);
    }
    QJsonObject environment = environmentFingerprint();
    if (m_inst->daemons) {
        QJsonArray daemons;
        for (const DaemonInfo& d : m_inst->daemons->daemons()) {
            daemons.append(d.toJson());
        }
        environment.insert(QStringLiteral("container_daemons"), daemons);
    }
    return QJsonObject {
        { QStringLiteral("format"), QStringLiteral("runbench-results") },
        { QStringLiteral("format_version"), resultformat::kVersion },
        { QStringLiteral("app_version"), QStringLiteral(RUNBENCH_VERSION) },
        { QStringLiteral("started_utc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("spec"), m_plan.spec().toJson() },
        { QStringLiteral("planned_runs"), int(m_plan.runs().size()) },
        { QStringLiteral("environment"), environment },
        { QStringLiteral("runtimes"), runtimes },
    };
}

RunRecord ExperimentRunner::measure(const RunSpec& run, const WorkloadDef& def, const PrepareResult& prepared,
    Runner& runner, const std::atomic<bool>& cancel, bool* cancelled)
{
    RunRecord rec;
    rec.spec = run;
    rec.startedUtc = QDateTime::currentDateTimeUtc();
    const LaunchSpec ls = runner.launch(prepared, run);
    ProcessRequest req;
    req.argv = ls.argv;
    req.workingDirectory = ls.workingDirectory;
    req.timeout = std::chrono::milliseconds(qint64(m_plan.spec().timeoutS * 1000.0));
    req.environment = environmentWith(ls.environmentOverrides);
    const ProcessOutcome out = runProcess(req, &cancel);
    runner.cleanup(run);
    *cancelled = out.end == ProcessOutcome::End::Cancelled;
    rec.exitCode = out.end == ProcessOutcome::End::Exited ? out.exitCode : -1;
    if (out.end == ProcessOutcome::End::SpawnFailed) {
        rec.error = out.describe(req.timeout);
        return rec;
    }
    rec.measurements = { { QStringLiteral("wall_ms"), out.wallMs, QStringLiteral("ms") } };
    // A process killed on timeout or cancel was never waited for: it has a wall time but no rusage.
    if (out.end != ProcessOutcome::End::TimedOut && out.end != ProcessOutcome::End::Cancelled) {
        rec.measurements += {
            { QStringLiteral("user_ms"), out.userMs, QStringLiteral("ms") },
            { QStringLiteral("sys_ms"), out.sysMs, QStringLiteral("ms") },
            { QStringLiteral("max_rss_kb"), double(out.maxRssKb), QStringLiteral("KiB") },
            { QStringLiteral("minor_faults"), double(out.minorFaults), QStringLiteral("count") },
            { QStringLiteral("major_faults"), double(out.majorFaults), QStringLiteral("count") },
            { QStringLiteral("ctx_switches_voluntary"), double(out.voluntaryCtxSwitches), QStringLiteral("count") },
            { QStringLiteral("ctx_switches_involuntary"), double(out.involuntaryCtxSwitches), QStringLiteral("count") },
        };
    }
    rec.measurements += daemonMeasurements(*m_inst, runner);
    if (!out.succeeded()) {
        rec.error = out.describe(req.timeout);
        const QString firstErr = firstLine(out.stderrData);
        if (!firstErr.isEmpty()) {
            rec.error += QStringLiteral("; stderr: ") + firstErr;
        }
        return rec;
    }
    rec.error = def.checkOutput(run.workload.args, out.stdoutData);
    rec.ok = rec.error.isEmpty();
    return rec;
}

ExperimentSummary ExperimentRunner::run(ResultWriter& writer, const std::atomic<bool>& cancel, const Observer& obs)
{
    ExperimentSummary sum;
    sum.planned = int(m_plan.runs().size());
    auto log = [&](const QString& m) {
        writer.log(m);
        if (obs.log) {
            obs.log(m);
        }
    };
    // Prepare each runtime × workload once; a failure skips its runs with the reason.
    struct Prepared
    {
        Runner* runner = nullptr;
        WorkloadDef def;
        PrepareResult result;
        QString skipReason;
    };
    QHash<QString, Prepared> prepared;
    for (const RunSpec& c : m_plan.configurations()) {
        const QString key = c.runtime + QLatin1Char('\x1f') + c.workload.label();
        if (prepared.contains(key)) {
            continue;
        }
        Prepared p;
        const RunnerEntry* e = m_inst->registry.find(c.runtime);
        const auto def = m_inst->workloads.find(c.workload.name);
        if (!e) {
            p.skipReason = QStringLiteral("unknown runtime %1").arg(c.runtime);
        } else if (!def) {
            p.skipReason = QStringLiteral("unknown workload %1").arg(c.workload.name);
        } else if (!e->runner->supports(*def)) {
            p.skipReason = QStringLiteral("%1 does not run %2: %3")
                               .arg(c.runtime, c.workload.name, e->runner->unsupportedReason(*def));
        } else if (!e->probe.available) {
            p.skipReason = QStringLiteral("%1 unavailable: %2").arg(c.runtime, e->probe.reason);
        } else {
            p.runner = e->runner.get();
            p.def = *def;
            p.result = p.runner->prepare(*def);
            if (!p.result.ok) {
                p.skipReason =
                    QStringLiteral("%1 cannot prepare %2: %3").arg(c.runtime, c.workload.name, p.result.error);
            }
        }
        if (!p.skipReason.isEmpty()) {
            log(p.skipReason);
        }
        prepared.insert(key, p);
    }

    const int total = sum.planned;
    for (const RunSpec& run : m_plan.runs()) {
        if (cancel.load()) {
            sum.status = QStringLiteral("cancelled");
            break;
        }
        if (writer.completedRunIds().contains(run.runId)) {
            ++sum.alreadyDone;
            continue;
        }
        const Prepared& p = prepared[run.runtime + QLatin1Char('\x1f') + run.workload.label()];
        if (!p.skipReason.isEmpty()) {
            ++sum.skipped;
            sum.reasons[p.skipReason]++;
            continue;
        }
        if (obs.runStarting) {
            obs.runStarting(run, run.index, total);
        }
        bool cancelled = false;
        RunSpec withCache = run;
        withCache.cacheDir = m_caches.dirFor(run.runtime);
        const RunRecord rec = measure(withCache, p.def, p.result, *p.runner, cancel, &cancelled);
        m_caches.runDone(withCache.cacheDir);
        if (cancelled) {
            log(QStringLiteral("cancelled during %1; that run is not recorded").arg(run.runId));
            sum.status = QStringLiteral("cancelled");
            break;
        }
        QString err;
        if (!writer.append(rec, &err)) {
            sum.status = QStringLiteral("error");
            sum.error = err;
            log(err);
            break;
        }
        ++sum.finished;
        if (!rec.ok) {
            ++sum.failed;
            sum.reasons[rec.error]++;
            log(QStringLiteral("run %1 failed: %2").arg(run.runId, rec.error));
        }
        if (obs.runFinished) {
            obs.runFinished(rec);
        }
        // Cool-down between runs, interruptible by cancel.
        for (double left = m_plan.spec().cooldownS * 1000.0; left > 0 && !cancel.load(); left -= 20.0) {
            QThread::msleep(ulong(std::min(left, 20.0)));
        }
    }
    m_caches.clear();
    if (sum.status.isEmpty()) {
        sum.status = (sum.failed || sum.skipped) ? QStringLiteral("partial") : QStringLiteral("complete");
    }
    return sum;
}

} // namespace rb
