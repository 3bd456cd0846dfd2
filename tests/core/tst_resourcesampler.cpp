// SPDX-License-Identifier: GPL-3.0-or-later
#include "measure/resourcesampler.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

using rb::ResourceSample;
using rb::ResourceSampler;
using rb::ResourceSamplerOptions;
using namespace std::chrono_literals;

extern char** environ;

namespace {

// rb_testchild tree K MIB, in its own process group, waited for until it prints "ready".
struct Tree
{
    pid_t root = -1;
    QList<pid_t> children;

    bool start(int k, int mib)
    {
        int p[2];
        if (::pipe(p) != 0) {
            return false;
        }
        posix_spawn_file_actions_t fa;
        posix_spawn_file_actions_init(&fa);
        posix_spawn_file_actions_adddup2(&fa, p[1], 1);
        posix_spawn_file_actions_addclose(&fa, p[0]);
        posix_spawnattr_t attr;
        posix_spawnattr_init(&attr);
        posix_spawnattr_setpgroup(&attr, 0);
        posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
        QByteArray a0(RB_TESTCHILD), a1("tree"), a2 = QByteArray::number(k), a3 = QByteArray::number(mib);
        char* argv[] = { a0.data(), a1.data(), a2.data(), a3.data(), nullptr };
        const int rc = posix_spawn(&root, argv[0], &fa, &attr, argv, environ);
        posix_spawn_file_actions_destroy(&fa);
        posix_spawnattr_destroy(&attr);
        ::close(p[1]);
        QByteArray out;
        char buf[256];
        ssize_t n = 0;
        while (rc == 0 && !out.contains("ready\n") && (n = ::read(p[0], buf, sizeof buf)) > 0) {
            out.append(buf, n);
        }
        ::close(p[0]);
        for (const QByteArray& line : out.split('\n')) {
            if (line.toInt() > 0) {
                children << pid_t(line.toInt());
            }
        }
        return rc == 0 && out.contains("ready\n");
    }
    ~Tree()
    {
        if (root > 0) {
            ::kill(-root, SIGKILL);
            ::waitpid(root, nullptr, 0);
        }
    }
};

// Independent of the sampler: "Key:  N" fields of /proc/<pid>/status and smaps_rollup, through QFile.
qint64 procKb(pid_t pid, const char* file, const char* key)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QRegularExpression re(
        QStringLiteral("^%1:\\s+(\\d+)").arg(QLatin1String(key)), QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

bool near(qint64 actual, qint64 expected, double rel, qint64 absKb)
{
    return std::abs(double(actual - expected)) <= std::max(double(absKb), rel * double(expected));
}

} // namespace

class TestResourceSampler : public QObject
{
    Q_OBJECT

private slots:
    void treeSumsMatchProc_data();
    void treeSumsMatchProc();
    void followsNewChildren_data();
    void followsNewChildren();
    void threadSamplesAtRate();
    void ringIsBounded();
    void perfCountersHonest();
    void cgroupMemory();
};

void TestResourceSampler::treeSumsMatchProc_data()
{
    QTest::addColumn<int>("children");
    QTest::addColumn<int>("mib");
    QTest::addRow("one process, 8 MiB") << 0 << 8;
    QTest::addRow("3 children, 8 MiB each") << 3 << 8;
    QTest::addRow("10 children, 2 MiB each") << 10 << 2;
}

void TestResourceSampler::treeSumsMatchProc()
{
    QFETCH(int, children);
    QFETCH(int, mib);
    Tree t;
    QVERIFY(t.start(children, mib));
    QCOMPARE(t.children.size(), children);
    ResourceSampler sampler(
        ResourceSamplerOptions { .roots = { t.root }, .interval = 50ms, .capacity = 16, .perfCounters = false });
    const ResourceSample s = sampler.sampleNow();
    qint64 rss = 0;
    qint64 pss = 0;
    for (pid_t pid : QList<pid_t> { t.root } + t.children) {
        rss += procKb(pid, "status", "VmRSS");
        pss += procKb(pid, "smaps_rollup", "Pss");
    }
    QCOMPARE(s.processes, children + 1);
    QCOMPARE(s.threads, children + 1);
    QCOMPARE(int(ResourceSampler::tree({ t.root }).size()), children + 1);
    QVERIFY2(near(s.rssKb, rss, 0.02, 64), qPrintable(QStringLiteral("%1 vs %2").arg(s.rssKb).arg(rss)));
    QVERIFY2(near(s.pssKb, pss, 0.02, 64), qPrintable(QStringLiteral("%1 vs %2").arg(s.pssKb).arg(pss)));
    QVERIFY2(s.ussKb <= s.pssKb && s.pssKb <= s.rssKb,
        qPrintable(QStringLiteral("USS %1 PSS %2 RSS %3").arg(s.ussKb).arg(s.pssKb).arg(s.rssKb)));
    QVERIFY2(s.ussKb >= qint64(children + 1) * mib * 1024, qPrintable(QString::number(s.ussKb)));
    QVERIFY(s.minorFaults >= qint64(children + 1) * mib * 256); // one fault per touched 4 KiB page
    qint64 ctxAfter = 0; // monotonic counters: the sampler's sum cannot exceed one read after it
    for (pid_t pid : QList<pid_t> { t.root } + t.children) {
        ctxAfter += procKb(pid, "status", "voluntary_ctxt_switches");
    }
    QVERIFY2(s.voluntaryCtxSwitches >= 0 && s.voluntaryCtxSwitches <= ctxAfter,
        qPrintable(QStringLiteral("%1 vs %2").arg(s.voluntaryCtxSwitches).arg(ctxAfter)));
    QCOMPARE(s.cpuPercent, -1.0); // no previous sample
}

void TestResourceSampler::followsNewChildren_data()
{
    QTest::addColumn<bool>("procEvents");
    QTest::addRow("process connector events") << true;
    QTest::addRow("/proc scan every tick") << false;
}

// The sampler watches this test process; the tree started afterwards is found (through fork events, or by
// scanning) and leaves the sample once killed.
void TestResourceSampler::followsNewChildren()
{
    QFETCH(bool, procEvents);
    ResourceSampler sampler(ResourceSamplerOptions {
        .roots = { ::getpid() }, .interval = 50ms, .capacity = 16, .perfCounters = false, .procEvents = procEvents });
    QCOMPARE(sampler.sampleNow().processes, 1);
    {
        Tree t;
        QVERIFY(t.start(3, 1));
        const ResourceSample s = sampler.sampleNow();
        QCOMPARE(s.processes, 5);
        QVERIFY(s.ussKb >= 4 * 1024);
    }
    // SIGKILLed children die asynchronously, once scheduled.
    QTRY_COMPARE_WITH_TIMEOUT(sampler.sampleNow().processes, 1, 2000);
}

void TestResourceSampler::threadSamplesAtRate()
{
    Tree t;
    QVERIFY(t.start(2, 1));
    ResourceSampler sampler(
        ResourceSamplerOptions { .roots = { t.root }, .interval = 20ms, .capacity = 1000, .perfCounters = false });
    sampler.start();
    QTRY_VERIFY_WITH_TIMEOUT(sampler.samples().size() >= 10, 2000);
    sampler.stop();
    const auto samples = sampler.samples();
    for (std::size_t i = 1; i < samples.size(); ++i) {
        QVERIFY(samples[i].tNs > samples[i - 1].tNs);
        QVERIFY(samples[i].cpuPercent >= 0 && samples[i].cpuPercent < 5); // the tree sleeps
        QCOMPARE(samples[i].processes, 3);
    }
    const double meanIntervalMs = double(samples.back().tNs - samples.front().tNs) / 1e6 / double(samples.size() - 1);
    QVERIFY2(meanIntervalMs >= 19 && meanIntervalMs < 40, qPrintable(QString::number(meanIntervalMs)));
    QVERIFY(sampler.samplerCpuMs() > 0);
    QCOMPARE(sampler.peaks().processes, 3);
}

void TestResourceSampler::ringIsBounded()
{
    ResourceSampler sampler(
        ResourceSamplerOptions { .roots = { ::getpid() }, .interval = 1ms, .capacity = 4, .perfCounters = false });
    sampler.start();
    QTRY_VERIFY_WITH_TIMEOUT(sampler.dropped() >= 10, 2000);
    sampler.stop();
    const auto samples = sampler.samples();
    QCOMPARE(samples.size(), size_t(4));
    for (std::size_t i = 1; i < samples.size(); ++i) {
        QVERIFY(samples[i].tNs > samples[i - 1].tNs); // oldest first across the wrap
    }
    QVERIFY(sampler.peaks().rssKb >= samples.back().rssKb);
}

void TestResourceSampler::perfCountersHonest()
{
    Tree t;
    QVERIFY(t.start(0, 1));
    ResourceSampler sampler(
        ResourceSamplerOptions { .roots = { t.root }, .interval = 50ms, .capacity = 16, .perfCounters = true });
    const ResourceSample s = sampler.sampleNow();
    if (sampler.perfUnavailable().isEmpty()) {
        QVERIFY(s.cycles >= 0 && s.instructions >= 0);
    } else {
        qInfo("perf counters unavailable: %s", qPrintable(sampler.perfUnavailable()));
        QCOMPARE(s.cycles, qint64(-1));
        QCOMPARE(s.instructions, qint64(-1));
    }
}

// A child moved into its own v1 memory cgroup (under this process's) is read from there; this process's
// own cgroup is never reported as the workload's.
void TestResourceSampler::cgroupMemory()
{
    Tree t;
    QVERIFY(t.start(0, 1));
    ResourceSampler same(
        ResourceSamplerOptions { .roots = { t.root }, .interval = 50ms, .capacity = 16, .perfCounters = false });
    QVERIFY(same.cgroupSource().isEmpty());
    QCOMPARE(same.sampleNow().cgroupCurrentKb, qint64(-1));

    QFile self(QStringLiteral("/proc/self/cgroup"));
    QVERIFY(self.open(QIODevice::ReadOnly));
    const auto m = QRegularExpression(QStringLiteral("^\\d+:memory:(\\S*)$"), QRegularExpression::MultilineOption)
                       .match(QString::fromLatin1(self.readAll()));
    if (!m.hasMatch()) {
        QSKIP("no cgroup v1 memory controller here");
    }
    const QString dir = QStringLiteral("/sys/fs/cgroup/memory%1/rbtest-%2").arg(m.captured(1)).arg(::getpid());
    if (!QDir().mkpath(dir)) {
        QSKIP("cannot create a memory cgroup (not root?)");
    }
    QFile procs(dir + QStringLiteral("/cgroup.procs"));
    const bool moved = procs.open(QIODevice::WriteOnly) && procs.write(QByteArray::number(t.root)) > 0;
    procs.close();
    ResourceSampler own(
        ResourceSamplerOptions { .roots = { t.root }, .interval = 50ms, .capacity = 16, .perfCounters = false });
    const ResourceSample s = own.sampleNow();
    ::kill(t.root, SIGKILL);
    ::waitpid(t.root, nullptr, 0);
    t.root = -1;
    bool removed = false; // QTRY_* evaluates its expression once more at the end: keep rmdir's result
    QTRY_VERIFY_WITH_TIMEOUT(removed = removed || QDir().rmdir(dir), 2000);
    QVERIFY(moved);
    QCOMPARE(own.cgroupSource(), dir);
    QVERIFY2(s.cgroupCurrentKb >= 0 && s.cgroupPeakKb >= s.cgroupCurrentKb,
        qPrintable(QStringLiteral("%1 %2").arg(s.cgroupCurrentKb).arg(s.cgroupPeakKb)));
}

QTEST_GUILESS_MAIN(TestResourceSampler)
#include "tst_resourcesampler.moc"
