// SPDX-License-Identifier: GPL-3.0-or-later
// What a load worker shares while it runs (Plan::live): a copy of its histogram and closed buckets every 100 ms,
// taken without ever blocking the hot path, for LoadConfig::progress.
#include "loadworker.h"

#include <algorithm>

namespace rb::load {

void Worker::publish(int64_t now)
{
    m_nextPublishNs = now + kTickNs;
    // A bucket is closed once the clock has left it: complete() timestamps with a later nowNs().
    const auto closed = std::size_t(std::max<int64_t>(0, now - m_plan.originNs) / kTickNs);
    std::unique_lock lock(m_liveMutex, std::try_to_lock);
    if (!lock.owns_lock()) {
        return; // the reader is busy with the last copy: publish at the next tick instead of waiting
    }
    m_liveLatency = m_res.latency;
    m_liveTicks.assign(closed, 0);
    std::copy_n(
        m_res.completionsPerTick.begin(), std::min(closed, m_res.completionsPerTick.size()), m_liveTicks.begin());
    m_liveClosed = closed;
}

std::size_t Worker::addPublished(HdrHistogram& into, std::vector<int64_t>& ticks)
{
    std::lock_guard lock(m_liveMutex);
    into.add(m_liveLatency);
    if (ticks.size() < m_liveTicks.size()) {
        ticks.resize(m_liveTicks.size(), 0);
    }
    for (std::size_t i = 0; i < m_liveTicks.size(); ++i) {
        ticks[i] += m_liveTicks[i];
    }
    return m_liveClosed;
}

} // namespace rb::load
