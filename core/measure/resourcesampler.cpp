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
// detailInterval, and at once for a process that just joined. The /proc reading itself is in procfs.cpp.
#include "resourcesampler.h"

#include "procevents.h"
#include "procfs.h"

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
#include <tuple>
#include <unistd.h>

namespace rb {

namespace {

std::int64_t monoNs(clockid_t clock = CLOCK_MONOTONIC)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

using namespace detail;
using Stat = ProcStat;

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
    std::tie(d.voluntary, d.involuntary) = ctxSwitches(pid, threads);
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

std::vector<ResourceSample> ResourceSampler::samplesAfter(std::int64_t tNs) const
{
    const std::lock_guard lock(m_mutex);
    std::vector<ResourceSample> out;
    const std::size_t n = m_ring.size();
    // Newest first from the ring's write position backwards, then reversed.
    for (std::size_t k = 1; k <= n; ++k) {
        const ResourceSample& s = m_ring[(m_next + m_options.capacity - k) % m_options.capacity % n];
        if (s.tNs <= tNs) {
            break;
        }
        out.push_back(s);
    }
    std::reverse(out.begin(), out.end());
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
