// SPDX-License-Identifier: GPL-3.0-or-later
//
// Cost: each tick reads /proc/<pid>/stat of every process on the machine (to find the tree: ~110 here), then
// smaps_rollup and status of each tree member (task/*/status for multi-threaded ones). Files are read with
// open/read/close into a stack buffer, without Qt I/O. tests/bench/sampler_cost measures the thread's CPU time.
#include "resourcesampler.h"

#include <QByteArray>
#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <linux/perf_event.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace rb {

namespace {

std::int64_t monoNs(clockid_t clock = CLOCK_MONOTONIC)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Reads a small /proc file into buf (NUL-terminated). Returns the length, or −1.
ssize_t readFile(const char* path, char* buf, size_t cap)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return -1;
    }
    size_t len = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buf + len, cap - 1 - len);
        if (n <= 0) {
            break;
        }
        len += size_t(n);
        if (len == cap - 1) {
            break;
        }
    }
    ::close(fd);
    buf[len] = '\0';
    return ssize_t(len);
}

// The number after "key" in a "Key:   123 kB" style file; −1 when absent.
qint64 field(const char* text, const char* key)
{
    const char* p = std::strstr(text, key);
    return p ? std::strtoll(p + std::strlen(key), nullptr, 10) : -1;
}

struct Stat
{
    pid_t pid = 0;
    pid_t ppid = 0;
    char state = '?';
    std::uint64_t minflt = 0, majflt = 0, utime = 0, stime = 0, startTime = 0;
    long threads = 0, rssPages = 0;
};

bool readStat(pid_t pid, Stat& s)
{
    char path[64];
    char buf[1024];
    std::snprintf(path, sizeof path, "/proc/%d/stat", pid);
    if (readFile(path, buf, sizeof buf) <= 0) {
        return false;
    }
    const char* p = std::strrchr(buf, ')'); // comm may contain spaces and parentheses
    if (!p) {
        return false;
    }
    s.pid = pid;
    unsigned long long f[22] = {};
    // Fields from 3 (state) on: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime
    // stime cutime cstime priority nice num_threads itrealvalue starttime vsize rss.
    const int n = std::sscanf(p + 2,
        "%c %llu %*s %*s %*s %*s %*s %llu %*s %llu %*s %llu %llu %*s %*s %*s %*s %llu %*s %llu %*s %llu", &s.state,
        &f[0], &f[1], &f[2], &f[3], &f[4], &f[5], &f[6], &f[7]);
    if (n < 9) {
        return false;
    }
    s.ppid = pid_t(f[0]);
    s.minflt = f[1];
    s.majflt = f[2];
    s.utime = f[3];
    s.stime = f[4];
    s.threads = long(f[5]);
    s.startTime = f[6];
    s.rssPages = long(f[7]);
    return true;
}

std::vector<Stat> scanProc()
{
    std::vector<Stat> all;
    DIR* d = ::opendir("/proc");
    if (!d) {
        return all;
    }
    while (const dirent* e = ::readdir(d)) {
        if (e->d_name[0] < '1' || e->d_name[0] > '9') {
            continue;
        }
        Stat s;
        if (readStat(pid_t(std::atoi(e->d_name)), s)) {
            all.push_back(s);
        }
    }
    ::closedir(d);
    return all;
}

std::vector<Stat> treeStats(const std::vector<pid_t>& roots)
{
    const std::vector<Stat> all = scanProc();
    std::vector<Stat> tree;
    std::vector<pid_t> frontier = roots;
    std::vector<pid_t> seen;
    while (!frontier.empty()) {
        const pid_t pid = frontier.back();
        frontier.pop_back();
        if (std::find(seen.begin(), seen.end(), pid) != seen.end()) {
            continue;
        }
        seen.push_back(pid);
        for (const Stat& s : all) {
            if (s.pid == pid) {
                tree.push_back(s);
            } else if (s.ppid == pid) {
                frontier.push_back(s.pid);
            }
        }
    }
    return tree;
}

void addCtxSwitches(pid_t pid, long threads, ResourceSample& out)
{
    char path[320];
    char buf[4096];
    auto addFrom = [&](const char* p) {
        if (readFile(p, buf, sizeof buf) > 0) {
            out.voluntaryCtxSwitches += std::max<qint64>(0, field(buf, "voluntary_ctxt_switches:"));
            out.involuntaryCtxSwitches += std::max<qint64>(0, field(buf, "nonvoluntary_ctxt_switches:"));
        }
    };
    if (threads <= 1) { // /proc/<pid>/status counts the main thread only
        std::snprintf(path, sizeof path, "/proc/%d/status", pid);
        addFrom(path);
        return;
    }
    std::snprintf(path, sizeof path, "/proc/%d/task", pid);
    DIR* d = ::opendir(path);
    while (d) {
        const dirent* e = ::readdir(d);
        if (!e) {
            break;
        }
        if (e->d_name[0] >= '1' && e->d_name[0] <= '9') {
            std::snprintf(path, sizeof path, "/proc/%d/task/%s/status", pid, e->d_name);
            addFrom(path);
        }
    }
    if (d) {
        ::closedir(d);
    }
}

// The memory-controller path of a process: {v1 path, v2 path} from /proc/<pid>/cgroup.
std::pair<QByteArray, QByteArray> cgroupPaths(const QByteArray& procFile)
{
    QFile f(QString::fromLatin1(procFile));
    std::pair<QByteArray, QByteArray> r;
    if (!f.open(QIODevice::ReadOnly)) {
        return r;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() < 3) {
            continue;
        }
        if (parts[0] == "0" && parts[1].isEmpty()) {
            r.second = parts.mid(2).join(':');
        } else if (parts[1].split(',').contains("memory")) {
            r.first = parts.mid(2).join(':');
        }
    }
    return r;
}

} // namespace

ResourceSampler::ResourceSampler(ResourceSamplerOptions options)
    : m_options(std::move(options))
{
    m_options.capacity = std::max<std::size_t>(1, m_options.capacity);
    m_ring.reserve(std::min<std::size_t>(m_options.capacity, 4096));
    m_peaks.pssKb = m_peaks.ussKb = m_peaks.cgroupCurrentKb = m_peaks.cgroupPeakKb = -1;
    findCgroup();
    openPerf();
}

ResourceSampler::~ResourceSampler()
{
    stop();
    for (int fd : m_perfFds) {
        ::close(fd);
    }
}

void ResourceSampler::findCgroup()
{
    if (m_options.roots.empty()) {
        return;
    }
    const auto mine = cgroupPaths("/proc/self/cgroup");
    const auto theirs = cgroupPaths("/proc/" + QByteArray::number(m_options.roots.front()) + "/cgroup");
    if (!theirs.first.isEmpty() && theirs.first != "/" && theirs.first != mine.first) {
        m_cgroupDir = QStringLiteral("/sys/fs/cgroup/memory") + QString::fromUtf8(theirs.first);
    } else if (!theirs.second.isEmpty() && theirs.second != "/" && theirs.second != mine.second) {
        const QString base = QFile::exists(QStringLiteral("/sys/fs/cgroup/cgroup.controllers"))
            ? QStringLiteral("/sys/fs/cgroup")
            : QStringLiteral("/sys/fs/cgroup/unified");
        m_cgroupDir = base + QString::fromUtf8(theirs.second);
        m_cgroupV2 = true;
    }
}

void ResourceSampler::readCgroup(ResourceSample& s) const
{
    if (m_cgroupDir.isEmpty()) {
        return;
    }
    const QByteArray dir = QFile::encodeName(m_cgroupDir);
    char buf[64];
    auto kb = [&](const char* name) -> qint64 {
        const QByteArray path = dir + '/' + name;
        return readFile(path.constData(), buf, sizeof buf) > 0 ? std::strtoll(buf, nullptr, 10) / 1024 : -1;
    };
    s.cgroupCurrentKb = kb(m_cgroupV2 ? "memory.current" : "memory.usage_in_bytes");
    s.cgroupPeakKb = kb(m_cgroupV2 ? "memory.peak" : "memory.max_usage_in_bytes");
}

void ResourceSampler::openPerf()
{
    if (!m_options.perfCounters) {
        m_perfReason = QStringLiteral("not requested");
        return;
    }
    for (pid_t root : m_options.roots) {
        for (auto config : { PERF_COUNT_HW_CPU_CYCLES, PERF_COUNT_HW_INSTRUCTIONS }) {
            perf_event_attr attr {};
            attr.size = sizeof attr;
            attr.type = PERF_TYPE_HARDWARE;
            attr.config = config;
            attr.inherit = 1;
            attr.exclude_hv = 1;
            const int fd = int(::syscall(SYS_perf_event_open, &attr, root, -1, -1, PERF_FLAG_FD_CLOEXEC));
            if (fd < 0) {
                m_perfReason = QStringLiteral("perf_event_open: ") + QString::fromLocal8Bit(strerror(errno));
                for (int open : m_perfFds) {
                    ::close(open);
                }
                m_perfFds.clear();
                return;
            }
            m_perfFds.push_back(fd);
        }
    }
}

ResourceSample ResourceSampler::sampleNow()
{
    ResourceSample s;
    s.tNs = monoNs();
    static const long tick = ::sysconf(_SC_CLK_TCK);
    static const long pageKb = ::sysconf(_SC_PAGESIZE) / 1024;
    std::map<pid_t, Prev> now;
    double cpuDeltaMs = 0;
    char path[64];
    char buf[2048];
    for (const Stat& st : treeStats(m_options.roots)) {
        if (st.state == 'Z' || st.state == 'X') {
            continue;
        }
        ++s.processes;
        s.threads += int(st.threads);
        s.minorFaults += qint64(st.minflt);
        s.majorFaults += qint64(st.majflt);
        const double cpu = double(st.utime + st.stime) * 1000.0 / double(tick);
        s.cpuMs += cpu;
        const auto prev = m_prev.find(st.pid);
        const bool same = prev != m_prev.end() && prev->second.startTime == st.startTime;
        cpuDeltaMs += same ? cpu - prev->second.cpuMs : cpu; // a new process: all its CPU is since the last tick
        now[st.pid] = Prev { st.startTime, cpu };
        std::snprintf(path, sizeof path, "/proc/%d/smaps_rollup", st.pid);
        if (readFile(path, buf, sizeof buf) > 0 && field(buf, "\nPss:") >= 0) {
            s.rssKb += field(buf, "\nRss:");
            s.pssKb = std::max<qint64>(s.pssKb, 0) + field(buf, "\nPss:");
            s.ussKb = std::max<qint64>(s.ussKb, 0) + field(buf, "\nPrivate_Clean:") + field(buf, "\nPrivate_Dirty:");
        } else {
            s.rssKb += st.rssPages * pageKb; // kernel threads, or no permission
        }
        addCtxSwitches(st.pid, st.threads, s);
    }
    if (m_prevNs > 0 && s.tNs > m_prevNs) {
        s.cpuPercent = 100.0 * cpuDeltaMs / (double(s.tNs - m_prevNs) / 1e6);
    }
    m_prev = std::move(now);
    m_prevNs = s.tNs;
    readCgroup(s);
    if (!m_perfFds.empty()) {
        s.cycles = s.instructions = 0;
        for (std::size_t i = 0; i < m_perfFds.size(); ++i) {
            std::uint64_t v = 0;
            if (::read(m_perfFds[i], &v, sizeof v) == ssize_t(sizeof v)) {
                (i % 2 ? s.instructions : s.cycles) += qint64(v);
            }
        }
    }
    return s;
}

void ResourceSampler::record(const ResourceSample& s)
{
    const std::lock_guard lock(m_mutex);
    if (m_ring.size() < m_options.capacity) {
        m_ring.push_back(s);
    } else {
        m_ring[m_next] = s;
        ++m_dropped;
    }
    m_next = (m_next + 1) % m_options.capacity;
    m_peaks.tNs = s.tNs;
    m_peaks.processes = std::max(m_peaks.processes, s.processes);
    m_peaks.threads = std::max(m_peaks.threads, s.threads);
    m_peaks.rssKb = std::max(m_peaks.rssKb, s.rssKb);
    m_peaks.pssKb = std::max(m_peaks.pssKb, s.pssKb);
    m_peaks.ussKb = std::max(m_peaks.ussKb, s.ussKb);
    m_peaks.cpuPercent = std::max(m_peaks.cpuPercent, s.cpuPercent);
    m_peaks.cgroupCurrentKb = std::max(m_peaks.cgroupCurrentKb, s.cgroupCurrentKb);
    m_peaks.cgroupPeakKb = std::max(m_peaks.cgroupPeakKb, s.cgroupPeakKb);
}

void ResourceSampler::start()
{
    if (!m_thread.joinable()) {
        m_stopping = false;
        m_thread = std::thread([this] { run(); });
    }
}

void ResourceSampler::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void ResourceSampler::run()
{
    auto next = std::chrono::steady_clock::now();
    for (;;) {
        record(sampleNow());
        m_threadCpuNs.store(monoNs(CLOCK_THREAD_CPUTIME_ID), std::memory_order_relaxed);
        next += m_options.interval;
        const auto now = std::chrono::steady_clock::now();
        if (next < now) {
            next = now; // overran: skip the missed ticks instead of bursting
        }
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_until(lock, next, [this] { return m_stopping; })) {
            return;
        }
    }
}

std::vector<ResourceSample> ResourceSampler::samples() const
{
    const std::lock_guard lock(m_mutex);
    if (m_ring.size() < m_options.capacity) {
        return m_ring;
    }
    std::vector<ResourceSample> out(m_ring.begin() + std::ptrdiff_t(m_next), m_ring.end());
    out.insert(out.end(), m_ring.begin(), m_ring.begin() + std::ptrdiff_t(m_next));
    return out;
}

std::uint64_t ResourceSampler::dropped() const
{
    const std::lock_guard lock(m_mutex);
    return m_dropped;
}

ResourceSample ResourceSampler::peaks() const
{
    const std::lock_guard lock(m_mutex);
    return m_peaks;
}

double ResourceSampler::samplerCpuMs() const
{
    return double(m_threadCpuNs.load(std::memory_order_relaxed)) / 1e6;
}

std::vector<pid_t> ResourceSampler::tree(const std::vector<pid_t>& roots)
{
    std::vector<pid_t> pids;
    for (const Stat& s : treeStats(roots)) {
        if (s.state != 'Z' && s.state != 'X') {
            pids.push_back(s.pid);
        }
    }
    return pids;
}

} // namespace rb
