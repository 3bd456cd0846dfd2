// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/measure: the pieces runProcess (processlauncher.cpp) and runUntilReady (readyrun.cpp) share
// to start a target through runbench-spawn. Not a public API: any thread, no shared state.
#pragma once

#include "processlauncher.h"
#include "spawnreport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>
#include <fcntl.h>
#include <functional>
#include <sys/types.h>
#include <unistd.h>
#include <vector>

namespace rb::detail {

/// CLOCK_MONOTONIC, the clock of the helper's timestamps.
double nowMs();
std::int64_t nowNs();
QString errnoText(int e);

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

/// Reads what is available from a non-blocking pipe. Returns false at EOF.
bool drain(int fd, QByteArray& into, qsizetype cap, bool* truncated,
    const std::function<void(const char* data, qsizetype size)>& onData = {});
/// Starts runbench-spawn in a new process group, with the pipes on fds 1, 2 and 3. Returns its pid, or -1.
pid_t spawnHelper(const ProcessRequest& req, Pipe& out, Pipe& err, Pipe& report, QString* error);
/// waitpid, retried on EINTR; returns the status.
int reap(pid_t pid);
/// Fills end, exit code or signal, wallMs and the rusage fields from a FINAL report.
void applyReport(ProcessOutcome& out, const RbSpawnReport& r, const QString& program);
/// Reads the next record, whatever its kind. False at EOF, on a short read or a bad magic.
bool readRecord(int fd, RbSpawnReport& r);
/// Reads records until the FINAL one (skipping STARTED records). False when there is none.
bool readReport(int fd, RbSpawnReport& r);

} // namespace rb::detail
