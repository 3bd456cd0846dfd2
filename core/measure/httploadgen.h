// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measure/hdrhistogram.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace rb {

/// What a running load has measured so far (LoadConfig::progress). Valid only during the call.
struct LoadProgress
{
    std::int64_t originNs = 0; ///< the run's time 0 (LoadResult::originNs), CLOCK_MONOTONIC
    /// Complete responses per 100 ms since originNs, every bucket that no thread can still add to.
    const std::vector<qint64>* completionsPer100ms = nullptr;
    const HdrHistogram* latency = nullptr; ///< every latency recorded so far (ns), merged over the threads
    bool final = false; ///< the run is over: the buckets and the histogram are LoadResult's
};

/// What an HTTP/1.1 load run does. Plain value; copy freely.
///
/// Exactly one of duration (seconds > 0) or requestCount (> 0) bounds the run. Without rate the run is
/// a closed loop (each connection sends its next request as soon as the previous response is complete);
/// with rate it is an open loop at that many requests per second in total (wrk2 semantics, see
/// runHttpLoad()).
struct LoadConfig
{
    QUrl url; ///< http://host[:port][/path][?query]; the path is used when paths is empty
    double durationS = 0; ///< > 0: run this long (in-flight requests are then allowed to finish)
    qint64 requestCount = 0; ///< > 0: make exactly this many request attempts in total
    int connections = 10;
    int threads = 1; ///< connections are spread over this many epoll threads (≤ connections)
    std::optional<double> rate; ///< requests/s in total: open loop; unset: closed loop
    QByteArray method = "GET";
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra request headers (Host is always sent)
    QByteArray body; ///< sent with Content-Length when non-empty
    QStringList paths; ///< request targets, used round robin per thread ("/a", "/b?x=1"); empty: url's path
    double timeoutS = 2.0; ///< a request (or connect) taking longer is a timeout error (wrk's default)
    QString rawSamplesPath; ///< non-empty: stream one CSV line per response there (see docs/performance.md)
    /// Set: called on the thread that called runHttpLoad about every 100 ms while the load runs, and once at the
    /// end (final), for live plots. Each load thread copies its histogram for it every 100 ms (~20 µs); the
    /// callback must return quickly (it delays nothing but the next call).
    std::function<void(const LoadProgress&)> progress;
};

/// Errors by kind, each counted once per failed request attempt (connect: also eager connects that fail).
struct LoadErrors
{
    qint64 connect = 0; ///< refused, unreachable, name resolution failure, connect timeout
    qint64 read = 0; ///< reset, EOF before a complete response, unparsable response (http_parser error)
    qint64 write = 0; ///< send() failed (reset, broken pipe)
    qint64 timeout = 0; ///< no complete response within LoadConfig::timeoutS of the send
    qint64 status = 0; ///< complete responses whose status is not 2xx/3xx (they are also in requests)

    qint64 total() const
    {
        return connect + read + write + timeout + status;
    }
};

/// What a run measured. Latencies are recorded in nanoseconds (HdrHistogram, 3 significant digits).
struct LoadResult
{
    QString setupError; ///< non-empty when the run could not start (bad URL, unresolvable host); see errors
    double elapsedS = 0; ///< from the first connect to the end of the last request (in-flight ones included)
    qint64 requests = 0; ///< complete responses (any status)
    qint64 bytes = 0; ///< bytes read from the server
    qint64 attempts = 0; ///< requests started: requests + connect/read/write/timeout failures of requests
    qint64 reconnects = 0; ///< connections re-opened after the server closed them (Connection: close, EOF)
    qint64 lateSends = 0; ///< open loop: requests sent more than kLateSendNs after their intended time
    /// Open loop: (sends − 1) / (last actual send − schedule origin), the origin being the intended time of the
    /// first request: late final sends lower it, a late first send does not raise it. Closed loop: rps().
    double achievedRate = 0;
    LoadErrors errors;
    HdrHistogram latency; ///< open loop: from intended send time (corrected); closed loop: from send
    HdrHistogram latencyUncorrected; ///< from the actual send (open loop only; empty in a closed loop)
    bool openLoop = false;
    /// Time 0 of the run (CLOCK_MONOTONIC ns): the first intended send in an open loop, the start in a closed one.
    std::int64_t originNs = 0;
    /// Complete responses (any status) per 100 ms since originNs: [0] is [0, 100 ms). Sums to requests.
    std::vector<qint64> completionsPer100ms;

    static constexpr qint64 kLateSendNs = 1'000'000;

    double rps() const
    {
        return elapsedS > 0 ? double(requests) / elapsedS : 0.0;
    }
};

/// Runs an HTTP/1.1 load and returns what it measured. Blocks the calling thread for the whole run: call it
/// from a worker thread or the CLI's main thread, never the GUI thread. The run uses its own
/// LoadConfig::threads std::threads, each with an epoll loop over its connections (no Qt event loop).
///
/// Closed loop: every connection keeps one request in flight (pipelining off), keep-alive.
/// Open loop (wrk2 semantics): connection c of N sends its j-th request at the intended time
/// start + (c + j·N)/rate; if the previous response is still outstanding it sends as soon as it arrives.
/// latency = completion − intended time (corrected for coordinated omission); latencyUncorrected =
/// completion − actual send.
///
/// Errors never shrink the pool: a failed connection is counted and re-opened (after 10 ms for a failed
/// connect, immediately after a server close). cancel (may be null) stops the run early when set
/// (from any thread or a signal handler).
LoadResult runHttpLoad(const LoadConfig& config, const std::atomic<bool>* cancel = nullptr);

/// Checks a configuration; returns a message naming the wrong field, or an empty string. Any thread.
QString validateLoadConfig(const LoadConfig& config);

} // namespace rb
