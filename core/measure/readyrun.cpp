// SPDX-License-Identifier: GPL-3.0-or-later
//
// runUntilReady: the readiness counterpart of runProcess. The process starts the same way (runbench-spawn in
// a new process group); runbench-spawn writes a STARTED record with t_fork on fd 3 right after its fork, so
// readiness is timed from the same t_fork as wall_ms. One ppoll loop on this thread waits for the helper's
// pidfd, the output pipes (captured, and fed to a line probe), the report pipe and the probe's own fd/timer.
#include "readyrun.h"

#include "launchinternal.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <poll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>

namespace rb {

namespace {

using namespace detail;

std::int64_t threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Reads what a non-blocking pipe has into the capture and hands it to the probe. False at EOF.
bool pump(int fd, QByteArray& into, qsizetype cap, bool* truncated, ReadinessProbe* probe, bool isStderr)
{
    return drain(fd, into, cap, truncated, [&](const char* data, qsizetype size) {
        if (probe) {
            probe->output(data, size, isStderr, nowNs());
        }
    });
}

enum class Stop
{
    Ready,
    Exited,
    TimedOut,
    Cancelled,
    Failed
};

struct Loop
{
    const ProcessRequest& req;
    ReadinessProbe& probe;
    Pipe& out;
    Pipe& err;
    Pipe& report;
    int pidfd;
    ProcessOutcome& result;
    bool outOpen = true;
    bool errOpen = true;
    bool reportOpen = true;
    std::int64_t forkNs = 0;
    bool haveFinal = false;
    RbSpawnReport final {};

    void readRecords()
    {
        RbSpawnReport r {};
        while (readRecord(report.read.fd, r)) {
            if (r.kind == RB_SPAWN_REPORT_STARTED) {
                forkNs = r.forkNs;
            } else {
                final = r;
                haveFinal = true;
                forkNs = r.forkNs;
            }
        }
        reportOpen = forkNs == 0 && !haveFinal; // poll the report pipe only until t_fork is known
    }

    void pumpAll(ReadinessProbe* p)
    {
        if (outOpen) {
            outOpen = pump(out.read.fd, result.stdoutData, req.maxCapture, &result.stdoutTruncated, p, false);
        }
        if (errOpen) {
            errOpen = pump(err.read.fd, result.stderrData, req.maxCapture, nullptr, p, true);
        }
    }

    // Polls until `until` (ns) or an event; returns true when the helper has exited.
    bool waitOnce(std::int64_t until, ReadinessProbe* p)
    {
        pollfd fds[5];
        nfds_t n = 0;
        fds[n++] = { pidfd, POLLIN, 0 };
        fds[n++] = { outOpen ? out.read.fd : -1, POLLIN, 0 };
        fds[n++] = { errOpen ? err.read.fd : -1, POLLIN, 0 };
        fds[n++] = { reportOpen ? report.read.fd : -1, POLLIN, 0 };
        fds[n++] = { p ? p->pollFd() : -1, p ? p->pollEvents() : short(0), 0 };
        const std::int64_t wait = std::max<std::int64_t>(0, until - nowNs());
        const timespec ts { time_t(wait / 1000000000), long(wait % 1000000000) };
        if (::ppoll(fds, n, &ts, nullptr) < 0) {
            return false;
        }
        if (fds[3].revents) {
            readRecords();
        }
        if (fds[1].revents || fds[2].revents) {
            pumpAll(p);
        }
        if (p) {
            p->step(nowNs(), fds[4].revents);
        }
        return fds[0].revents & POLLIN;
    }

    Stop probeUntilReady(std::int64_t deadlineNs, const std::atomic<bool>* cancel)
    {
        for (;;) {
            if (probe.ready()) {
                return Stop::Ready;
            }
            const std::int64_t now = nowNs();
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                return Stop::Cancelled;
            }
            if (now >= deadlineNs) {
                return Stop::TimedOut;
            }
            std::int64_t until = std::min(deadlineNs, probe.wakeNs());
            until = cancel ? std::min<std::int64_t>(until, now + 20000000) : until;
            if (waitOnce(until, &probe)) {
                pumpAll(&probe); // a line written just before exiting still counts
                return probe.ready() ? Stop::Ready : Stop::Exited;
            }
        }
    }

    // SIGTERM to the group, SIGKILL after the grace period. Returns true when SIGKILL was needed.
    bool stopGroup(pid_t pid, std::chrono::milliseconds grace)
    {
        ::kill(-pid, SIGTERM);
        const std::int64_t deadline = nowNs() + std::chrono::nanoseconds(grace).count();
        while (nowNs() < deadline) {
            if (waitOnce(deadline, nullptr)) {
                return false;
            }
        }
        ::kill(-pid, SIGKILL);
        return true;
    }
};

QString failureText(Stop stop, const ReadinessProbe& probe, const ProcessRequest& req, const ProcessOutcome& p)
{
    switch (stop) {
    case Stop::Ready:
        return {};
    case Stop::TimedOut:
        return QStringLiteral("not ready after %1 s (%2%3 attempts)")
            .arg(double(req.timeout.count()) / 1000.0)
            .arg(probe.lastError().isEmpty() ? QString() : probe.lastError() + QStringLiteral(", "))
            .arg(probe.attempts());
    case Stop::Cancelled:
        return QStringLiteral("cancelled");
    case Stop::Exited:
        return p.end == ProcessOutcome::End::SpawnFailed
            ? p.describe(req.timeout)
            : QStringLiteral("exited before ready: ") + p.describe(req.timeout);
    case Stop::Failed:
        return p.error;
    }
    return {};
}

} // namespace

ReadyOutcome runUntilReady(const ProcessRequest& req, const ReadinessSpec& readiness, std::chrono::milliseconds grace,
    const std::atomic<bool>* cancel, const std::function<void(pid_t)>& whileReady)
{
    ReadyOutcome r;
    if (readiness.kind == ReadinessSpec::Kind::Exit) {
        r.process = runProcess(req, cancel);
        r.ready = r.process.succeeded();
        r.readyMs = r.ready ? r.process.wallMs : NAN;
        r.failure = r.ready ? QString() : r.process.describe(req.timeout);
        return r;
    }
    if (req.argv.isEmpty()) {
        r.failure = r.process.error = QStringLiteral("empty command");
        return r;
    }
    ReadinessProbe probe(readiness);
    Pipe outPipe, errPipe, reportPipe;
    const std::int64_t t0 = nowNs();
    QString error;
    if (!probe.start(t0, &error)) {
        r.failure = r.process.error = QStringLiteral("readiness probe: ") + error;
        return r;
    }
    if (!outPipe.open(&r.process.error) || !errPipe.open(&r.process.error) || !reportPipe.open(&r.process.error)) {
        r.failure = r.process.error;
        return r;
    }
    const std::int64_t cpu0 = threadCpuNs();
    const pid_t pid = spawnHelper(req, outPipe, errPipe, reportPipe, &r.process.error);
    if (pid < 0) {
        r.failure = QStringLiteral("could not start: ") + r.process.error;
        return r;
    }
    Fd pidfd;
    pidfd.fd = int(::syscall(SYS_pidfd_open, pid, 0));
    Loop loop { req, probe, outPipe, errPipe, reportPipe, pidfd.fd, r.process };
    const Stop stop =
        pidfd.fd < 0 ? Stop::Failed : loop.probeUntilReady(t0 + std::chrono::nanoseconds(req.timeout).count(), cancel);
    r.probeCpuMs = double(threadCpuNs() - cpu0) / 1e6;
    if (stop == Stop::Failed) {
        r.process.error = QStringLiteral("pidfd_open: ") + errnoText(errno);
    }
    if (stop == Stop::Ready && whileReady) {
        // The callback runs on its own thread; this one keeps draining the output pipes (a chatty server must
        // not block on a full pipe) and notices when the process ends.
        std::atomic<bool> done { false };
        std::thread held([&] {
            whileReady(pid);
            done.store(true);
        });
        while (!done.load()) {
            if (loop.waitOnce(nowNs() + 5000000, nullptr)) {
                r.exitedWhileHeld = true;
                break;
            }
        }
        held.join();
    }
    if (stop == Stop::Ready && !r.exitedWhileHeld) {
        r.killedAfterGrace = loop.stopGroup(pid, grace);
    } else if (stop != Stop::Exited) {
        ::kill(-pid, SIGKILL); // timeout, cancel: like runProcess
    }
    const std::int64_t endNs = nowNs();
    ::kill(-pid, SIGKILL); // stragglers that outlived the target
    loop.pumpAll(nullptr);
    RbSpawnReport rec {};
    if (!loop.haveFinal && readReport(reportPipe.read.fd, rec)) {
        loop.final = rec;
        loop.haveFinal = true;
        loop.forkNs = loop.forkNs ? loop.forkNs : rec.forkNs;
    }
    reap(pid);
    const std::int64_t origin = loop.forkNs ? loop.forkNs : t0;
    if (loop.haveFinal) {
        applyReport(r.process, loop.final, req.argv.first());
    } else {
        r.process.end = stop == Stop::TimedOut ? ProcessOutcome::End::TimedOut
            : stop == Stop::Cancelled          ? ProcessOutcome::End::Cancelled
                                               : ProcessOutcome::End::Signalled;
        r.process.signal = SIGKILL;
        r.process.wallMs = double(endNs - origin) / 1e6;
    }
    r.process.launcherWallMs = double(endNs - t0) / 1e6;
    r.ready = stop == Stop::Ready;
    r.failure = failureText(stop, probe, req, r.process);
    r.attempts = probe.attempts();
    r.forkNs = loop.forkNs;
    r.readyNs = probe.readyNs();
    r.readyMs = r.ready ? double(probe.readyNs() - origin) / 1e6 : NAN;
    for (const auto& [name, ns] : probe.phases()) {
        r.phases.emplace_back(name, double(ns - origin) / 1e6);
    }
    return r;
}

} // namespace rb
