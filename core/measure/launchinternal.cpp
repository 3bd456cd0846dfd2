// SPDX-License-Identifier: GPL-3.0-or-later
// See processlauncher.cpp for why every target starts through runbench-spawn.
#include "launchinternal.h"

#include "runner/paths.h"

#include <QFile>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

extern char** environ;

namespace rb::detail {

double nowMs()
{
    return double(nowNs()) / 1e6;
}

std::int64_t nowNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString errnoText(int e)
{
    return QString::fromLocal8Bit(strerror(e));
}

static QList<QByteArray> local8Bit(const QStringList& list)
{
    QList<QByteArray> r;
    r.reserve(list.size());
    for (const QString& s : list) {
        r << s.toLocal8Bit();
    }
    return r;
}

bool drain(int fd, QByteArray& into, qsizetype cap, bool* truncated,
    const std::function<void(const char* data, qsizetype size)>& onData)
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
            if (onData) {
                onData(buf, n);
            }
            continue;
        }
        if (n == 0) {
            return false;
        }
        return errno == EINTR || errno == EAGAIN;
    }
}

static const QByteArray& helperPath()
{
    static const QByteArray path = QFile::encodeName(paths::spawnHelper());
    return path;
}

// The helper looks names without a slash up in this PATH, as posix_spawnp did (not the target's PATH).
static QByteArray searchPath()
{
    const QByteArray path = qgetenv("PATH");
    return path.isNull() ? QByteArrayLiteral("/bin:/usr/bin") : path;
}

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

bool readRecord(int fd, RbSpawnReport& r)
{
    ssize_t n;
    do {
        n = ::read(fd, &r, sizeof r);
    } while (n < 0 && errno == EINTR);
    return n == ssize_t(sizeof r) && r.magic == RB_SPAWN_REPORT_MAGIC;
}

bool readReport(int fd, RbSpawnReport& r)
{
    while (readRecord(fd, r)) {
        if (r.kind == RB_SPAWN_REPORT_FINAL) {
            return true;
        }
    }
    return false;
}

} // namespace rb::detail
