// SPDX-License-Identifier: GPL-3.0-or-later
//
// Why a trampoline. glibc's posix_spawn clones with CLONE_VM|CLONE_VFORK, and at execve the kernel folds the
// *old* memory map's RSS high-water mark into the new program's signal->maxrss (exec_mmap →
// setmax_mm_hiwater_rss). With vfork the old map is this process's, so a spawned `hello` reported this
// process's peak RSS as its own (12 MB from runbench-cli, ~150 MB from the GUI, 300+ MB from a test that had
// touched 300 MB). fork has the same flaw: the child's map starts with a copy of the parent's RSS counters.
//
// So every process is started through runbench-spawn (runbench-spawn.c), a small static program: this
// process posix_spawns it in a new process group, it takes CLOCK_MONOTONIC, forks (its map is a few hundred
// KiB, which is all the child can inherit), the child execs the target, and the helper wait4s it, takes
// CLOCK_MONOTONIC again and writes an RbSpawnReport (timestamps, wait status, rusage, or exec errno) on fd 3.
// The clock is system-wide, so wall time is measured by the helper from just before fork to just after wait4,
// without this process's spawn and wake-up latency. The group (helper, target, target's children) is killed
// on timeout, on cancel, and after the target exits (stragglers), as before.
#include "processlauncher.h"

#include "launchinternal.h"

#include <QProcessEnvironment>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/syscall.h>
#include <sys/wait.h>

namespace rb {

namespace {

using namespace detail;

// Waits for the helper to exit (left a zombie, so its process group id stays reserved), capturing output.
// Returns Exited when it did, or the reason it was killed (TimedOut, Cancelled; SpawnFailed if poll failed).
ProcessOutcome::End watch(pid_t pid, double deadline, const ProcessRequest& req, const std::atomic<bool>* cancel,
    Pipe& outPipe, Pipe& errPipe, ProcessOutcome& out)
{
    Fd pidfd;
    pidfd.fd = int(::syscall(SYS_pidfd_open, pid, 0));
    bool outOpen = true;
    bool errOpen = true;
    for (;;) {
        const double now = nowMs();
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            return ProcessOutcome::End::Cancelled;
        }
        if (now >= deadline) {
            return ProcessOutcome::End::TimedOut;
        }
        pollfd fds[3];
        nfds_t n = 0;
        // Without a pidfd (kernel < 5.3) fall back to a 1 ms poll of waitid.
        const bool havePidfd = pidfd.fd >= 0;
        if (havePidfd) {
            fds[n++] = { pidfd.fd, POLLIN, 0 };
        }
        const nfds_t pipeStart = n;
        if (outOpen) {
            fds[n++] = { outPipe.read.fd, POLLIN, 0 };
        }
        if (errOpen) {
            fds[n++] = { errPipe.read.fd, POLLIN, 0 };
        }
        double wait = deadline - now;
        wait = std::min(wait, cancel ? 20.0 : wait);
        wait = std::min(wait, havePidfd ? wait : 1.0);
        if (::poll(fds, n, std::max(0, int(std::ceil(wait)))) < 0 && errno != EINTR) {
            out.error = QStringLiteral("poll: ") + errnoText(errno);
            return ProcessOutcome::End::SpawnFailed;
        }
        if (!havePidfd || (fds[0].revents & POLLIN)) {
            siginfo_t info {};
            if (::waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid) {
                return ProcessOutcome::End::Exited;
            }
        }
        for (nfds_t i = pipeStart; i < n; ++i) {
            if (fds[i].revents == 0) {
                continue;
            }
            if (fds[i].fd == outPipe.read.fd) {
                outOpen = drain(outPipe.read.fd, out.stdoutData, req.maxCapture, &out.stdoutTruncated);
            } else {
                errOpen = drain(errPipe.read.fd, out.stderrData, req.maxCapture, nullptr);
            }
        }
    }
}

} // namespace

QString ProcessOutcome::describe(std::chrono::milliseconds timeout) const
{
    switch (end) {
    case End::Exited:
        return QStringLiteral("exit code %1").arg(exitCode);
    case End::Signalled:
        return QStringLiteral("killed by signal %1 (%2)").arg(signal).arg(QString::fromLocal8Bit(strsignal(signal)));
    case End::TimedOut:
        return QStringLiteral("timed out after %1 s").arg(double(timeout.count()) / 1000.0);
    case End::Cancelled:
        return QStringLiteral("cancelled");
    case End::SpawnFailed:
        return QStringLiteral("could not start: ") + error;
    }
    return {};
}

ProcessOutcome runProcess(const ProcessRequest& req, const std::atomic<bool>* cancel)
{
    ProcessOutcome out;
    if (req.argv.isEmpty()) {
        out.error = QStringLiteral("empty command");
        return out;
    }
    Pipe outPipe, errPipe, reportPipe;
    if (!outPipe.open(&out.error) || !errPipe.open(&out.error) || !reportPipe.open(&out.error)) {
        return out;
    }
    const double t0 = nowMs();
    const pid_t pid = spawnHelper(req, outPipe, errPipe, reportPipe, &out.error);
    if (pid < 0) {
        return out;
    }
    const ProcessOutcome::End end = watch(pid, t0 + double(req.timeout.count()), req, cancel, outPipe, errPipe, out);
    out.launcherWallMs = nowMs() - t0;
    // The helper is a zombie (Exited) or alive: either way its pid, the group id, is still reserved. Kill the
    // group: the target and its children on timeout or cancel, stragglers that outlived the target otherwise.
    ::kill(-pid, SIGKILL);
    // What was written before the end is still in the pipes.
    drain(outPipe.read.fd, out.stdoutData, req.maxCapture, &out.stdoutTruncated);
    drain(errPipe.read.fd, out.stderrData, req.maxCapture, nullptr);
    RbSpawnReport report {};
    const bool haveReport = end == ProcessOutcome::End::Exited && readReport(reportPipe.read.fd, report);
    const int helperStatus = reap(pid);
    if (end != ProcessOutcome::End::Exited) {
        out.end = end; // the target was killed with the helper, which never reported: no rusage
        out.wallMs = out.launcherWallMs;
    } else if (haveReport) {
        applyReport(out, report, req.argv.first());
    } else {
        out.end = ProcessOutcome::End::SpawnFailed;
        out.error = WIFSIGNALED(helperStatus)
            ? QStringLiteral("runbench-spawn was killed by signal %1 before its report").arg(WTERMSIG(helperStatus))
            : QStringLiteral("runbench-spawn exited with %1 without a report").arg(WEXITSTATUS(helperStatus));
    }
    return out;
}

ProcessOutcome runCommand(
    const QStringList& argv, std::chrono::milliseconds timeout, const QStringList& environmentOverrides)
{
    ProcessRequest r;
    r.argv = argv;
    r.timeout = timeout;
    r.environment = environmentWith(environmentOverrides);
    return runProcess(r);
}

QStringList environmentWith(const QStringList& overrides)
{
    if (overrides.isEmpty()) {
        return {};
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : overrides) {
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    }
    return env.toStringList();
}

QString firstLine(const QByteArray& output)
{
    return QString::fromUtf8(output).trimmed().section(QLatin1Char('\n'), 0, 0).left(300);
}

} // namespace rb
