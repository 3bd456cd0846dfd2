// SPDX-License-Identifier: GPL-3.0-or-later
// The hot path of the load generator: non-blocking sockets, one level-triggered epoll per thread, no locks,
// no allocation per request. Timing: CLOCK_MONOTONIC; waits use epoll_pwait2 (ns timeout) with the thread's
// timer slack set to 1 ns, so open-loop sends leave within a few µs of their intended time.
#include "loadworker.h"

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <fcntl.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace rb::load {

namespace {
constexpr int64_t kConnectRetryNs = 10'000'000; ///< after a failed connect, so a dead port does not spin
constexpr int64_t kMaxWaitNs = 50'000'000; ///< wake at least this often to see cancel
/// Waits shorter than this are polled (epoll with a zero timeout) instead of slept: a sleep and wake-up costs
/// ~10–20 µs of CPU and latency on this VM, so sleeping through a 15 µs gap makes the next send late. Only an
/// open loop above ~50k req/s per thread has such gaps; it then uses one core, which it needs anyway.
constexpr int64_t kPollBelowNs = 20'000;
constexpr int64_t kNever = INT64_MAX;
} // namespace

int64_t nowNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

Worker::Worker(const Plan& plan, int thread, int first, int count)
    : m_plan(plan)
    , m_samples(plan.sink, thread)
    , m_conns(std::size_t(count))
    , m_readBuf(64 * 1024)
    , m_open(plan.rate > 0)
{
    for (int i = 0; i < count; ++i) {
        m_conns[std::size_t(i)].index = first + i;
    }
}

Worker::~Worker()
{
    for (Conn& c : m_conns) {
        closeFd(c);
    }
    if (m_epoll >= 0) {
        ::close(m_epoll);
    }
}

bool Worker::stopping(int64_t now) const
{
    return (m_plan.deadlineNs && now >= m_plan.deadlineNs) || (m_plan.cancel && m_plan.cancel->load());
}

bool Worker::takeRequest(Conn& c, int64_t now)
{
    if (m_open) {
        // wrk2's schedule: connection c of N sends its j-th request at origin + (c + j·N) / rate.
        const int64_t k = c.index + c.seq * m_plan.totalConnections;
        if (m_plan.requestCount && k >= m_plan.requestCount) {
            return false;
        }
        const int64_t due = m_plan.originNs + int64_t(double(k) * 1e9 / m_plan.rate);
        if (m_plan.deadlineNs && due >= m_plan.deadlineNs) {
            return false;
        }
        ++c.seq;
        c.intendedNs = due;
    } else {
        if (stopping(now)) {
            return false;
        }
        if (m_plan.tickets && m_plan.tickets->fetch_sub(1, std::memory_order_relaxed) <= 0) {
            return false;
        }
        c.intendedNs = now; // closed loop: reset to the actual send time in send()
    }
    c.pending = true;
    ++m_res.attempts;
    return true;
}

void Worker::watch(Conn& c, uint32_t events)
{
    epoll_event ev {};
    ev.events = events;
    ev.data.ptr = &c;
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
}

void Worker::startConnect(Conn& c, int64_t now)
{
    c.attemptNs = now;
    c.fd = ::socket(m_plan.addr.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c.fd < 0) {
        fail(c, Err::Connect, now);
        return;
    }
    const int one = 1;
    setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    epoll_event ev {};
    ev.events = EPOLLOUT | EPOLLIN;
    ev.data.ptr = &c;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev);
    c.st = St::Connecting;
    if (::connect(c.fd, reinterpret_cast<const sockaddr*>(&m_plan.addr), m_plan.addrLen) == 0) {
        onConnectDone(c, now);
    } else if (errno != EINPROGRESS) {
        fail(c, Err::Connect, now);
    }
}

void Worker::onConnectDone(Conn& c, int64_t now)
{
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0 || err != 0) {
        fail(c, Err::Connect, now);
        return;
    }
    watch(c, EPOLLIN);
    c.st = St::Idle;
    if (m_open) {
        drive(c, now); // a request already due leaves at once
    }
    // Closed loop: the request leaves in the pass over all connections that follows this batch of events.
}

void Worker::send(Conn& c, int64_t)
{
    // A fresh timestamp, not the one of the epoll wake-up: the events before this one in the batch took time.
    const int64_t now = nowNs();
    c.sentNs = c.attemptNs = now;
    if (m_open) {
        if (now - c.intendedNs > m_plan.lateNs) {
            ++m_res.lateSends;
        }
    } else {
        c.intendedNs = now;
    }
    ++m_res.sends;
    m_res.lastSendNs = now;
    c.req = &m_plan.requests[m_nextPath];
    m_nextPath = (m_nextPath + 1) % m_plan.requests.size();
    c.written = 0;
    c.parser.reset(m_plan.headRequest);
    c.st = St::Reading;
    writeSome(c, now);
}

void Worker::writeSome(Conn& c, int64_t now)
{
    const std::string& r = *c.req;
    while (c.written < r.size()) {
        const ssize_t n = ::send(c.fd, r.data() + c.written, r.size() - c.written, MSG_NOSIGNAL);
        if (n > 0) {
            c.written += std::size_t(n);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (c.st != St::Writing) {
                c.st = St::Writing;
                watch(c, EPOLLIN | EPOLLOUT);
            }
            return;
        } else {
            fail(c, Err::Write, now);
            return;
        }
    }
    if (c.st == St::Writing) {
        watch(c, EPOLLIN);
    }
    c.st = St::Reading;
}

void Worker::onReadable(Conn& c, int64_t now)
{
    const ssize_t n = ::read(c.fd, m_readBuf.data(), m_readBuf.size());
    if (n < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            if (c.pending) {
                fail(c, Err::Read, now);
            } else {
                closeFd(c); // reset while idle: reconnect without blaming a request
                ++m_res.reconnects;
            }
        }
        return;
    }
    if (n == 0) {
        if (c.pending && (c.st == St::Reading || c.st == St::Writing)) {
            if (c.parser.feedEof() == HttpResponseParser::State::Complete) {
                complete(c, now);
            } else {
                fail(c, Err::Read, now);
            }
        } else {
            closeFd(c); // the server closed an idle keep-alive connection
            ++m_res.reconnects;
            if (m_open && !stopping(now)) {
                startConnect(c, now);
            }
        }
        return;
    }
    m_res.bytes += n;
    if (!c.pending || c.st == St::Idle) {
        fail(c, Err::Read, now); // bytes nobody asked for
        return;
    }
    switch (c.parser.feed(m_readBuf.data(), std::size_t(n))) {
    case HttpResponseParser::State::Complete:
        complete(c, now);
        break;
    case HttpResponseParser::State::Error:
        fail(c, Err::Read, now);
        break;
    case HttpResponseParser::State::NeedMore:
        break;
    }
}

void Worker::complete(Conn& c, int64_t)
{
    const int64_t now = nowNs(); // as in wrk: when the response has been parsed
    const int status = c.parser.statusCode();
    m_res.latency.record(now - c.intendedNs);
    if (m_open) {
        m_res.uncorrected.record(now - c.sentNs);
    }
    ++m_res.requests;
    const auto tick = std::size_t(std::max<int64_t>(0, now - m_plan.originNs) / kTickNs);
    if (tick >= m_res.completionsPerTick.size()) {
        m_res.completionsPerTick.resize(tick + 1, 0);
    }
    ++m_res.completionsPerTick[tick];
    if (status < 200 || status > 399) {
        ++m_res.errStatus;
    }
    m_samples.append(c.intendedNs - m_plan.originNs, c.sentNs - m_plan.originNs, now - m_plan.originNs, status);
    c.pending = false;
    if (!c.parser.keepAlive()) {
        closeFd(c);
        ++m_res.reconnects;
        if (m_open && !stopping(now)) {
            startConnect(c, now); // reconnect now so the next scheduled send does not wait for it
        }
        return;
    }
    c.st = St::Idle;
    if (m_open) {
        drive(c, now); // a late request leaves at once
    }
    // Closed loop: the next request leaves in the pass over all connections after this batch of events, so
    // the connections answered together send together (as wrk does, from its next event-loop turn).
}

void Worker::fail(Conn& c, Err kind, int64_t now)
{
    switch (kind) {
    case Err::Connect:
        ++m_res.errConnect;
        c.retryAtNs = now + kConnectRetryNs;
        break;
    case Err::Read:
        ++m_res.errRead;
        break;
    case Err::Write:
        ++m_res.errWrite;
        break;
    case Err::Timeout:
        ++m_res.errTimeout;
        break;
    }
    c.pending = false; // the attempt is over; the next one gets a fresh connection
    closeFd(c);
}

void Worker::closeFd(Conn& c)
{
    if (c.fd >= 0) {
        ::close(c.fd); // also removes it from the epoll set
        c.fd = -1;
    }
    if (c.st != St::Finished) {
        c.st = St::Closed;
    }
}

int64_t Worker::drive(Conn& c, int64_t now)
{
    switch (c.st) {
    case St::Finished:
        return kNever;
    case St::Connecting:
    case St::Writing:
    case St::Reading:
        if (now - c.attemptNs >= m_plan.timeoutNs) {
            fail(c, c.st == St::Connecting ? Err::Connect : Err::Timeout, now);
            return drive(c, now);
        }
        return c.attemptNs + m_plan.timeoutNs;
    case St::Closed:
    case St::Idle:
        break;
    }
    if (m_plan.cancel && m_plan.cancel->load(std::memory_order_relaxed)) {
        c.pending = false;
    } else if (!c.pending && !takeRequest(c, now)) {
        closeFd(c);
        c.st = St::Finished;
        return kNever;
    }
    if (!c.pending) {
        closeFd(c);
        c.st = St::Finished;
        return kNever;
    }
    const int64_t wake = std::max(c.intendedNs, c.st == St::Closed ? c.retryAtNs : 0);
    if (wake > now) {
        return wake;
    }
    if (c.st == St::Closed) {
        startConnect(c, now); // sends from onConnectDone once connected
    } else {
        send(c, now);
    }
    switch (c.st) {
    case St::Finished:
        return kNever;
    case St::Closed:
    case St::Idle:
        return now; // failed at once: the next pass sees its retry time
    default:
        return c.attemptNs + m_plan.timeoutNs;
    }
}

void Worker::run()
{
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0); // precise wake-ups for the open-loop schedule
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        m_res.fatal = "epoll_create1 failed";
        return;
    }
    int64_t now = nowNs();
    if (m_open) {
        for (Conn& c : m_conns) {
            startConnect(c, now); // connect before the schedule starts, without a request
        }
    }
    std::vector<epoll_event> events(std::max<std::size_t>(16, m_conns.size()));
    for (;;) {
        now = nowNs();
        int64_t wake = kNever;
        bool alive = false;
        for (Conn& c : m_conns) {
            const int64_t w = drive(c, now);
            wake = std::min(wake, w);
            alive = alive || c.st != St::Finished;
        }
        if (!alive) {
            break;
        }
        if (m_plan.cancel && m_plan.cancel->load(std::memory_order_relaxed)) {
            break;
        }
        now = nowNs();
        int64_t waitNs = std::clamp<int64_t>(wake - now, 0, kMaxWaitNs);
        if (waitNs < kPollBelowNs) {
            waitNs = 0; // sleeping and waking would cost more than the wait: poll until the send is due
        }
        const timespec ts { time_t(waitNs / 1'000'000'000), long(waitNs % 1'000'000'000) };
        const int n = epoll_pwait2(m_epoll, events.data(), int(events.size()), &ts, nullptr);
        now = nowNs();
        if (m_plan.live && now >= m_nextPublishNs) {
            publish(now);
        }
        for (int i = 0; i < n; ++i) {
            Conn& c = *static_cast<Conn*>(events[std::size_t(i)].data.ptr);
            const uint32_t ev = events[std::size_t(i)].events;
            if (c.fd < 0) {
                continue;
            }
            if (c.st == St::Connecting) {
                if (ev & (EPOLLOUT | EPOLLERR | EPOLLHUP)) {
                    onConnectDone(c, now);
                }
            } else if (c.st == St::Writing && (ev & EPOLLOUT)) {
                writeSome(c, now);
            } else if (ev & (EPOLLIN | EPOLLERR | EPOLLHUP)) {
                onReadable(c, now);
            }
        }
    }
    m_res.endNs = nowNs();
    m_samples.flush();
}

} // namespace rb::load
