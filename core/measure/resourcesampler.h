// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sys/types.h>
#include <thread>
#include <utility>
#include <vector>

namespace rb {

namespace detail {
class ProcEvents;
}
struct ProcStat;

/// One sample of a process tree (roots and all their live descendants), summed over its processes. A value.
struct ResourceSample
{
    std::int64_t tNs = 0; ///< CLOCK_MONOTONIC
    int processes = 0; ///< live (non-zombie) processes in the tree
    int threads = 0;
    qint64 rssKb = 0; ///< sum of the resident sets (/proc/<pid>/stat, the counters VmRSS shows), every tick
    /// Sums of Pss and of Private_Clean + Private_Dirty (USS) from smaps_rollup, read when detailNs was taken
    /// (every detailInterval; at once for a new process); −1 when no smaps_rollup could be read.
    qint64 pssKb = -1;
    qint64 ussKb = -1;
    std::int64_t detailNs = 0; ///< when PSS, USS and the context switches were last read
    double cpuMs = 0; ///< utime + stime of the live processes (clock-tick resolution, 10 ms at USER_HZ 100)
    double cpuPercent = -1; ///< % of one core since the previous sample (−1 on the first)
    qint64 minorFaults = 0;
    qint64 majorFaults = 0;
    qint64 voluntaryCtxSwitches = 0; ///< summed over every thread, read with PSS (detailNs)
    qint64 involuntaryCtxSwitches = 0;
    qint64 cgroupCurrentKb = -1; ///< v1 memory.usage_in_bytes / v2 memory.current; −1 when not in an own cgroup
    qint64 cgroupPeakKb = -1; ///< v1 memory.max_usage_in_bytes / v2 memory.peak; −1 when unavailable
    qint64 cycles = -1; ///< perf hardware counters of the roots (inherited by children started later); −1 when
    qint64 instructions = -1; ///< the kernel does not provide them: never estimated
};

struct ResourceSamplerOptions
{
    std::vector<pid_t> roots;
    std::chrono::milliseconds interval { 50 }; ///< 20 Hz: CPU, RSS, threads, faults, new descendants
    /// PSS, USS, context switches and a full rescan of /proc, which cost ~5× more (0: every tick).
    std::chrono::milliseconds detailInterval { 500 };
    std::size_t capacity = 65536; ///< samples kept (a ring: the oldest are dropped and counted)
    bool perfCounters = true; ///< try perf_event_open for cycles and instructions
    bool procEvents = true; ///< follow forks and exits through the process connector when the kernel allows
};

/// Samples a process tree from /proc on its own thread at a fixed rate. Descendants are found from the parent
/// pid in /proc/<pid>/stat (this kernel has no /proc/<pid>/task/<tid>/children), so processes that left the
/// tree by reparenting (daemons) are not followed; add them as roots. Two rates: every `interval` the cheap
/// counters, every `detailInterval` the expensive ones (see ResourceSamplerOptions, and the cost in
/// docs/performance.md).
///
/// Memory is bounded by `capacity` samples plus one small record per live process. cgroup memory is read only
/// when the first root sits in a cgroup other than this process's (the runtime made one for the workload).
///
/// Threads: construct, start(), stop() and read the results on one owner thread; the sampling runs on the
/// sampler's own thread. samples()/dropped()/samplerCpuMs() may be called while it runs (internal lock).
class ResourceSampler
{
public:
    explicit ResourceSampler(ResourceSamplerOptions options);
    ~ResourceSampler();
    ResourceSampler(const ResourceSampler&) = delete;
    ResourceSampler& operator=(const ResourceSampler&) = delete;

    /// Starts the sampling thread (first sample at once). Calling thread: the owner.
    void start();
    /// Stops and joins the sampling thread. Idempotent. Calling thread: the owner.
    void stop();
    /// Takes one sample on the calling thread (when not started: for tests and one-off reads).
    ResourceSample sampleNow();

    /// Copies of the kept samples, oldest first.
    std::vector<ResourceSample> samples() const;
    /// Copies of the kept samples taken after `tNs` (CLOCK_MONOTONIC), oldest first: cheap for live views.
    std::vector<ResourceSample> samplesAfter(std::int64_t tNs) const;
    std::uint64_t dropped() const;
    /// Peak of each memory metric over every sample taken (dropped ones included).
    ResourceSample peaks() const;
    /// CPU time the sampler thread has used so far (its own cost).
    double samplerCpuMs() const;
    /// "" when perf counters are read, else why not ("perf_event_open: No such file or directory").
    QString perfUnavailable() const
    {
        return m_perfReason;
    }
    /// The cgroup whose memory is read ("" when none), e.g. "v1:/sys/fs/cgroup/memory/rb".
    QString cgroupSource() const
    {
        return m_cgroupDir;
    }

    /// The roots and all their live descendants, found by scanning /proc. Any thread.
    static std::vector<pid_t> tree(const std::vector<pid_t>& roots);

private:
    struct Prev
    {
        std::uint64_t startTime = 0;
        double cpuMs = 0;
    };
    struct Detail
    {
        std::uint64_t startTime = 0;
        qint64 pssKb = -1;
        qint64 ussKb = -1;
        qint64 voluntary = 0;
        qint64 involuntary = 0;
    };
    static Detail readDetail(pid_t pid, long threads, std::uint64_t startTime);
    std::vector<ProcStat> members();
    void run();
    void openPerf();
    void findCgroup();
    void readCgroup(ResourceSample& s) const;
    void record(const ResourceSample& s);

    ResourceSamplerOptions m_options;
    std::map<pid_t, Prev> m_prev; ///< sampling thread only (or sampleNow's caller)
    std::int64_t m_prevNs = 0;
    std::map<pid_t, Detail> m_details; ///< likewise
    std::set<pid_t> m_foreign; ///< processes seen outside the tree since the last detail tick
    std::map<pid_t, std::pair<int, int>> m_fds; ///< cached /proc/<pid>/stat and statm descriptors of members
    std::int64_t m_detailNs = 0;
    std::unique_ptr<detail::ProcEvents> m_events; ///< null when the kernel gives no process events
    std::set<pid_t> m_members; ///< with m_events: the tree's processes
    bool m_scanned = false;
    std::vector<int> m_perfFds; ///< cycles, instructions per root
    QString m_perfReason;
    QString m_cgroupDir;
    bool m_cgroupV2 = false;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::vector<ResourceSample> m_ring;
    std::size_t m_next = 0;
    std::uint64_t m_dropped = 0;
    ResourceSample m_peaks;
    std::atomic<std::int64_t> m_threadCpuNs { 0 };
    std::thread m_thread;
};

} // namespace rb
