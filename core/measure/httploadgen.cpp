// SPDX-License-Identifier: GPL-3.0-or-later
// Turns a LoadConfig (Qt types) into a load::Plan (plain bytes and a resolved address), runs one
// load::Worker per thread and merges their results. The hot path is in loadworker.cpp.
#include "httploadgen.h"

#include "measure/loadworker.h"

#include <QUrlQuery>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <netdb.h>
#include <thread>

namespace rb {

namespace {

/// Resolves host:port (numeric or by name) into plan->addr; returns an error message or empty.
QString resolve(const QUrl& url, load::Plan* plan)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* res = nullptr;
    const QByteArray host = url.host().toUtf8();
    const QByteArray port = QByteArray::number(url.port(80));
    const int rc = getaddrinfo(host.constData(), port.constData(), &hints, &res);
    if (rc != 0 || !res) {
        return QStringLiteral("cannot resolve %1: %2").arg(url.host(), QString::fromUtf8(gai_strerror(rc)));
    }
    std::memcpy(&plan->addr, res->ai_addr, res->ai_addrlen);
    plan->addrLen = res->ai_addrlen;
    freeaddrinfo(res);
    return {};
}

std::string buildRequest(const LoadConfig& cfg, const QByteArray& target)
{
    const QUrl& u = cfg.url;
    QByteArray host = u.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':')) {
        host = '[' + host + ']';
    }
    if (u.port() > 0) {
        host += ':' + QByteArray::number(u.port());
    }
    QByteArray r = cfg.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto& [name, value] : cfg.headers) {
        r += name + ": " + value + "\r\n";
    }
    if (!cfg.body.isEmpty()) {
        r += "Content-Length: " + QByteArray::number(cfg.body.size()) + "\r\n";
    }
    r += "\r\n" + cfg.body;
    return r.toStdString();
}

QByteArray urlTarget(const QUrl& u)
{
    QByteArray t = u.path(QUrl::FullyEncoded).toUtf8();
    if (t.isEmpty()) {
        t = "/";
    }
    if (u.hasQuery()) {
        t += '?' + u.query(QUrl::FullyEncoded).toUtf8();
    }
    return t;
}

void merge(LoadResult& out, const load::WorkerResult& w)
{
    out.latency.add(w.latency);
    out.latencyUncorrected.add(w.uncorrected);
    out.requests += w.requests;
    out.bytes += w.bytes;
    out.attempts += w.attempts;
    out.reconnects += w.reconnects;
    out.lateSends += w.lateSends;
    out.errors.connect += w.errConnect;
    out.errors.read += w.errRead;
    out.errors.write += w.errWrite;
    out.errors.timeout += w.errTimeout;
    out.errors.status += w.errStatus;
    if (out.completionsPer100ms.size() < w.completionsPerTick.size()) {
        out.completionsPer100ms.resize(w.completionsPerTick.size(), 0);
    }
    for (std::size_t i = 0; i < w.completionsPerTick.size(); ++i) {
        out.completionsPer100ms[i] += w.completionsPerTick[i];
    }
}

/// Calls cfg.progress about every 100 ms with what the workers published, until every worker has finished.
void monitor(const LoadConfig& cfg, const load::Plan& plan, std::vector<std::unique_ptr<load::Worker>>& workers,
    const std::atomic<int>& running, std::mutex& mutex, std::condition_variable& done)
{
    HdrHistogram merged;
    std::vector<int64_t> ticks;
    std::vector<qint64> closedTicks;
    std::unique_lock lock(mutex);
    while (!done.wait_for(lock, std::chrono::milliseconds(100), [&] { return running.load() == 0; })) {
        lock.unlock();
        merged.reset();
        ticks.clear();
        std::size_t closed = SIZE_MAX;
        for (auto& w : workers) {
            closed = std::min(closed, w->addPublished(merged, ticks));
        }
        ticks.resize(closed, 0);
        closedTicks.assign(ticks.begin(), ticks.end());
        cfg.progress(LoadProgress { plan.originNs, &closedTicks, &merged, false });
        lock.lock();
    }
}

} // namespace

QString validateLoadConfig(const LoadConfig& c)
{
    if (!c.url.isValid() || c.url.host().isEmpty()) {
        return QStringLiteral("invalid URL \"%1\"").arg(c.url.toString());
    }
    if (c.url.scheme() != QLatin1String("http")) {
        return QStringLiteral("only http:// URLs are supported (got \"%1\")").arg(c.url.scheme());
    }
    if ((c.durationS > 0) == (c.requestCount > 0)) {
        return QStringLiteral("give exactly one of a duration or a request count");
    }
    if (c.connections < 1 || c.threads < 1 || c.threads > c.connections) {
        return QStringLiteral("need 1 ≤ threads ≤ connections (got %1 threads, %2 connections)")
            .arg(c.threads)
            .arg(c.connections);
    }
    if (c.rate && !(*c.rate > 0)) {
        return QStringLiteral("the rate must be a positive number of requests per second");
    }
    if (!(c.timeoutS > 0)) {
        return QStringLiteral("the timeout must be positive");
    }
    if (c.method.isEmpty() || c.method.contains(' ')) {
        return QStringLiteral("invalid method \"%1\"").arg(QString::fromLatin1(c.method));
    }
    return {};
}

LoadResult runHttpLoad(const LoadConfig& cfg, const std::atomic<bool>* cancel)
{
    LoadResult result;
    result.openLoop = cfg.rate.has_value();
    result.setupError = validateLoadConfig(cfg);
    load::Plan plan;
    if (result.setupError.isEmpty()) {
        result.setupError = resolve(cfg.url, &plan);
        if (!result.setupError.isEmpty()) {
            result.errors.connect = 1; // DNS failure: reported as a connect error, run still produces a report
        }
    }
    RawSampleSink sink;
    std::string sinkError;
    if (result.setupError.isEmpty() && !cfg.rawSamplesPath.isEmpty()
        && !sink.open(cfg.rawSamplesPath.toStdString(), &sinkError)) {
        result.setupError = QString::fromStdString(sinkError);
    }
    if (!result.setupError.isEmpty()) {
        return result;
    }
    if (cfg.paths.isEmpty()) {
        plan.requests.push_back(buildRequest(cfg, urlTarget(cfg.url)));
    }
    for (const QString& p : cfg.paths) {
        plan.requests.push_back(buildRequest(cfg, QUrl(p).toEncoded()));
    }
    plan.headRequest = cfg.method == "HEAD";
    plan.totalConnections = cfg.connections;
    plan.rate = cfg.rate.value_or(0.0);
    plan.requestCount = cfg.requestCount;
    plan.timeoutNs = int64_t(cfg.timeoutS * 1e9);
    plan.lateNs = LoadResult::kLateSendNs;
    plan.cancel = cancel;
    plan.sink = sink.isOpen() ? &sink : nullptr;
    plan.live = bool(cfg.progress);
    std::atomic<int64_t> tickets { cfg.requestCount };
    if (!result.openLoop && cfg.requestCount > 0) {
        plan.tickets = &tickets;
    }
    // The open-loop schedule starts 10 ms after the threads, time enough to connect every socket first.
    plan.originNs = load::nowNs() + (result.openLoop ? 10'000'000 : 0);
    result.originNs = plan.originNs;
    plan.deadlineNs = cfg.durationS > 0 ? plan.originNs + int64_t(cfg.durationS * 1e9) : 0;

    std::vector<std::unique_ptr<load::Worker>> workers;
    int first = 0;
    for (int t = 0; t < cfg.threads; ++t) {
        const int n = cfg.connections / cfg.threads + (t < cfg.connections % cfg.threads ? 1 : 0);
        workers.push_back(std::make_unique<load::Worker>(plan, t, first, n));
        first += n;
    }
    std::vector<std::thread> threads;
    std::atomic<int> running { int(workers.size()) };
    std::mutex doneMutex;
    std::condition_variable done;
    for (auto& w : workers) {
        threads.emplace_back([&] {
            w->run();
            std::lock_guard lock(doneMutex);
            if (--running == 0) {
                done.notify_all();
            }
        });
    }
    if (cfg.progress) {
        monitor(cfg, plan, workers, running, doneMutex, done);
    }
    for (auto& t : threads) {
        t.join();
    }
    int64_t endNs = plan.originNs, lastSend = 0, sends = 0;
    for (auto& w : workers) {
        const load::WorkerResult& r = w->result();
        if (!r.fatal.empty()) {
            result.setupError = QString::fromStdString(r.fatal);
        }
        merge(result, r);
        endNs = std::max(endNs, r.endNs);
        if (r.sends > 0) {
            lastSend = std::max(lastSend, r.lastSendNs);
            sends += r.sends;
        }
    }
    result.elapsedS = double(endNs - plan.originNs) / 1e9;
    if (result.openLoop) {
        result.achievedRate =
            sends > 1 && lastSend > plan.originNs ? double(sends - 1) * 1e9 / double(lastSend - plan.originNs) : 0.0;
    } else {
        result.achievedRate = result.rps();
    }
    if (sink.failed()) {
        result.setupError = QStringLiteral("could not write every raw sample to %1").arg(cfg.rawSamplesPath);
    }
    if (cfg.progress) {
        cfg.progress(LoadProgress { plan.originNs, &result.completionsPer100ms, &result.latency, true });
    }
    return result;
}

} // namespace rb
