// SPDX-License-Identifier: GPL-3.0-or-later
//
// Finding the tree: with the kernel's process connector (ProcEvents: root, CONFIG_PROC_EVENTS) /proc is scanned
// once and then followed through fork/exit events, so processes born in the tree stay in it even when
// reparented; without it, every tick lists /proc and reads the stat of processes not seen before
// (readdir(/proc) alone fills a dentry per process: it was most of a tick's cost).
//
// Cost (measured here, tests/bench/rb_bench_measure sampler): /proc/<pid>/stat ~9 µs, status ~13 µs,
// smaps_rollup 40-70 µs (it walks the page tables), readdir(/proc) ~45 µs. So each tick reads the stat of the
// tree's members (CPU, RSS, threads, faults) and of processes not seen before; the expensive per-process
// reads (smaps_rollup for PSS/USS, status for context switches) and the full /proc rescan happen every
// detailInterval, and at once for a process that just joined. Files are read with open/read/close into a
// stack buffer, without Qt I/O.
#include "resourcesampler.h"

#include "procevents.h"

#include <QByteArray>
#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <linux/perf_event.h>
#include <set>
#include <sys/syscall.h>
#include <unistd.h>

namespace rb {

/// One line of /proc/<pid>/stat, the fields the sampler uses.
struct ProcStat
{
    pid_t pid = 0;
    pid_t ppid = 0;
    char state = '?';
    std::uint64_t minflt = 0, majflt = 0, utime = 0, stime = 0, startTime = 0;
    long threads = 0, rssPages = 0;
};

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

// Reads a /proc file through a cached descriptor (pread at offset 0 regenerates it: ~3 µs instead of ~7 µs
// for open/read/close). A descriptor of a process that has gone fails and is reopened, so a reused pid is
// read afresh. `fd` may be null: no caching.
ssize_t readCached(int* fd, const char* path, char* buf, size_t cap)
{
    if (!fd) {
        return readFile(path, buf, cap);
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (*fd < 0 && (*fd = ::open(path, O_RDONLY | O_CLOEXEC)) < 0) {
            return -1;
        }
        const ssize_t n = ::pread(*fd, buf, cap - 1, 0);
        if (n > 0) {
            buf[n] = '\0';
            return n;
        }
        ::close(*fd);
        *fd = -1;
    }
    return -1;
}

// The number after "key" in a "Key:   123 kB" style file; −1 when absent.
qint64 field(const char* text, const char* key)
{
    const char* p = std::strstr(text, key);
    return p ? std::strtoll(p + std::strlen(key), nullptr, 10) : -1;
}

using ProcFds = std::map<pid_t, std::pair<int, int>>; // pid → cached fds of /proc/<pid>/stat and statm
constexpr std::size_t kMaxCachedPids = 200; // 400 descriptors at most

using Stat = ProcStat;

bool readStat(pid_t pid, Stat& s, int* fd)
{
    char path[64];
    char buf[1024];
    std::snprintf(path, sizeof path, "/proc/%d/stat", pid);
    if (readCached(fd, path, buf, sizeof buf) <= 0) {
        return false;
    }
    const char* p = std::strrchr(buf, ')'); // comm may contain spaces and parentheses
    if (!p) {
        return false;
    }
    s.pid = pid;
    s.state = p[2];
    // Fields from 4 (ppid) on, space-separated numbers: ppid pgrp session tty tpgid flags minflt cminflt majflt
    // cmajflt utime stime cutime cstime priority nice num_threads itrealvalue starttime vsize rss.
    unsigned long long v[21] = {};
    char* q = const_cast<char*>(p + 3);
    for (unsigned long long& x : v) {
        x = std::strtoull(q, &q, 10);
    }
    const unsigned long long f[8] = { v[0], v[6], v[8], v[10], v[11], v[16], v[18], v[20] };
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

// Every process in /proc except those already known to be outside the tree (`foreign`, which this extends).
// Reading /proc/<pid>/stat is the main cost of finding the tree; a process outside it never joins it (only
// reparenting to a subreaper could), so it is read once per detail period instead of every tick.
std::vector<Stat> treeStats(const std::vector<pid_t>& roots, std::set<pid_t>* foreign, ProcFds* fds)
{
    std::vector<Stat> all;
    if (DIR* d = ::opendir("/proc")) {
        while (const dirent* e = ::readdir(d)) {
            if (e->d_name[0] < '1' || e->d_name[0] > '9') {
                continue;
            }
            const pid_t pid = pid_t(std::atoi(e->d_name));
            Stat st;
            const auto cached = fds ? fds->find(pid) : ProcFds::iterator();
            int* fd = fds && cached != fds->end() ? &cached->second.first : nullptr;
            if ((!foreign || !foreign->count(pid)) && readStat(pid, st, fd)) {
                all.push_back(st);
            }
        }
        ::closedir(d);
    }
    std::vector<Stat> tree;
    std::vector<pid_t> frontier = roots;
    std::set<pid_t> seen;
    while (!frontier.empty()) {
        const pid_t pid = frontier.back();
        frontier.pop_back();
        if (!seen.insert(pid).second) {
            continue;
        }
        for (const Stat& st : all) {
            if (st.pid == pid) {
                tree.push_back(st);
            } else if (st.ppid == pid) {
                frontier.push_back(st.pid);
            }
        }
    }
    for (const Stat& st : all) {
        if (foreign && !seen.count(st.pid)) {
            foreign->insert(st.pid);
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
    if (m_options.procEvents) {
        m_events = std::make_unique<detail::ProcEvents>();
        if (!m_events->ok()) {
            m_events.reset();
        }
    }
}

ResourceSampler::~ResourceSampler()
{
    stop();
    for (int fd : m_perfFds) {
        ::close(fd);
    }
    for (const auto& [pid, fds] : m_fds) {
        for (int fd : { fds.first, fds.second }) {
            if (fd >= 0) {
                ::close(fd);
            }
        }
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

// The expensive reads of one process (smaps_rollup walks its page tables: ~40-70 µs here; status per thread).
ResourceSampler::Detail ResourceSampler::readDetail(pid_t pid, long threads, std::uint64_t startTime)
{
    Detail d;
    d.startTime = startTime;
    char path[64];
    char buf[2048];
    std::snprintf(path, sizeof path, "/proc/%d/smaps_rollup", pid);
    if (readFile(path, buf, sizeof buf) > 0 && field(buf, "\nPss:") >= 0) {
        d.pssKb = field(buf, "\nPss:");
        d.ussKb = field(buf, "\nPrivate_Clean:") + field(buf, "\nPrivate_Dirty:");
    }
    ResourceSample ctx;
    addCtxSwitches(pid, threads, ctx);
    d.voluntary = ctx.voluntaryCtxSwitches;
    d.involuntary = ctx.involuntaryCtxSwitches;
    return d;
}

std::vector<ProcStat> ResourceSampler::members()
{
    if (!m_events) {
        return treeStats(m_options.roots, &m_foreign, &m_fds);
    }
    // Events since the last tick; a /proc scan only at the first tick and when events were lost.
    if (!m_events->apply(m_members) || !m_scanned) {
        for (const Stat& st : treeStats(m_options.roots, nullptr, &m_fds)) {
            m_members.insert(st.pid);
        }
        m_scanned = true;
    }
    std::vector<Stat> out;
    for (auto it = m_members.begin(); it != m_members.end();) {
        auto cached = m_fds.find(*it);
        if (cached == m_fds.end() && m_fds.size() < kMaxCachedPids) {
            cached = m_fds.emplace(*it, std::pair { -1, -1 }).first;
        }
        Stat st;
        if (readStat(*it, st, cached != m_fds.end() ? &cached->second.first : nullptr)) {
            out.push_back(st);
            ++it;
        } else {
            it = m_members.erase(it); // gone (its exit event may still be queued)
        }
    }
    return out;
}

ResourceSample ResourceSampler::sampleNow()
{
    ResourceSample s;
    s.tNs = monoNs();
    static const long tick = ::sysconf(_SC_CLK_TCK);
    static const long pageKb = ::sysconf(_SC_PAGESIZE) / 1024;
    const bool detailTick =
        m_detailNs == 0 || s.tNs - m_detailNs >= std::chrono::nanoseconds(m_options.detailInterval).count();
    if (detailTick) {
        m_detailNs = s.tNs;
        m_foreign.clear(); // also forgets pids that may have been reused
    }
    std::map<pid_t, Prev> now;
    std::map<pid_t, Detail> details;
    double cpuDeltaMs = 0;
    const std::vector<Stat> tree = members();
    char statm[128];
    char path[64];
    for (const Stat& st : tree) {
        if (st.state == 'Z' || st.state == 'X') {
            continue;
        }
        ++s.processes;
        s.threads += int(st.threads);
        s.minorFaults += qint64(st.minflt);
        s.majorFaults += qint64(st.majflt);
        // statm's resident count is exact; stat's comes from per-CPU counters (off by ~200 kB per process on 6.x)
        auto cached = m_fds.find(st.pid);
        if (cached == m_fds.end() && m_fds.size() < kMaxCachedPids) {
            cached = m_fds.emplace(st.pid, std::pair { -1, -1 }).first;
        }
        std::snprintf(path, sizeof path, "/proc/%d/statm", st.pid);
        const bool haveStatm =
            readCached(cached != m_fds.end() ? &cached->second.second : nullptr, path, statm, sizeof statm) > 0;
        s.rssKb += (haveStatm ? std::strtoll(std::strchr(statm, ' ') ? std::strchr(statm, ' ') : statm, nullptr, 10)
                              : st.rssPages)
            * pageKb;
        const double cpu = double(st.utime + st.stime) * 1000.0 / double(tick);
        s.cpuMs += cpu;
        const auto prev = m_prev.find(st.pid);
        const bool same = prev != m_prev.end() && prev->second.startTime == st.startTime;
        cpuDeltaMs += same ? cpu - prev->second.cpuMs : cpu; // a new process: all its CPU is since the last tick
        now[st.pid] = Prev { st.startTime, cpu };
        const auto known = m_details.find(st.pid);
        const Detail d = !detailTick && known != m_details.end() && known->second.startTime == st.startTime
            ? known->second
            : readDetail(st.pid, st.threads, st.startTime);
        details[st.pid] = d;
        if (d.pssKb >= 0) {
            s.pssKb = std::max<qint64>(s.pssKb, 0) + d.pssKb;
            s.ussKb = std::max<qint64>(s.ussKb, 0) + d.ussKb;
        }
        s.voluntaryCtxSwitches += d.voluntary;
        s.involuntaryCtxSwitches += d.involuntary;
    }
    s.detailNs = m_detailNs;
    if (m_prevNs > 0 && s.tNs > m_prevNs) {
        s.cpuPercent = 100.0 * cpuDeltaMs / (double(s.tNs - m_prevNs) / 1e6);
    }
    for (auto it = m_fds.begin(); it != m_fds.end();) { // close what belongs to processes that left
        if (now.count(it->first)) {
            ++it;
            continue;
        }
        for (int fd : { it->second.first, it->second.second }) {
            if (fd >= 0) {
                ::close(fd);
            }
        }
        it = m_fds.erase(it);
    }
    m_prev = std::move(now);
    m_details = std::move(details);
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
    for (const Stat& s : treeStats(roots, nullptr, nullptr)) {
        if (s.state != 'Z' && s.state != 'X') {
            pids.push_back(s.pid);
        }
    }
    return pids;
}

} // namespace rb
