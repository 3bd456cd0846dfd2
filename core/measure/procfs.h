// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/measure: fast reads of /proc for the resource sampler (open/read/close or cached
// descriptors into stack buffers, no Qt I/O). Any thread; no shared state.
#pragma once

#include <QByteArray>
#include <cstdint>
#include <map>
#include <set>
#include <sys/types.h>
#include <utility>
#include <vector>

namespace rb {

struct ProcStat
{
    pid_t pid = 0;
    pid_t ppid = 0;
    char state = '?';
    std::uint64_t minflt = 0, majflt = 0, utime = 0, stime = 0, startTime = 0;
    long threads = 0, rssPages = 0;
};

namespace detail {

/// pid → cached descriptors of /proc/<pid>/stat and /proc/<pid>/statm (−1 when not open).
using ProcFds = std::map<pid_t, std::pair<int, int>>;
constexpr std::size_t kMaxCachedPids = 200; ///< 400 descriptors at most

/// Reads a small /proc file into buf (NUL-terminated). Returns the length, or −1.
ssize_t readFile(const char* path, char* buf, size_t cap);
/// Like readFile through a cached descriptor *fd (opened when −1; reopened when it fails); fd may be null.
ssize_t readCached(int* fd, const char* path, char* buf, size_t cap);
/// The number after `key` in a "Key:   123 kB" style text; −1 when absent.
qint64 field(const char* text, const char* key);
/// Parses /proc/<pid>/stat (through *fd when not null).
bool readStat(pid_t pid, ProcStat& s, int* fd);
/// The roots and their descendants by parent links, from one listing of /proc. Processes in `foreign` are not
/// read; those found outside the tree are added to it (when not null). Reads stat through `fds` when cached.
std::vector<ProcStat> treeStats(const std::vector<pid_t>& roots, std::set<pid_t>* foreign, ProcFds* fds);
/// Voluntary and involuntary context switches summed over the process's threads.
std::pair<qint64, qint64> ctxSwitches(pid_t pid, long threads);
/// The memory-controller cgroup path of a process: {v1 path, v2 path} from /proc/<pid>/cgroup.
std::pair<QByteArray, QByteArray> cgroupPaths(const QByteArray& procFile);

} // namespace detail

} // namespace rb
