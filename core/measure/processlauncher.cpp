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

#include "runner/paths.h"
#include "spawnreport.h"

#include <QFile>
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

QString errnoText(int e)
{
    return QString::fromLocal8Bit(strerror(e));
}

// Owns the C strings handed to posix_spawn.
struct CStrings
{
    std::vector<QByteArray> storage;
    std::vector<char*> ptrs;
    explicit CStrings(const QList<QByteArray>& list)
        : storage(list.begin(), list.end())
    {
        for (QByteArray& b : storage) {
            ptrs.push_back(b.data());
        }
        ptrs.push_back(nullptr);
    }
};

QList<QByteArray> local8Bit(const QStringList& list)
{
    QList<QByteArray> r;
    r.reserve(list.size());
    for (const QString& s : list) {
        r << s.toLocal8Bit();
    }
    return r;
}

struct Fd
{
    int fd = -1;
    Fd() = default;
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
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

// Read ends are ours (non-blocking); write ends go to the helper (blocking: O_NONBLOCK belongs to the open
// file and would be shared through dup2). All are close-on-exec here; dup2 in the helper clears it.
struct Pipe
{
    Fd read;
    Fd write;
    bool open(QString* error)
    {
        int p[2];
        if (::pipe2(p, O_CLOEXEC) != 0) {
            *error = errnoText(errno);
            return false;
        }
        read.fd = p[0];
        write.fd = p[1];
        fcntl(read.fd, F_SETFL, O_NONBLOCK);
        return true;
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

const QByteArray& helperPath()
{
    static const QByteArray path = QFile::encodeName(paths::spawnHelper());
    return path;
}

// The helper looks names without a slash up in this PATH, as posix_spawnp did (not the target's PATH).
QByteArray searchPath()
{
    const QByteArray path = qgetenv("PATH");
    return path.isNull() ? QByteArrayLiteral("/bin:/usr/bin") : path;
}

// Starts the helper in a new process group, with the pipes on fds 1, 2 and 3. Returns its pid, or -1.
pid_t spawnHelper(const ProcessRequest& req, Pipe& out, Pipe& err, Pipe& report, QString* error)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, out.write.fd, 1);
    posix_spawn_file_actions_adddup2(&fa, err.write.fd, 2);
    posix_spawn_file_actions_adddup2(&fa, report.write.fd, RB_SPAWN_REPORT_FD);
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

    const CStrings argv(QList<QByteArray> { helperPath(), searchPath() } + local8Bit(req.argv));
    const CStrings envList(local8Bit(req.environment));
    char** envp = req.environment.isEmpty() ? environ : const_cast<char**>(envList.ptrs.data());
    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, argv.ptrs[0], &fa, &attr, argv.ptrs.data(), envp);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    out.write.reset();
    err.write.reset();
    report.write.reset();
    if (rc != 0) {
        // posix_spawn reports a failed chdir like a failed exec of the helper: tell them apart.
        if (!cwd.isEmpty() && ::access(cwd.constData(), X_OK) != 0) {
            *error =
                QStringLiteral("working directory ") + req.workingDirectory + QStringLiteral(": ") + errnoText(errno);
        } else {
            *error = QString::fromLocal8Bit(helperPath()) + QStringLiteral(": ") + errnoText(rc)
                + QStringLiteral(" (the runbench-spawn helper; RUNBENCH_SPAWN_HELPER overrides its path)");
        }
        return -1;
    }
    return pid;
}

int reap(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    return status;
}

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

void applyReport(ProcessOutcome& out, const RbSpawnReport& r, const QString& program)
{
    if (r.execErrno != 0) {
        out.end = ProcessOutcome::End::SpawnFailed;
        out.error = program + QStringLiteral(": ") + errnoText(r.execErrno);
        return;
    }
    if (WIFEXITED(r.waitStatus)) {
        out.end = ProcessOutcome::End::Exited;
        out.exitCode = WEXITSTATUS(r.waitStatus);
    } else if (WIFSIGNALED(r.waitStatus)) {
        out.end = ProcessOutcome::End::Signalled;
        out.signal = WTERMSIG(r.waitStatus);
    }
    out.wallMs = double(r.exitNs - r.forkNs) / 1e6;
    out.userMs = double(r.userUs) / 1e3;
    out.sysMs = double(r.sysUs) / 1e3;
    out.maxRssKb = r.maxRssKb;
    out.minorFaults = r.minorFaults;
    out.majorFaults = r.majorFaults;
    out.voluntaryCtxSwitches = r.voluntaryCtxSwitches;
    out.involuntaryCtxSwitches = r.involuntaryCtxSwitches;
}

bool readReport(int fd, RbSpawnReport& r)
{
    ssize_t n;
    do {
        n = ::read(fd, &r, sizeof r);
    } while (n < 0 && errno == EINTR);
    return n == ssize_t(sizeof r) && r.magic == RB_SPAWN_REPORT_MAGIC;
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

} // namespace rb
