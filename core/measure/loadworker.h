// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the load generator (httploadgen.cpp): one epoll loop over a slice of the connections.
#pragma once

#include "measure/hdrhistogram.h"
#include "measure/httpresponseparser.h"
#include "measure/rawsamplesink.h"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <vector>

namespace rb::load {

/// CLOCK_MONOTONIC in ns (vDSO, ~20 ns).
int64_t nowNs();

/// Width of the completion-count buckets behind LoadResult::completionsPer100ms.
inline constexpr int64_t kTickNs = 100'000'000;

/// Everything the threads share, fixed before they start (only tickets and cancel change).
struct Plan
{
    sockaddr_storage addr {};
    socklen_t addrLen = 0;
    std::vector<std::string> requests; ///< complete request bytes, one per path (round robin)
    bool headRequest = false;
    int totalConnections = 1;
    double rate = 0; ///< > 0: open loop
    int64_t originNs = 0; ///< time 0 of the schedule and of the raw samples
    int64_t deadlineNs = 0; ///< duration mode: no request is started at or after it; 0 in count mode
    int64_t requestCount = 0; ///< count mode: attempts in total; 0 in duration mode
    int64_t timeoutNs = 2'000'000'000;
    int64_t lateNs = 1'000'000; ///< open loop: a send later than this after its intended time is late
    std::atomic<int64_t>* tickets = nullptr; ///< closed loop, count mode: attempts left
    const std::atomic<bool>* cancel = nullptr;
    RawSampleSink* sink = nullptr;
    bool live = false; ///< workers publish a copy of their histogram and closed buckets every kTickNs
};

/// Counters and histograms of one thread, merged by httploadgen.cpp.
struct WorkerResult
{
    HdrHistogram latency;
    HdrHistogram uncorrected;
    int64_t requests = 0, bytes = 0, attempts = 0, reconnects = 0, lateSends = 0, sends = 0;
    int64_t lastSendNs = 0, endNs = 0;
    std::vector<int64_t> completionsPerTick; ///< complete responses per kTickNs since the plan's origin
    int64_t errConnect = 0, errRead = 0, errWrite = 0, errTimeout = 0, errStatus = 0;
    std::string fatal; ///< epoll could not be created
};

/// Runs connections [first, first + count) of the plan on the calling thread until they are all done.
class Worker
{
public:
    Worker(const Plan& plan, int thread, int first, int count);
    ~Worker();
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;
    void run();
    WorkerResult& result()
    {
        return m_res;
    }
    /// Any thread (Plan::live): adds the last published histogram to `into` and the last published closed
    /// buckets to `ticks` (grown as needed); returns how many buckets this thread has closed.
    std::size_t addPublished(HdrHistogram& into, std::vector<int64_t>& ticks);

private:
    enum class St
    {
        Closed,
        Connecting,
        Idle,
        Writing,
        Reading,
        Finished
    };
    enum class Err
    {
        Connect,
        Read,
        Write,
        Timeout
    };
    struct Conn
    {
        int fd = -1;
        int index = 0; ///< global connection index c
        St st = St::Closed;
        bool pending = false; ///< a request attempt is assigned to this connection
        int64_t intendedNs = 0;
        int64_t sentNs = 0;
        int64_t attemptNs = 0; ///< connect start or send: the timeout runs from here
        int64_t retryAtNs = 0;
        int64_t seq = 0; ///< open loop: j of the next request
        std::size_t written = 0;
        const std::string* req = nullptr;
        HttpResponseParser parser;
    };

    bool takeRequest(Conn& c, int64_t now);
    void startConnect(Conn& c, int64_t now);
    void onConnectDone(Conn& c, int64_t now);
    void send(Conn& c, int64_t now);
    void writeSome(Conn& c, int64_t now);
    void onReadable(Conn& c, int64_t now);
    void complete(Conn& c, int64_t now);
    void fail(Conn& c, Err kind, int64_t now);
    void closeFd(Conn& c);
    void watch(Conn& c, uint32_t events);
    int64_t drive(Conn& c, int64_t now); ///< acts on what is due; returns when it next needs a wake-up
    bool stopping(int64_t now) const;
    void publish(int64_t now); ///< Plan::live: copies what was measured for addPublished (never blocks)

    const Plan& m_plan;
    WorkerResult m_res;
    RawSampleSink::Buffer m_samples;
    std::vector<Conn> m_conns;
    std::vector<char> m_readBuf;
    std::size_t m_nextPath = 0;
    int m_epoll = -1;
    bool m_open = false;
    int64_t m_nextPublishNs = 0;
    std::mutex m_liveMutex; ///< guards the three below: the worker try-locks, the reader locks
    HdrHistogram m_liveLatency;
    std::vector<int64_t> m_liveTicks;
    std::size_t m_liveClosed = 0;
};

} // namespace rb::load
