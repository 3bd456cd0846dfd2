// SPDX-License-Identifier: GPL-3.0-or-later
#include "processlauncher.h"

#include <QDir>
#include <QProcessEnvironment>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace rb {

namespace {

double nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double tvMs(const timeval& tv)
{
    return double(tv.tv_sec) * 1e3 + double(tv.tv_usec) / 1e3;
}

// Owns the C strings handed to posix_spawn.
struct CStrings
{
    std::vector<QByteArray> storage;
    std::vector<char*> ptrs;
    explicit CStrings(const QStringList& list)
    {
        storage.reserve(size_t(list.size()));
        for (const QString& s : list) {
            storage.push_back(s.toLocal8Bit());
        }
        for (QByteArray& b : storage) {
            ptrs.push_back(b.data());
        }
        ptrs.push_back(nullptr);
    }
};

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        reset();
    }
    void reset()
    {
        if (fd >= 0) {
            ::close(fd);
        }
        fd = -1;
    }
};

// Reads what is available from a non-blocking pipe. Returns false at EOF.
bool drain(int fd, QByteArray& into, qsizetype cap, bool* truncated)
{
    char buf[16384];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0) {
            const qsizetype room = cap - into.size();
            if (room > 0) {
                into.append(buf, std::min<qsizetype>(room, n));
            }
            if (n > room && truncated) {
                *truncated = true;
            }
            continue;
        }
        if (n == 0) {
            return false;
        }
        return errno == EINTR || errno == EAGAIN;
    }
}

void fillUsage(ProcessOutcome& out, const rusage& ru)
{
    out.userMs = tvMs(ru.ru_utime);
    out.sysMs = tvMs(ru.ru_stime);
    out.maxRssKb = ru.ru_maxrss;
    out.minorFaults = ru.ru_minflt;
    out.majorFaults = ru.ru_majflt;
    out.voluntaryCtxSwitches = ru.ru_nvcsw;
    out.involuntaryCtxSwitches = ru.ru_nivcsw;
}

void fillStatus(ProcessOutcome& out, int status)
{
    if (WIFEXITED(status)) {
        out.end = ProcessOutcome::End::Exited;
        out.exitCode = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        out.end = ProcessOutcome::End::Signalled;
        out.signal = WTERMSIG(status);
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
    int outPipe[2];
    int errPipe[2];
    if (::pipe2(outPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        out.error = QString::fromLocal8Bit(strerror(errno));
        return out;
    }
    if (::pipe2(errPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        out.error = QString::fromLocal8Bit(strerror(errno));
        ::close(outPipe[0]);
        ::close(outPipe[1]);
        return out;
    }
    Fd outRead { outPipe[0] }, outWrite { outPipe[1] }, errRead { errPipe[0] }, errWrite { errPipe[1] };
    // The child's ends must block: O_NONBLOCK is a property of the open file, shared through dup2.
    fcntl(outWrite.fd, F_SETFL, 0);
    fcntl(errWrite.fd, F_SETFL, 0);

    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, outWrite.fd, 1);
    posix_spawn_file_actions_adddup2(&fa, errWrite.fd, 2);
    const QByteArray cwd = req.workingDirectory.toLocal8Bit();
    if (!cwd.isEmpty()) {
        posix_spawn_file_actions_addchdir_np(&fa, cwd.constData());
    }
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none;
    sigemptyset(&none);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int s : { SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD }) {
        sigaddset(&defaults, s); // a Qt app or a shell may ignore these; ignored dispositions survive exec
    }
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    const CStrings argv(req.argv);
    const CStrings envList(req.environment);
    char** envp = req.environment.isEmpty() ? environ : const_cast<char**>(envList.ptrs.data());

    pid_t pid = -1;
    const double t0 = nowMs();
    const int rc = ::posix_spawnp(&pid, argv.ptrs[0], &fa, &attr, argv.ptrs.data(), envp);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    outWrite.reset();
    errWrite.reset();
    if (rc != 0) {
        out.error = req.argv.first() + QStringLiteral(": ") + QString::fromLocal8Bit(strerror(rc));
        return out;
    }

    Fd pidfd { int(::syscall(SYS_pidfd_open, pid, 0)) };
    const double deadline = t0 + double(req.timeout.count());
    bool outOpen = true;
    bool errOpen = true;
    int status = 0;
    rusage ru {};
    bool reaped = false;
    bool exited = false;
    ProcessOutcome::End forced = ProcessOutcome::End::Exited;

    while (!reaped && !exited) {
        const double now = nowMs();
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            forced = ProcessOutcome::End::Cancelled;
        } else if (now >= deadline) {
            forced = ProcessOutcome::End::TimedOut;
        }
        if (forced != ProcessOutcome::End::Exited) {
            ::kill(-pid, SIGKILL);
            while (::wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) { }
            reaped = true;
            break;
        }
        pollfd fds[3];
        nfds_t n = 0;
        // Without a pidfd (kernel < 5.3) fall back to a 1 ms poll of wait4.
        const bool havePidfd = pidfd.fd >= 0;
        if (havePidfd) {
            fds[n++] = { pidfd.fd, POLLIN, 0 };
        }
        const nfds_t pipeStart = n;
        if (outOpen) {
            fds[n++] = { outRead.fd, POLLIN, 0 };
        }
        if (errOpen) {
            fds[n++] = { errRead.fd, POLLIN, 0 };
        }
        double wait = deadline - now;
        if (cancel) {
            wait = std::min(wait, 20.0);
        }
        if (!havePidfd) {
            wait = std::min(wait, 1.0);
        }
        const int pr = ::poll(fds, n, std::max(0, int(std::ceil(wait))));
        if (pr < 0 && errno != EINTR) {
            out.error = QStringLiteral("poll: ") + QString::fromLocal8Bit(strerror(errno));
            forced = ProcessOutcome::End::SpawnFailed;
            ::kill(-pid, SIGKILL);
            while (::wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) { }
            reaped = true;
            break;
        }
        if (!havePidfd || (fds[0].revents & POLLIN)) {
            // Look without reaping: the zombie keeps the pid, so the group id cannot be reused while
            // the group's stragglers are killed below.
            siginfo_t info {};
            if (::waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid) {
                out.wallMs = nowMs() - t0;
                exited = true;
                break;
            }
        }
        for (nfds_t i = pipeStart; i < n; ++i) {
            if (fds[i].revents == 0) {
                continue;
            }
            if (fds[i].fd == outRead.fd) {
                outOpen = drain(outRead.fd, out.stdoutData, req.maxCapture, &out.stdoutTruncated);
            } else {
                errOpen = drain(errRead.fd, out.stderrData, req.maxCapture, nullptr);
            }
        }
    }
    if (forced != ProcessOutcome::End::Exited) {
        out.wallMs = nowMs() - t0;
    }
    // What the child wrote before exiting is still in the pipes.
    if (outOpen) {
        drain(outRead.fd, out.stdoutData, req.maxCapture, &out.stdoutTruncated);
    }
    if (errOpen) {
        drain(errRead.fd, out.stderrData, req.maxCapture, nullptr);
    }
    if (exited) {
        // Leave nothing of the group behind (children that outlived their parent), then reap.
        ::kill(-pid, SIGKILL);
        while (::wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) { }
    }
    fillUsage(out, ru);
    fillStatus(out, status);
    if (forced != ProcessOutcome::End::Exited) {
        out.end = forced;
    }
    return out;
}

} // namespace rb
