// SPDX-License-Identifier: GPL-3.0-or-later
#include "experimentrunner.h"

#include "cachedirs.h"
#include "controlchannel.h"
#include "daemonmetrics.h"
#include "environment.h"
#include "measure/processlauncher.h"
#include "resultwriter.h"
#include "runbench_config.h"
#include "runner/daemonsupervisor.h"
#include "scenario.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>
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
        { QStringLiteral("fingerprint"), environment },
        { QStringLiteral("host"), m_host.toJson() },
        { QStringLiteral("runtimes"), runtimes },
    };
}

RunRecord ExperimentRunner::measure(const RunSpec& run, const WorkloadDef& def, const PrepareResult& prepared,
    Runner& runner, const std::atomic<bool>& cancel, bool* cancelled)
{
    *cancelled = false;
    const ScenarioFunction fn = scenarioFunction(run.scenario.kind);
    if (!fn) {
        RunRecord rec;
        rec.spec = run;
        rec.startedUtc = QDateTime::currentDateTimeUtc();
        rec.error = QStringLiteral("unknown scenario kind %1").arg(run.scenario.kind);
        return rec;
    }
    // "full" cold starts prepare again from nothing: the runner's prepare runs with the artefact cache pointed
    // at a new empty folder (RUNBENCH_CACHE_DIR, read by artefactcache::root() at prepare time; no other engine
    // thread runs meanwhile). The run itself starts the cached artefact, which has the same content.
    auto reprepare = [&runner, &def] {
        QTemporaryDir fresh;
        const QByteArray saved = qgetenv("RUNBENCH_CACHE_DIR");
        const bool had = qEnvironmentVariableIsSet("RUNBENCH_CACHE_DIR");
        qputenv("RUNBENCH_CACHE_DIR", fresh.path().toUtf8());
        const PrepareResult r = runner.prepare(def);
        had ? qputenv("RUNBENCH_CACHE_DIR", saved) : qunsetenv("RUNBENCH_CACHE_DIR");
        return r;
    };
    auto daemons = [this, &runner] { return accountDaemonMemory(daemonScope(*m_inst, runner), {}); };
    ScenarioContext ctx(run, def, prepared, runner, std::chrono::milliseconds(qint64(m_plan.spec().timeoutS * 1000.0)),
        cancel, reprepare, daemons);
    ctx.setLive(m_live);
    ctx.setLink(m_link);
    RunRecord rec = fn(ctx, cancelled);
    if (m_host.role == HostAssignment::Role::Loadgen) {
        return rec; // no runtime here: no daemons to account for
    }
    if (std::isnan(rec.value(QStringLiteral("daemon_pss_kb")))) { // memory-scaling records its own
        rec.measurements += daemonMeasurements(*m_inst, runner);
    }
    return rec;
}

bool ExperimentRunner::switchFactors(
    const QJsonObject& params, QString* error, const std::function<void(const QString&)>& log)
{
    for (const UserFactor& f : m_plan.spec().factors) {
        const QString want = params.value(f.name).toString();
        const QString have = m_activeFactors.value(f.name);
        if (want == have) {
            continue;
        }
        auto levelOf = [&f](const QString& name) {
            for (const UserFactorLevel& l : f.levels) {
                if (l.name == name) {
                    return l;
                }
            }
            return UserFactorLevel {};
        };
        auto runAll = [&](const QList<QStringList>& cmds, const QString& what) {
            for (const QStringList& c : cmds) {
                const ProcessOutcome o = runCommand(c, std::chrono::seconds(120));
                log(QStringLiteral("%1: %2 → %3")
                        .arg(what, c.join(QLatin1Char(' ')),
                            o.succeeded() ? QStringLiteral("ok") : o.describe(std::chrono::seconds(120))));
                if (!o.succeeded()) {
                    *error = QStringLiteral("%1 failed: %2: %3")
                                 .arg(what, c.join(QLatin1Char(' ')), o.describe(std::chrono::seconds(120)));
                    const QString e = firstLine(o.stderrData);
                    if (!e.isEmpty()) {
                        *error += QStringLiteral("; stderr: ") + e;
                    }
                    return false;
                }
            }
            return true;
        };
        m_activeFactors.remove(f.name);
        if (!have.isEmpty()
            && !runAll(levelOf(have).teardown, QStringLiteral("factor %1=%2 teardown").arg(f.name, have))) {
            return false;
        }
        if (!want.isEmpty()) {
            if (!runAll(levelOf(want).setup, QStringLiteral("factor %1=%2 setup").arg(f.name, want))) {
                return false;
            }
            m_activeFactors.insert(f.name, want);
        }
    }
    return true;
}

namespace {

/// Blocks while `pause` is set (checked every 20 ms), unless cancel is set; tells the observer.
void waitWhilePaused(const ExperimentRunner::Observer& obs, const std::atomic<bool>& cancel)
{
    if (!obs.pause || !obs.pause->load() || cancel.load()) {
        return;
    }
    if (obs.pausedChanged) {
        obs.pausedChanged(true);
    }
    while (obs.pause->load() && !cancel.load()) {
        QThread::msleep(20);
    }
    if (obs.pausedChanged) {
        obs.pausedChanged(false);
    }
}

// What a configuration ran, for the record: the workload file and its SHA-256, the artefact made from it (AOT
// module, bundle, image tag), whether it came from the cache, and how long preparing took.
QJsonObject artefactJson(const WorkloadDef& def, const Runner& runner, const PrepareResult& p)
{
    const QString source = def.path(runner.build());
    QFile f(source);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    const bool read = f.open(QIODevice::ReadOnly) && sha.addData(&f);
    return QJsonObject { { QStringLiteral("workload_file"), source },
        { QStringLiteral("workload_sha256"), read ? QString::fromLatin1(sha.result().toHex()) : QString() },
        { QStringLiteral("artefact"), p.artefact }, { QStringLiteral("cached"), p.cached },
        { QStringLiteral("prepare_ms"), p.prepareMs } };
}

} // namespace

ExperimentSummary ExperimentRunner::run(ResultWriter& writer, const std::atomic<bool>& cancel, const Observer& obs)
{
    ExperimentSummary sum;
    sum.planned = int(m_plan.runs().size());
    m_live = obs.live;
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
    QJsonObject artefacts; // runtime → workload label → what ran: experiment.json "artefacts"
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
        } else if (m_host.role == HostAssignment::Role::Loadgen) {
            p.runner = e->runner.get(); // the SUT host runs it: nothing to prepare here
            p.def = *def;
            p.result.ok = true;
            prepared.insert(key, p);
            continue;
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
        } else {
            QJsonObject perRuntime = artefacts.value(c.runtime).toObject();
            perRuntime.insert(c.workload.label(), artefactJson(*def, *p.runner, p.result));
            artefacts.insert(c.runtime, perRuntime);
        }
        prepared.insert(key, p);
    }

    QString annotateError;
    if (!writer.annotate(QStringLiteral("artefacts"), artefacts, &annotateError)) {
        log(annotateError);
    }
    // Multi-host: the control channel (docs/multi-host.md). The SUT listens; the load generator connects per run.
    const bool loadgen = m_host.role == HostAssignment::Role::Loadgen;
    HostLink link;
    link.role = m_host.role;
    link.sutAddress = m_host.sutAddress;
    std::unique_ptr<ControlServer> server;
    std::unique_ptr<ControlClient> client;
    if (m_host.role == HostAssignment::Role::Sut) {
        server = std::make_unique<ControlServer>(m_host.controlPort, specSha256(m_plan.spec()));
        QString listenError;
        if (!server->listen(&listenError)) {
            log(listenError); // every load run then fails with "not listening"
        }
        link.server = server.get();
    } else if (loadgen) {
        QStringList loadRuns;
        for (const RunSpec& r : m_plan.runs()) {
            if (isLoadScenario(r.scenario.kind)) {
                loadRuns << r.runId;
            }
        }
        sum.planned = int(loadRuns.size());
        client = std::make_unique<ControlClient>(
            m_host.sutAddress, m_host.controlPort, specSha256(m_plan.spec()), m_host.hostId, loadRuns);
        link.client = client.get();
    }
    m_link = m_host.role == HostAssignment::Role::Both ? nullptr : &link;
    const std::chrono::milliseconds runTimeout(qint64(m_plan.spec().timeoutS * 1000.0));
    int sutRunsSinceLoad = 0; // the SUT runs these before it can offer the next load run
    const int total = sum.planned;
    for (const RunSpec& run : m_plan.runs()) {
        if (loadgen && !isLoadScenario(run.scenario.kind)) {
            ++sutRunsSinceLoad;
            continue; // the SUT host runs it alone
        }
        link.offerWait = runTimeout * (sutRunsSinceLoad + 2);
        sutRunsSinceLoad = 0;
        if (!writer.completedRunIds().contains(run.runId)) {
            waitWhilePaused(obs, cancel);
        }
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
        QString factorError;
        if (!loadgen && !switchFactors(run.scenario.params, &factorError, log)) { // factors configure the SUT
            // The runs of this level cannot be measured as specified: record the reason, go on.
            RunRecord failed;
            failed.spec = run;
            failed.startedUtc = QDateTime::currentDateTimeUtc();
            failed.error = factorError;
            QString err;
            if (!writer.append(failed, &err)) {
                sum.status = QStringLiteral("error");
                sum.error = err;
                break;
            }
            ++sum.finished;
            ++sum.failed;
            sum.reasons[factorError]++;
            if (obs.runFinished) {
                obs.runFinished(failed);
            }
            continue;
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
    if (server) {
        server->end();
    }
    m_link = nullptr;
    m_caches.clear();
    QString teardownError;
    if (!switchFactors({}, &teardownError, log)) { // tear down the levels still set up
        log(teardownError);
    }
    if (sum.status.isEmpty()) {
        sum.status = (sum.failed || sum.skipped) ? QStringLiteral("partial") : QStringLiteral("complete");
    }
    return sum;
}

} // namespace rb
