// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemonmemory.h"

#include "processscan.h"
#include "procfs.h"
#include "resourcesampler.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace rb {

namespace {

MemoryUse readAll(const std::set<pid_t>& pids)
{
    MemoryUse m;
    for (const pid_t pid : pids) {
        qint64 rss = 0, pss = 0, uss = 0;
        if (readSmapsRollup(pid, &rss, &pss, &uss)) {
            m.pids.push_back(pid);
            m.rssKb += rss;
            m.pssKb += pss;
            m.ussKb += uss;
        }
    }
    return m;
}

} // namespace

MemoryUse& MemoryUse::operator+=(const MemoryUse& other)
{
    pids.insert(pids.end(), other.pids.begin(), other.pids.end());
    std::sort(pids.begin(), pids.end());
    rssKb += other.rssKb;
    pssKb += other.pssKb;
    ussKb += other.ussKb;
    return *this;
}

bool readSmapsRollup(pid_t pid, qint64* rssKb, qint64* pssKb, qint64* ussKb)
{
    char path[64];
    char buf[2048];
    std::snprintf(path, sizeof path, "/proc/%d/smaps_rollup", pid);
    if (detail::readFile(path, buf, sizeof buf) <= 0 || detail::field(buf, "\nPss:") < 0) {
        return false; // gone, or a kernel thread (no mm)
    }
    *rssKb = detail::field(buf, "\nRss:");
    *pssKb = detail::field(buf, "\nPss:");
    *ussKb = detail::field(buf, "\nPrivate_Clean:") + detail::field(buf, "\nPrivate_Dirty:");
    return true;
}

DaemonMemory accountDaemonMemory(const DaemonScope& scope, const std::vector<pid_t>& containerPids)
{
    const std::vector<pid_t> inContainers =
        containerPids.empty() ? std::vector<pid_t>() : ResourceSampler::tree(containerPids);
    const std::set<pid_t> containers(inContainers.begin(), inContainers.end());
    const bool scoped = !scope.roots.empty() || !scope.marker.isEmpty();
    std::set<pid_t> owned;
    if (scoped) {
        for (const pid_t pid : scope.roots.empty() ? std::vector<pid_t>() : ResourceSampler::tree(scope.roots)) {
            owned.insert(pid);
        }
        for (const pid_t pid : procscan::mentioning(scope.marker)) {
            owned.insert(pid);
        }
    }
    std::set<pid_t> daemons;
    for (const pid_t pid : scoped ? std::vector<pid_t>(owned.begin(), owned.end()) : procscan::allPids()) {
        if (containers.count(pid)) {
            continue;
        }
        const QByteArray comm = procscan::comm(pid);
        if (std::any_of(scope.processNames.begin(), scope.processNames.end(),
                [&](const QString& name) { return procscan::commMatches(comm, name); })) {
            daemons.insert(pid);
        }
    }
    DaemonMemory m;
    m.daemons = readAll(daemons);
    m.containers = readAll(containers);
    m.total = m.daemons;
    m.total += m.containers;
    return m;
}

QList<std::pair<QString, qint64>> DaemonMemory::metrics() const
{
    QList<std::pair<QString, qint64>> out;
    const std::pair<const char*, const MemoryUse*> parts[] = { { "daemon", &daemons }, { "container", &containers },
        { "total", &total } };
    for (const auto& [prefix, use] : parts) {
        const QString p = QString::fromLatin1(prefix);
        out.append({ QString(p + QStringLiteral("_rss_kb")), use->rssKb });
        out.append({ QString(p + QStringLiteral("_pss_kb")), use->pssKb });
        out.append({ QString(p + QStringLiteral("_uss_kb")), use->ussKb });
    }
    out.append({ QStringLiteral("daemon_processes"), qint64(daemons.pids.size()) });
    out.append({ QStringLiteral("container_processes"), qint64(containers.pids.size()) });
    return out;
}

} // namespace rb
