// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of core/measure that need the library itself (driven by launch_ready_sampling.py; not a ctest).
//   rb_bench_measure sampler PROCS HZ SECONDS DETAIL_MS
//                                               sample a tree of PROCS processes; print the sampler thread's CPU
//   rb_bench_measure probe-idle MS              probe a port nobody listens on for MS ms; print the probe's CPU
//   rb_bench_measure ready RUNS DELAY_MS        time a server that sleeps DELAY_MS then listens; per run print
//                                               ready_ms and the lag after the server's own listen() timestamp
// Output: one JSON document on stdout.
#include "../common/testsupport.h"
#include "measure/readyrun.h"
#include "measure/resourcesampler.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace {

void print(const QJsonObject& o)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
}

int sampler(int procs, int hz, int seconds, int detailMs)
{
    int p[2];
    if (::pipe(p) != 0) {
        return 1;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, p[1], 1);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    QByteArray a0(RB_TESTCHILD), a1("tree"), a2 = QByteArray::number(procs - 1), a3("1");
    char* argv[] = { a0.data(), a1.data(), a2.data(), a3.data(), nullptr };
    pid_t root = -1;
    if (posix_spawn(&root, argv[0], &fa, &attr, argv, environ) != 0) {
        return 1;
    }
    ::close(p[1]);
    QByteArray out;
    char buf[4096];
    ssize_t n = 0;
    while (!out.contains("ready\n") && (n = ::read(p[0], buf, sizeof buf)) > 0) {
        out.append(buf, n);
    }
    rb::ResourceSampler s(rb::ResourceSamplerOptions { .roots = { root },
        .interval = std::chrono::milliseconds(1000 / hz),
        .detailInterval = std::chrono::milliseconds(detailMs),
        .capacity = 100000,
        .perfCounters = true });
    const double cpu0 = s.samplerCpuMs();
    s.start();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    s.stop();
    const auto samples = s.samples();
    const double cpuMs = s.samplerCpuMs() - cpu0;
    ::kill(-root, SIGKILL);
    ::waitpid(root, nullptr, 0);
    const double wallMs = samples.size() > 1 ? double(samples.back().tNs - samples.front().tNs) / 1e6 : 0;
    print({ { "processes", samples.empty() ? 0 : samples.back().processes }, { "hz", hz }, { "seconds", seconds },
        { "detail_interval_ms", detailMs }, { "samples", int(samples.size()) }, { "sampler_cpu_ms", cpuMs },
        { "cpu_percent_of_core", 100.0 * cpuMs / (double(seconds) * 1000.0) },
        { "per_sample_us", samples.empty() ? 0.0 : 1000.0 * cpuMs / double(samples.size()) },
        { "mean_interval_ms", samples.size() > 1 ? wallMs / double(samples.size() - 1) : 0.0 },
        { "perf", s.perfUnavailable().isEmpty() ? QStringLiteral("available") : s.perfUnavailable() } });
    return 0;
}

int probeIdle(int ms)
{
    rb::ProcessRequest req;
    req.argv = QStringList { QStringLiteral(RB_TESTCHILD), QStringLiteral("sleep"), QString::number(ms + 5000) };
    req.timeout = std::chrono::milliseconds(ms);
    QString error;
    const auto spec =
        rb::ReadinessSpec::parse(QStringLiteral("tcp:127.0.0.1:%1").arg(rb::test::freeLoopbackPort()), &error);
    const rb::ReadyOutcome r = rb::runUntilReady(req, *spec);
    print({ { "probe_ms", ms }, { "attempts", r.attempts }, { "probe_cpu_ms", r.probeCpuMs },
        { "cpu_percent_of_core", 100.0 * r.probeCpuMs / double(ms) }, { "failure", r.failure } });
    return 0;
}

int ready(int runs, int delayMs)
{
    QJsonArray ms, lag;
    for (int i = 0; i < runs; ++i) {
        const quint16 port = rb::test::freeLoopbackPort();
        rb::ProcessRequest req;
        req.argv = QStringList { QStringLiteral(RB_TESTCHILD), QStringLiteral("serve"), QString::number(delayMs),
            QString::number(port) };
        req.timeout = std::chrono::milliseconds(10000);
        QString error;
        const auto spec = rb::ReadinessSpec::parse(QStringLiteral("tcp:127.0.0.1:%1").arg(port), &error);
        const rb::ReadyOutcome r = rb::runUntilReady(req, *spec);
        qint64 listened = 0;
        for (const QByteArray& line : r.process.stdoutData.split('\n')) {
            listened = line.startsWith("listening ") ? line.mid(10).toLongLong() : listened;
        }
        if (r.ready && listened > 0) {
            ms.append(r.readyMs);
            lag.append(double(r.readyNs - listened) / 1e6);
        }
    }
    print({ { "runs", runs }, { "delay_ms", delayMs }, { "ready_ms", ms }, { "lag_after_listen_ms", lag } });
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.value(1) == QLatin1String("sampler") && a.size() == 6) {
        return sampler(a[2].toInt(), a[3].toInt(), a[4].toInt(), a[5].toInt());
    }
    if (a.value(1) == QLatin1String("probe-idle") && a.size() == 3) {
        return probeIdle(a[2].toInt());
    }
    if (a.value(1) == QLatin1String("ready") && a.size() == 4) {
        return ready(a[2].toInt(), a[3].toInt());
    }
    std::fputs(
        "usage: rb_bench_measure sampler PROCS HZ SECONDS DETAIL_MS | probe-idle MS | ready RUNS DELAY_MS\n", stderr);
    return 2;
}
