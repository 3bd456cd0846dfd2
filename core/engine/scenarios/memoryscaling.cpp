// SPDX-License-Identifier: GPL-3.0-or-later
// memory-scaling: k instances of a server running at once; RSS/PSS/USS of all their processes (and the container
// daemons' when asked) per instance, and instances per GiB (docs/results-format.md).
#include "engine/scenario.h"
#include "liveinstancesink.h"
#include "measure/procfs.h"
#include "measure/readyrun.h"

#include <QJsonValue>
#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace rb {

namespace {

constexpr auto kPoll = std::chrono::milliseconds(20); ///< how often waits look at the cancel flag

/// What the instance threads and the measuring thread share: each instance reports its leader pid when ready,
/// then holds until `release`.
struct Gate
{
    std::mutex mutex;
    std::condition_variable cv;
    int ready = 0;
    int failed = 0; ///< finished without becoming ready
    bool release = false;
};

struct Instance
{
    pid_t leader = 0;
    ReadyOutcome out;
};

void runInstance(const ScenarioContext& ctx, int i, Gate& gate, Instance& inst)
{
    quint16 port = 0;
    const ProcessRequest req = ctx.request(i, ctx.serverArgs(&port));
    inst.out = runUntilReady(req, ctx.httpReady(port, QStringLiteral("/")), std::chrono::milliseconds(2000),
        &ctx.cancel(), [&](pid_t leader) {
            std::unique_lock lock(gate.mutex);
            inst.leader = leader;
            ++gate.ready;
            gate.cv.notify_all();
            while (!gate.release && !ctx.cancel().load()) {
                gate.cv.wait_for(lock, kPoll);
            }
        });
    ctx.cleanup(i);
    std::lock_guard lock(gate.mutex);
    if (!inst.out.ready) {
        ++gate.failed;
        gate.cv.notify_all();
    }
}

/// Memory of one set of process trees, read now. Leaders are runbench-spawn helpers: their children are the
/// instance (the helper is measurement machinery, ~280 KiB, and not counted).
ResourceSample sampleTrees(const std::vector<pid_t>& roots, bool skipRoots)
{
    std::vector<pid_t> pids = roots;
    if (skipRoots) {
        pids.clear();
        for (pid_t p : ResourceSampler::tree(roots)) {
            if (std::find(roots.begin(), roots.end(), p) == roots.end()) {
                pids.push_back(p);
            }
        }
    }
    ResourceSamplerOptions o;
    o.roots = pids;
    o.perfCounters = false;
    o.procEvents = false;
    ResourceSampler sampler(o);
    return pids.empty() ? ResourceSample {} : sampler.sampleNow();
}

void addKb(QList<Measurement>& into, const QString& metric, double kb)
{
    into.append({ metric, kb, QStringLiteral("KiB") });
}

/// Reads every instance's memory (and the daemons' when asked) into rec; false with rec.error when unreadable.
bool measure(const ScenarioContext& ctx, const std::vector<Instance>& insts, std::int64_t t0, RunRecord& rec)
{
    const double k = double(insts.size());
    qint64 rss = 0, pss = 0, uss = 0;
    LiveInstanceSink live(ctx);
    for (std::size_t i = 0; i < insts.size(); ++i) {
        const ResourceSample s = sampleTrees({ insts[i].leader }, true);
        if (s.processes == 0 || s.pssKb < 0) {
            rec.error = QStringLiteral("instance %1: no process or no smaps_rollup to read").arg(i);
            return false;
        }
        rss += s.rssKb;
        pss += s.pssKb;
        uss += s.ussKb;
        rec.series.append({ double(s.tNs - t0) / 1e6, QStringLiteral("instance_pss_kb"), double(s.pssKb) });
        live.push(int(i), s.tNs, double(s.pssKb));
    }
    rec.measurements.append({ QStringLiteral("instances"), k, QStringLiteral("count") });
    addKb(rec.measurements, QStringLiteral("rss_kb_total"), double(rss));
    addKb(rec.measurements, QStringLiteral("pss_kb_total"), double(pss));
    addKb(rec.measurements, QStringLiteral("uss_kb_total"), double(uss));
    addKb(rec.measurements, QStringLiteral("rss_kb_per_instance"), double(rss) / k);
    addKb(rec.measurements, QStringLiteral("pss_kb_per_instance"), double(pss) / k);
    addKb(rec.measurements, QStringLiteral("uss_kb_per_instance"), double(uss) / k);
    double perInstance = double(pss) / k;
    if (ctx.param(QStringLiteral("account_daemons")).toBool()) {
        // The runner's daemon side (a private daemon's own processes only): Faasm's method.
        const DaemonMemory d = ctx.daemonMemory();
        const double daemonPss = double(d.daemons.pssKb);
        addKb(rec.measurements, QStringLiteral("daemon_rss_kb"), double(d.daemons.rssKb));
        addKb(rec.measurements, QStringLiteral("daemon_pss_kb"), daemonPss);
        addKb(rec.measurements, QStringLiteral("daemon_uss_kb"), double(d.daemons.ussKb));
        rec.measurements.append(
            { QStringLiteral("daemon_processes"), double(d.daemons.pids.size()), QStringLiteral("count") });
        perInstance = (double(pss) + daemonPss) / k; // the daemons' fixed cost shared by the k instances
    }
    rec.measurements.append({ QStringLiteral("instances_per_gib"), perInstance > 0 ? 1048576.0 / perInstance : 0.0,
        QStringLiteral("count") });
    return true;
}

/// Waits until every instance is ready or one failed (or cancel), then `settle`; true when all are ready.
bool waitAllReady(const ScenarioContext& ctx, Gate& gate, int k, std::chrono::milliseconds settle)
{
    std::unique_lock lock(gate.mutex);
    while (gate.ready < k && gate.failed == 0 && !ctx.cancel().load()) {
        gate.cv.wait_for(lock, kPoll);
    }
    if (gate.failed > 0 || ctx.cancel().load()) {
        return false;
    }
    const auto until = std::chrono::steady_clock::now() + settle;
    while (std::chrono::steady_clock::now() < until && gate.failed == 0 && !ctx.cancel().load()) {
        gate.cv.wait_until(lock, std::min(until, std::chrono::steady_clock::now() + kPoll));
    }
    return gate.failed == 0 && !ctx.cancel().load();
}

} // namespace

RunRecord runMemoryScaling(const ScenarioContext& ctx, bool* cancelled)
{
    RunRecord rec = ctx.newRecord();
    const int k = ctx.param(QStringLiteral("instances")).toInt();
    const auto settle = std::chrono::milliseconds(ctx.param(QStringLiteral("settle_ms")).toInt());
    std::vector<Instance> insts(static_cast<std::size_t>(k));
    Gate gate;
    const std::int64_t t0 = monotonicNs();
    bool measured = false;
    {
        std::vector<std::jthread> threads;
        for (int i = 0; i < k; ++i) {
            threads.emplace_back([&, i] { runInstance(ctx, i, gate, insts[std::size_t(i)]); });
        }
        if (waitAllReady(ctx, gate, k, settle)) {
            measured = measure(ctx, insts, t0, rec);
        }
        std::lock_guard lock(gate.mutex);
        gate.release = true;
        gate.cv.notify_all();
    } // joins: every instance is stopped and cleaned up
    *cancelled = ctx.cancel().load();
    double readyMax = 0;
    for (int i = 0; i < k; ++i) {
        const ReadyOutcome& o = insts[std::size_t(i)].out;
        if (!o.ready || o.exitedWhileHeld) {
            if (rec.error.isEmpty()) {
                const QString why =
                    o.ready ? QStringLiteral("exited while held: ") + o.process.describe(ctx.timeout()) : o.failure;
                rec.error = QStringLiteral("instance %1: ").arg(i) + why;
            }
            continue;
        }
        readyMax = std::max(readyMax, o.readyMs);
    }
    if (rec.error.isEmpty() && measured) {
        rec.measurements.append({ QStringLiteral("ready_ms_max"), readyMax, QStringLiteral("ms") });
        rec.ok = true;
        rec.exitCode = 0;
    }
    return rec;
}

} // namespace rb
