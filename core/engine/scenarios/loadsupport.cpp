// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadsupport.h"

#include "engine/controlchannel.h"
#include "engine/linesocket.h"
#include "engine/livefeed.h"
#include "measure/readyrun.h"

#include <QDateTime>
#include <QUrl>
#include <algorithm>
#include <deque>

namespace rb {

namespace {

void add(RunRecord& rec, const char* metric, double value, const char* unit)
{
    rec.measurements.append({ QString::fromLatin1(metric), value, QString::fromLatin1(unit) });
}

/// CPU of the target over the load: the tree's CPU time between the first and last sample over the wall time
/// between them (% of one core), which is exact where a mean of 50 ms samples at 10 ms tick resolution is not.
double cpuPercentMean(const std::vector<ResourceSample>& s)
{
    if (s.size() < 2 || s.back().tNs <= s.front().tNs) {
        return -1;
    }
    return (s.back().cpuMs - s.front().cpuMs) * 1e6 / double(s.back().tNs - s.front().tNs) * 100.0;
}

/// The samples from `originNs` on, with the last one before it as the baseline (as a local load's sampler has).
std::vector<ResourceSample> samplesFrom(const std::vector<ResourceSample>& all, std::int64_t originNs)
{
    auto first = std::find_if(all.begin(), all.end(), [&](const ResourceSample& s) { return s.tNs >= originNs; });
    if (first != all.begin()) {
        --first;
    }
    return { first, all.end() };
}

/// The memory peaks of `samples` (what recordResources reads of ResourceSampler::peaks()).
ResourceSample peaksOf(const std::vector<ResourceSample>& samples)
{
    ResourceSample p;
    p.pssKb = -1;
    for (const ResourceSample& s : samples) {
        p.rssKb = std::max(p.rssKb, s.rssKb);
        p.pssKb = std::max(p.pssKb, s.pssKb);
    }
    return p;
}

/// requests_per_s per 100 ms bucket at the bucket's start; the last, partial bucket over its real width (dropped
/// when under 20 ms: too noisy).
void appendRateSeries(QList<SeriesPoint>& into, const LoadResult& r)
{
    const std::vector<qint64>& n = r.completionsPer100ms;
    for (std::size_t i = 0; i < n.size(); ++i) {
        const double startMs = double(i) * 100.0;
        const double widthMs = i + 1 < n.size() ? 100.0 : r.elapsedS * 1000.0 - startMs;
        if (widthMs >= 20.0) {
            into.append({ startMs, QStringLiteral("requests_per_s"), double(n[i]) * 1000.0 / widthMs });
        }
    }
}

/// Streams what a load measures to the live feed: the new closed 100 ms buckets, a latency snapshot, the
/// resource samples taken since the last call. Runs on the thread that called runHttpLoad.
class LiveLoadForwarder
{
public:
    LiveLoadForwarder(LiveFeed& feed, int runIndex, const LoadConfig& cfg, const ResourceSampler& sampler)
        : m_feed(feed)
        , m_run(runIndex)
        , m_requested(cfg.rate ? *cfg.rate : NAN)
        , m_sampler(sampler)
    {
    }
    void operator()(const LoadProgress& p)
    {
        const auto seconds = [this](std::int64_t ns) { return m_feed.secondsSinceOrigin(ns); };
        const std::vector<qint64>& ticks = *p.completionsPer100ms;
        // The last bucket of a finished load is partial; timeseries.csv has it over its real width, here it
        // is left out rather than drawn as a drop.
        const std::size_t closed = p.final && !ticks.empty() ? ticks.size() - 1 : ticks.size();
        for (; m_ticksSent < closed; ++m_ticksSent) {
            m_feed.rates.push(LiveRate { m_run, seconds(p.originNs + std::int64_t(m_ticksSent) * 100'000'000),
                double(ticks[m_ticksSent]) * 10.0, m_requested });
        }
        LiveLatency l;
        l.runIndex = m_run;
        l.tS = seconds(monotonicNs());
        l.count = p.latency->count();
        l.final = p.final;
        for (std::size_t i = 0; i < l.ms.size(); ++i) {
            l.ms[i] = double(p.latency->valueAtPercentile(LiveLatency::kPercentiles[i])) / 1e6;
        }
        if (l.count > 0) {
            m_feed.latency.push(l);
        }
        for (const ResourceSample& s : m_sampler.samplesAfter(m_lastSampleNs)) {
            m_lastSampleNs = s.tNs;
            m_feed.resources.push(LiveResource { m_run, seconds(s.tNs), smoothedCpu(s), double(s.rssKb) / 1024.0,
                s.pssKb >= 0 ? double(s.pssKb) / 1024.0 : NAN });
        }
    }

private:
    /// CPU % of one core over the last ~0.5 s: CPU time has 10 ms resolution, so over one 50 ms sample it can
    /// only read 0, 20, 40 … %. recordLoad's cpu_percent_mean is computed over the whole load, unaffected.
    double smoothedCpu(const ResourceSample& s)
    {
        m_cpuWindow.push_back({ s.tNs, s.cpuMs });
        while (m_cpuWindow.size() > 2 && s.tNs - m_cpuWindow[1].first >= 500'000'000) {
            m_cpuWindow.pop_front();
        }
        const auto& [t0, cpu0] = m_cpuWindow.front();
        return s.tNs > t0 ? (s.cpuMs - cpu0) * 1e6 / double(s.tNs - t0) * 100.0 : NAN;
    }

    std::deque<std::pair<std::int64_t, double>> m_cpuWindow;
    LiveFeed& m_feed;
    int m_run;
    double m_requested;
    const ResourceSampler& m_sampler;
    std::size_t m_ticksSent = 0;
    std::int64_t m_lastSampleNs = 0;
};

} // namespace

LoadConfig scenarioLoadConfig(const ScenarioContext& ctx, quint16 port)
{
    QString path = ctx.param(QStringLiteral("path")).toString(QStringLiteral("/"));
    if (!path.startsWith(QLatin1Char('/'))) {
        path.prepend(QLatin1Char('/'));
    }
    LoadConfig cfg;
    const HostLink* link = ctx.link();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(link && link->role == HostAssignment::Role::Loadgen ? link->sutAddress : QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(path);
    cfg.url = url;
    cfg.threads = std::max(1, ctx.param(QStringLiteral("threads")).toInt(1));
    return cfg;
}

MeasuredLoad measureLoad(const ScenarioContext& ctx, const LoadConfig& cfg, pid_t leader)
{
    LoadConfig c = cfg;
    c.threads = std::clamp(c.threads, 1, std::max(1, c.connections));
    ResourceSamplerOptions o;
    o.roots = { leader };
    o.perfCounters = false;
    ResourceSampler sampler(o);
    MeasuredLoad m;
    const bool sample = leader > 0; // no server on this host (--role loadgen): nothing to sample
    if (sample) {
        sampler.start();
    }
    m.originNs = monotonicNs(); // after the sampler's first sample: a baseline at t ≤ 0
    if (ctx.live()) {
        c.progress = LiveLoadForwarder(*ctx.live(), ctx.run().index, c, sampler);
    }
    if (ctx.link() && ctx.link()->role == HostAssignment::Role::Loadgen && ctx.link()->client) {
        ctx.link()->client->measuring(ctx.run().runId); // the SUT's resource window starts here too
    }
    m.load = runHttpLoad(c, &ctx.cancel());
    if (m.load.originNs > 0) {
        m.originNs = m.load.originNs; // the load's own time 0 (an open loop's schedule starts 10 ms later)
    }
    if (sample) {
        sampler.stop();
        m.samples = sampler.samples();
        m.peaks = sampler.peaks();
    }
    return m;
}

void recordLoad(RunRecord& rec, const MeasuredLoad& m)
{
    const LoadResult& r = m.load;
    add(rec, "requests_per_s", r.rps(), "1/s");
    if (r.openLoop) {
        add(rec, "achieved_rate", r.achievedRate, "1/s");
    }
    add(rec, "requests", double(r.requests), "count");
    add(rec, "errors", double(r.errors.total()), "count");
    if (r.latency.count() > 0) {
        const auto ms = [](double ns) { return ns / 1e6; };
        add(rec, "latency_p50_ms", ms(double(r.latency.valueAtPercentile(50))), "ms");
        add(rec, "latency_p90_ms", ms(double(r.latency.valueAtPercentile(90))), "ms");
        add(rec, "latency_p99_ms", ms(double(r.latency.valueAtPercentile(99))), "ms");
        add(rec, "latency_p999_ms", ms(double(r.latency.valueAtPercentile(99.9))), "ms");
        add(rec, "latency_max_ms", ms(double(r.latency.max())), "ms");
        add(rec, "latency_mean_ms", ms(r.latency.mean()), "ms");
    }
    recordResources(rec, m.samples, m.peaks, m.originNs);
    appendRateSeries(rec.series, r);
    rec.latency = latencyBuckets(r.latency);
}

void recordResources(
    RunRecord& rec, const std::vector<ResourceSample>& samples, const ResourceSample& peaks, std::int64_t originNs)
{
    const double cpu = cpuPercentMean(samples);
    if (cpu >= 0) {
        add(rec, "cpu_percent_mean", cpu, "%");
    }
    if (!samples.empty()) {
        add(rec, "rss_kb_peak", double(peaks.rssKb), "KiB");
        if (peaks.pssKb >= 0) {
            add(rec, "pss_kb_peak", double(peaks.pssKb), "KiB");
        }
    }
    appendResourceSeries(rec.series, samples, originNs);
}

bool loadRunsElsewhere(const ScenarioContext& ctx)
{
    return ctx.link() && ctx.link()->role == HostAssignment::Role::Sut;
}

void reportLoadDone(const ScenarioContext& ctx, const RunRecord& rec)
{
    if (ctx.link() && ctx.link()->role == HostAssignment::Role::Loadgen && ctx.link()->client) {
        ctx.link()->client->done(ctx.run().runId, rec.ok, rec.error);
    }
}

void finishLoadRun(const ScenarioContext& ctx, RunRecord& rec, bool held, const MeasuredLoad* measured)
{
    if (loadRunsElsewhere(ctx)) {
        return; // holdServer recorded the server's side and the load generator's verdict
    }
    if (measured) {
        recordLoad(rec, *measured);
    }
    if (held) {
        rec.error = measured ? describeLoadErrors(measured->load) : QStringLiteral("the load did not run");
        rec.ok = rec.error.isEmpty();
        reportLoadDone(ctx, rec);
    }
}

QString describeLoadErrors(const LoadResult& r)
{
    if (!r.setupError.isEmpty()) {
        return QStringLiteral("load could not start: ") + r.setupError;
    }
    QStringList parts;
    const auto part = [&](qint64 n, const char* what) {
        if (n > 0) {
            parts << QStringLiteral("%1 %2").arg(n).arg(QLatin1String(what));
        }
    };
    part(r.errors.status, "status (HTTP status not 2xx/3xx)");
    part(r.errors.connect, "connect");
    part(r.errors.read, "read");
    part(r.errors.write, "write");
    part(r.errors.timeout, "timeout");
    if (parts.isEmpty()) {
        return r.requests > 0 ? QString() : QStringLiteral("no request completed");
    }
    return QStringLiteral("load errors: %1 of %2 requests").arg(parts.join(QStringLiteral(", "))).arg(r.attempts);
}

namespace {

std::int64_t deadlineAfter(std::chrono::milliseconds ms)
{
    return monotonicNs() + std::int64_t(ms.count()) * 1'000'000;
}

/// `--role sut` while the server is ready: offers the run to the load generator and samples the server until it
/// is done. Runs on runUntilReady's callback thread; the caller reads rec after runUntilReady returned.
void serveLoadgen(const ScenarioContext& ctx, RunRecord& rec, pid_t leader, quint16 port, QString* error)
{
    ResourceSamplerOptions o;
    o.roots = { leader };
    o.perfCounters = false;
    ResourceSampler sampler(o);
    sampler.start();
    const std::int64_t offered = monotonicNs();
    std::int64_t measuring = 0; // when the load generator's measured load started (its warm-up is over)
    *error = ctx.link()->server->serveRun(
        ctx.run().runId, port, deadlineAfter(ctx.timeout()), ctx.cancel(), [&measuring] { measuring = monotonicNs(); });
    const double servedMs = double(monotonicNs() - offered) / 1e6;
    sampler.stop();
    // As on one host: resources over the measured load only, on its clock (one control message late, < 1 ms on
    // a LAN), so that the merged run's series share t = 0. Without the message (an older load generator): the offer.
    const std::int64_t origin = measuring > 0 ? measuring : offered;
    const std::vector<ResourceSample> samples = samplesFrom(sampler.samples(), origin);
    recordResources(rec, samples, measuring > 0 ? peaksOf(samples) : sampler.peaks(), origin);
    add(rec, "served_ms", servedMs, "ms");
}

/// `--role loadgen`: no server here; waits for the SUT's offer and its service, then runs `body` against it.
bool loadRemoteServer(
    const ScenarioContext& ctx, RunRecord& rec, bool* cancelled, const std::function<void(pid_t, quint16)>& body)
{
    const HostLink& link = *ctx.link();
    QString error;
    const quint16 port = link.client->awaitRun(ctx.run().runId, deadlineAfter(link.offerWait), ctx.cancel(), &error);
    *cancelled = ctx.cancel().load();
    if (!port) {
        rec.error = error;
        return false;
    }
    rec.startedUtc = QDateTime::currentDateTimeUtc(); // this host's part of the run starts with the offer
    if (!waitHttpReady(
            link.sutAddress, port, QStringLiteral("/"), deadlineAfter(ctx.timeout()), &ctx.cancel(), &error)) {
        *cancelled = ctx.cancel().load();
        rec.error = QStringLiteral("the SUT's service is not reachable: ") + error;
        link.client->done(ctx.run().runId, false, rec.error);
        return false;
    }
    body(0, port);
    *cancelled = ctx.cancel().load();
    return true;
}

} // namespace

bool holdServer(
    const ScenarioContext& ctx, RunRecord& rec, bool* cancelled, const std::function<void(pid_t, quint16)>& body)
{
    if (ctx.link() && ctx.link()->role == HostAssignment::Role::Loadgen && ctx.link()->client) {
        return loadRemoteServer(ctx, rec, cancelled, body);
    }
    const bool remote = loadRunsElsewhere(ctx) && ctx.link()->server;
    QString remoteError;
    quint16 port = 0;
    const QStringList args = ctx.serverArgs(&port);
    const ProcessRequest req = ctx.request(0, args);
    // Readiness asks for "/", not the load's path: a path that fails must show up as load errors.
    const ReadyOutcome out = runUntilReady(req, ctx.httpReady(port, QStringLiteral("/")),
        std::chrono::milliseconds(2000), &ctx.cancel(), [&](pid_t leader) {
            if (remote) {
                serveLoadgen(ctx, rec, leader, port, &remoteError);
            } else {
                body(leader, port);
            }
        });
    ctx.cleanup(0);
    *cancelled = ctx.cancel().load();
    rec.exitCode = out.process.end == ProcessOutcome::End::Exited ? out.process.exitCode : -1;
    if (!out.ready) {
        rec.error = withStderr(out.failure, out.process.stderrData);
        return false;
    }
    if (remote) { // the cold start, measured on this host's clock
        rec.measurements.prepend({ QStringLiteral("first_200_ms"), out.readyMs, QStringLiteral("ms") });
    }
    if (out.exitedWhileHeld) {
        rec.error = QStringLiteral("exited under load: ") + out.process.describe(req.timeout);
        return false;
    }
    if (remote) {
        rec.error = remoteError;
        rec.ok = remoteError.isEmpty();
        return rec.ok;
    }
    return true;
}

} // namespace rb
