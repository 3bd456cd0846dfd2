/* SPDX-License-Identifier: GPL-3.0-or-later */
/* runbench-spawn SEARCH_PATH PROGRAM [ARG]...
 *
 * The trampoline through which core/measure/processlauncher.cpp starts every measured process (see the
 * comment there and docs/methodology.md, "Measuring a process"). It is a small static program, so the
 * memory map its child starts from is tiny: at execve the kernel folds the old memory map's RSS high-water
 * mark into the new program's ru_maxrss, and when a large process (the GUI, the CLI) spawns directly with
 * vfork/fork that old map is the large process's.
 *
 * It forks, the child execs PROGRAM (looked up in SEARCH_PATH like execvp when it has no slash) with this
 * process's environment, stdin, stdout and stderr. Right after the fork it writes a STARTED
 * struct RbSpawnReport (t_fork only) on fd 3, for readiness probes; it waits for the target with wait4 and
 * writes the FINAL struct RbSpawnReport on fd 3 (timestamps, wait status, rusage, or the exec errno).
 * Exit status: 0 when the final report was written, 127 otherwise. */
#define _GNU_SOURCE
#include "spawnreport.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char** environ;

static int64_t nowNs(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t tvUs(struct timeval tv)
{
    return (int64_t)tv.tv_sec * 1000000 + tv.tv_usec;
}

/* execvp's search, over an explicit PATH (the launcher's, not the target environment's). Returns errno. */
static int execSearch(const char* file, char** argv, const char* path)
{
    if (file[0] == '\0') {
        return ENOENT;
    }
    if (strchr(file, '/')) {
        execve(file, argv, environ);
        return errno;
    }
    int sawEacces = 0;
    const char* p = path;
    for (;;) {
        const char* end = strchrnul(p, ':');
        const int dirLen = (int)(end - p);
        char candidate[PATH_MAX];
        if (snprintf(candidate, sizeof candidate, "%.*s%s%s", dirLen, p, dirLen ? "/" : "", file)
            < (int)sizeof candidate) {
            execve(candidate, argv, environ);
            if (errno == EACCES) {
                sawEacces = 1;
            } else if (errno != ENOENT && errno != ENOTDIR && errno != ESTALE && errno != ENODEV
                && errno != ETIMEDOUT) {
                return errno;
            }
        }
        if (*end == '\0') {
            return sawEacces ? EACCES : ENOENT;
        }
        p = end + 1;
    }
}

/* Signals a target may send to its whole process group (kill(0, SIGTERM) in a shell script): the helper
 * ignores them so that it survives to report; the child restores the defaults before exec, because ignored
 * dispositions survive execve. SIGKILL, the launcher's timeout and cancel, still ends everyone. */
static const int kShielded[] = { SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE };

static void setShielded(void (*handler)(int))
{
    for (size_t i = 0; i < sizeof kShielded / sizeof kShielded[0]; ++i) {
        signal(kShielded[i], handler);
    }
}

static int writeReport(const struct RbSpawnReport* r)
{
    ssize_t n;
    do {
        n = write(RB_SPAWN_REPORT_FD, r, sizeof *r);
    } while (n < 0 && errno == EINTR);
    return n == (ssize_t)sizeof *r ? 0 : 127;
}

int main(int argc, char** argv)
{
    /* The report fd must not leak into the target; the exec-error pipe closes itself at exec. */
    int errPipe[2];
    if (argc < 3 || fcntl(RB_SPAWN_REPORT_FD, F_SETFD, FD_CLOEXEC) != 0 || pipe2(errPipe, O_CLOEXEC) != 0) {
        return 127;
    }
    /* If Runbench dies (even by SIGKILL), this helper and then its target die with it: nothing it started
     * lives on as an orphan. The check after prctl closes the race with a parent that died before it. */
    const pid_t parent = getppid();
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent) {
        return 127;
    }
    struct RbSpawnReport r;
    memset(&r, 0, sizeof r);
    r.magic = RB_SPAWN_REPORT_MAGIC;
    setShielded(SIG_IGN);
    r.forkNs = nowNs();
    const pid_t pid = fork();
    if (pid == 0) {
        const pid_t helper = getppid();
        if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != helper) {
            _exit(127);
        }
        setShielded(SIG_DFL);
        const int e = execSearch(argv[2], argv + 2, argv[1]);
        while (write(errPipe[1], &e, sizeof e) < 0 && errno == EINTR) { }
        _exit(127);
    }
    close(errPipe[1]);
    if (pid < 0) {
        r.execErrno = errno;
        return writeReport(&r);
    }
    struct RbSpawnReport started = r;
    started.kind = RB_SPAWN_REPORT_STARTED;
    (void)writeReport(&started); /* best effort: a reader that misses it still gets t_fork from the final */
    int execErr = 0;
    ssize_t n;
    do {
        n = read(errPipe[0], &execErr, sizeof execErr);
    } while (n < 0 && errno == EINTR);
    if (n == (ssize_t)sizeof execErr) {
        r.execErrno = execErr;
    }
    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) { }
    r.exitNs = nowNs();
    r.waitStatus = status;
    r.userUs = tvUs(ru.ru_utime);
    r.sysUs = tvUs(ru.ru_stime);
    r.maxRssKb = ru.ru_maxrss;
    r.minorFaults = ru.ru_minflt;
    r.majorFaults = ru.ru_majflt;
    r.voluntaryCtxSwitches = ru.ru_nvcsw;
    r.involuntaryCtxSwitches = ru.ru_nivcsw;
    return writeReport(&r);
}
