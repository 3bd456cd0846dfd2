// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include "engine/controlchannel.h"

#include <QDateTime>
#include <QHash>
#include <netinet/in.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

namespace rb {

ScenarioContext::ScenarioContext(const RunSpec& run, const WorkloadDef& workload, const PrepareResult& prepared,
    Runner& runner, std::chrono::milliseconds timeout, const std::atomic<bool>& cancel,
    std::function<PrepareResult()> reprepare, std::function<DaemonMemory()> daemonMemory)
    : m_run(run)
    , m_workload(workload)
    , m_prepared(prepared)
    , m_runner(runner)
    , m_timeout(timeout)
    , m_cancel(cancel)
    , m_reprepare(std::move(reprepare))
    , m_daemonMemory(std::move(daemonMemory))
{
}

QJsonValue ScenarioContext::param(const QString& key) const
{
    const QJsonValue level = m_run.scenario.params.value(key);
    return level.isUndefined() ? m_run.scenario.settings.value(key) : level;
}

ProcessRequest ScenarioContext::request(int instance, const QStringList& args) const
{
    RunSpec r = m_run;
    r.instance = instance;
    r.servesOtherHosts = link() && link()->role == HostAssignment::Role::Sut;
    if (!args.isEmpty()) {
        r.workload.args = args;
    }
    LaunchSpec ls;
    {
        std::lock_guard lock(m_launchMutex);
        ls = m_runner.launch(m_prepared, r);
    }
    ProcessRequest req;
    req.argv = ls.argv;
    req.workingDirectory = ls.workingDirectory;
    req.timeout = m_timeout;
    req.environment = environmentWith(ls.environmentOverrides);
    return req;
}

void ScenarioContext::cleanup(int instance) const
{
    RunSpec r = m_run;
    r.instance = instance;
    std::lock_guard lock(m_launchMutex);
    m_runner.cleanup(r);
}

QStringList ScenarioContext::serverArgs(quint16* port) const
{
    *port = freeTcpPort();
    // http-hello takes its port as the first argument (workloads.json "args": ["PORT"]).
    QStringList args = m_run.workload.args;
    if (args.isEmpty()) {
        args << QString::number(*port);
    } else {
        args[0] = QString::number(*port);
    }
    return args;
}

ReadinessSpec ScenarioContext::httpReady(quint16 port, const QString& path) const
{
    ReadinessSpec r;
    r.kind = ReadinessSpec::Kind::Http;
    r.host = QStringLiteral("127.0.0.1");
    r.port = port;
    r.path = path;
    return r;
}

PrepareResult ScenarioContext::reprepare() const
{
    return m_reprepare ? m_reprepare() : PrepareResult { false, QStringLiteral("no prepare step available"), {} };
}

DaemonMemory ScenarioContext::daemonMemory() const
{
    return m_daemonMemory ? m_daemonMemory() : DaemonMemory {};
}

RunRecord ScenarioContext::newRecord() const
{
    RunRecord rec;
    rec.spec = m_run;
    rec.startedUtc = QDateTime::currentDateTimeUtc();
    return rec;
}

void addRusage(QList<Measurement>& into, const ProcessOutcome& out, const QString& prefix)
{
    into += {
        { prefix + QStringLiteral("user_ms"), out.userMs, QStringLiteral("ms") },
        { prefix + QStringLiteral("sys_ms"), out.sysMs, QStringLiteral("ms") },
        { prefix + QStringLiteral("max_rss_kb"), double(out.maxRssKb), QStringLiteral("KiB") },
        { prefix + QStringLiteral("minor_faults"), double(out.minorFaults), QStringLiteral("count") },
        { prefix + QStringLiteral("major_faults"), double(out.majorFaults), QStringLiteral("count") },
        { prefix + QStringLiteral("ctx_switches_voluntary"), double(out.voluntaryCtxSwitches),
            QStringLiteral("count") },
        { prefix + QStringLiteral("ctx_switches_involuntary"), double(out.involuntaryCtxSwitches),
            QStringLiteral("count") },
    };
}

void appendResourceSeries(QList<SeriesPoint>& into, const std::vector<ResourceSample>& samples, std::int64_t originNs)
{
    for (const ResourceSample& r : samples) {
        const double t = double(r.tNs - originNs) / 1e6;
        if (r.cpuPercent >= 0) {
            into.append({ t, QStringLiteral("cpu_percent"), r.cpuPercent });
        }
        into.append({ t, QStringLiteral("rss_kb"), double(r.rssKb) });
        if (r.pssKb >= 0 && r.detailNs == r.tNs) {
            into.append({ t, QStringLiteral("pss_kb"), double(r.pssKb) });
            into.append({ t, QStringLiteral("uss_kb"), double(r.ussKb) });
        }
    }
}

QList<LatencyBucket> latencyBuckets(const HdrHistogram& ns)
{
    QList<LatencyBucket> out;
    ns.forEachBucket([&](int64_t value, int64_t count) { out.append({ double(value) / 1000.0, count }); });
    return out;
}

std::int64_t monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString withStderr(const QString& what, const QByteArray& stderrData)
{
    const QString first = firstLine(stderrData);
    return first.isEmpty() ? what : QString(what + QStringLiteral("; stderr: ") + first);
}

quint16 freeTcpPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return 0;
    }
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0) {
        port = ntohs(a.sin_port);
    }
    ::close(fd);
    return port;
}

ScenarioFunction scenarioFunction(const QString& kind)
{
    static const QHash<QString, ScenarioFunction> table {
        { QStringLiteral("cold-start-exit"), &runColdStartExit },
        { QStringLiteral("cold-start-ready"), &runColdStartReady },
        { QStringLiteral("warm-latency"), &runWarmLatency },
        { QStringLiteral("throughput-sweep"), &runThroughputSweep },
        { QStringLiteral("density"), &runDensity },
        { QStringLiteral("memory-scaling"), &runMemoryScaling },
        { QStringLiteral("cpu-scaling"), &runCpuScaling },
    };
    return table.value(kind, nullptr);
}

} // namespace rb
