// SPDX-License-Identifier: GPL-3.0-or-later
#include "processscan.h"

#include "procfs.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <unistd.h>

namespace rb::procscan {

std::vector<pid_t> allPids()
{
    std::vector<pid_t> pids;
    if (DIR* d = ::opendir("/proc")) {
        while (const dirent* e = ::readdir(d)) {
            if (e->d_name[0] >= '1' && e->d_name[0] <= '9') {
                pids.push_back(pid_t(std::atoi(e->d_name)));
            }
        }
        ::closedir(d);
    }
    std::sort(pids.begin(), pids.end());
    return pids;
}

QByteArray comm(pid_t pid)
{
    char path[64];
    char buf[64];
    std::snprintf(path, sizeof path, "/proc/%d/comm", pid);
    const ssize_t n = detail::readFile(path, buf, sizeof buf);
    if (n <= 0) {
        return {};
    }
    QByteArray c(buf, n);
    return c.endsWith('\n') ? c.chopped(1) : c;
}

QByteArray cmdline(pid_t pid)
{
    char path[64];
    char buf[8192];
    std::snprintf(path, sizeof path, "/proc/%d/cmdline", pid);
    const ssize_t n = detail::readFile(path, buf, sizeof buf);
    if (n <= 0) {
        return {};
    }
    QByteArray c(buf, n);
    c.replace('\0', ' ');
    return c.trimmed();
}

bool commMatches(const QByteArray& comm, const QString& name)
{
    constexpr int kCommChars = 15; // TASK_COMM_LEN 16, with the terminating NUL
    return !comm.isEmpty() && comm == name.left(kCommChars).toUtf8();
}

std::vector<pid_t> mentioning(const QByteArray& marker)
{
    std::vector<pid_t> out;
    if (marker.isEmpty()) {
        return out;
    }
    const pid_t self = ::getpid();
    for (const pid_t pid : allPids()) {
        if (pid != self && cmdline(pid).contains(marker)) {
            out.push_back(pid);
        }
    }
    return out;
}

} // namespace rb::procscan
