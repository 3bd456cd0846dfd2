// SPDX-License-Identifier: GPL-3.0-or-later
// Daemon memory accounting against a real private dockerd: two long-running http-hello containers
// (docker:portmap, so dockerd also runs a docker-proxy per container), read by accountDaemonMemory and
// independently here from the pids pgrep and `docker inspect` give.
#include "../common/testsupport.h"
#include "engine/daemonmetrics.h"
#include "measure/daemonmemory.h"
#include "runner/daemonsupervisor.h"
#include "runner/installation.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>
#include <set>

using namespace rb;

class TestDaemonMemory : public QObject
{
    Q_OBJECT

    static QByteArray output(const QStringList& argv, const QStringList& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString& kv : env) {
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        }
        p.setProcessEnvironment(e);
        p.start(argv.first(), argv.mid(1));
        p.waitForFinished(30000);
        return p.readAllStandardOutput();
    }
    static std::set<pid_t> pids(const QByteArray& lines)
    {
        std::set<pid_t> out;
        for (const QByteArray& l : lines.split('\n')) {
            if (!l.trimmed().isEmpty()) {
                out.insert(pid_t(l.trimmed().toLongLong()));
            }
        }
        return out;
    }
    // This test's own reading of /proc/<pid>/smaps_rollup: {Rss, Pss} summed over `set`.
    static std::pair<qint64, qint64> rssPss(const std::set<pid_t>& set)
    {
        qint64 rss = 0, pss = 0;
        for (const pid_t pid : set) {
            QFile f(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
            if (!f.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QString text = QString::fromLatin1(f.readAll());
            rss += QRegularExpression(QStringLiteral("\\nRss:\\s+(\\d+) kB")).match(text).captured(1).toLongLong();
            pss += QRegularExpression(QStringLiteral("\\nPss:\\s+(\\d+) kB")).match(text).captured(1).toLongLong();
        }
        return { rss, pss };
    }
    // Live memory moves a little between two readings (Go's runtime in dockerd): 5% or 2 MiB.
    static bool near(qint64 a, qint64 b)
    {
        return std::abs(a - b) <= std::max<qint64>(2048, std::max(a, b) / 20);
    }

private Q_SLOTS:
    void privateDockerdAndTwoContainers()
    {
        QTemporaryDir base;
        auto daemons = std::make_shared<DaemonSupervisor>(base.path());
        const DaemonInfo d = daemons->startPrivate(daemonkind::docker);
        if (!d.ok()) {
            QSKIP(qPrintable(d.error));
        }
        DiscoverOptions o;
        o.startDaemons = true;
        o.daemons = daemons;
        auto inst = Installation::discover({ QStringLiteral("docker:portmap") }, o);
        const RunnerEntry* e = inst->registry.find(QStringLiteral("docker:portmap"));
        QVERIFY(e);
        QVERIFY2(e->probe.available, qPrintable(e->probe.reason));
        const auto def = inst->workloads.find(QStringLiteral("http-hello"));
        QVERIFY(def);
        const PrepareResult prepared = e->runner->prepare(*def);
        QVERIFY2(prepared.ok, qPrintable(prepared.error));

        // k = 2 servers, each in its own container, left running while memory is read.
        std::vector<std::unique_ptr<QProcess>> servers;
        std::vector<RunSpec> runs;
        const auto stop = qScopeGuard([&] {
            for (auto& s : servers) {
                s->kill();
                s->waitForFinished(10000);
            }
            for (const RunSpec& r : runs) {
                e->runner->cleanup(r);
            }
            inst.reset();
            QVERIFY(daemons->stop().isEmpty());
        });
        QStringList names;
        for (int k = 0; k < 2; ++k) {
            RunSpec run;
            run.index = 910000 + k;
            run.workload = WorkloadRef { def->name, { QString::number(test::freeLoopbackPort()) } };
            const LaunchSpec ls = e->runner->launch(prepared, run);
            names << ls.argv.at(ls.argv.indexOf(QStringLiteral("--name")) + 1);
            auto server = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const QString& kv : ls.environmentOverrides) {
                env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
            }
            server->setProcessEnvironment(env);
            server->start(ls.argv.first(), ls.argv.mid(1));
            QVERIFY(server->waitForStarted());
            QProcess* s = server.get();
            servers.push_back(std::move(server));
            runs.push_back(run);
            QString why;
            QVERIFY2(test::waitForOutput(*s, "listening on ", 60000, &why), qPrintable(why));
        }

        // The independent reading: container pids from docker inspect, the daemon's from pgrep.
        const QStringList env = e->runner->daemonEnvironment();
        std::set<pid_t> containers;
        for (const QString& n : names) {
            const QByteArray pid = output({ QStringLiteral("/usr/bin/docker"), QStringLiteral("inspect"),
                                              QStringLiteral("--format"), QStringLiteral("{{.State.Pid}}"), n },
                env)
                                       .trimmed();
            QVERIFY2(pid.toLongLong() > 0, pid.constData());
            containers.insert(pid_t(pid.toLongLong()));
        }
        // Everything of the private daemon names its folder (dockerd, its containerd, the shims), except
        // docker-proxy, which dockerd starts as its child.
        std::set<pid_t> daemonPids =
            pids(output({ QStringLiteral("pgrep"), QStringLiteral("-f"), d.dir + QLatin1Char('/') }));
        for (const pid_t p : pids(output({ QStringLiteral("pgrep"), QStringLiteral("-P"), QString::number(d.pid),
                 QStringLiteral("-x"), QStringLiteral("docker-proxy") }))) {
            daemonPids.insert(p);
        }
        QVERIFY2(daemonPids.size() >= 6,
            qPrintable(QString::number(daemonPids.size()))); // dockerd, containerd, 2 shims, 2 proxies

        const DaemonMemory m =
            accountDaemonMemory(daemonScope(*inst, *e->runner), { containers.begin(), containers.end() });
        const std::pair<qint64, qint64> daemonsHere = rssPss(daemonPids);
        const std::pair<qint64, qint64> containersHere = rssPss(containers);
        qInfo("daemon: %zu processes, PSS %lld KiB (test's reading %lld), RSS %lld KiB (%lld), USS %lld KiB",
            m.daemons.pids.size(), m.daemons.pssKb, daemonsHere.second, m.daemons.rssKb, daemonsHere.first,
            m.daemons.ussKb);
        qInfo("containers: %zu processes, PSS %lld KiB (test's reading %lld), RSS %lld KiB (%lld); total PSS %lld KiB",
            m.containers.pids.size(), m.containers.pssKb, containersHere.second, m.containers.rssKb,
            containersHere.first, m.total.pssKb);

        QCOMPARE(std::set<pid_t>(m.daemons.pids.begin(), m.daemons.pids.end()), daemonPids);
        QCOMPARE(std::set<pid_t>(m.containers.pids.begin(), m.containers.pids.end()), containers);
        QVERIFY(m.daemons.pssKb > 0);
        QVERIFY(m.containers.pssKb > 0);
        QVERIFY(m.daemons.ussKb > 0 && m.daemons.ussKb <= m.daemons.pssKb && m.daemons.pssKb <= m.daemons.rssKb);
        QCOMPARE(m.total.pssKb, m.daemons.pssKb + m.containers.pssKb);
        QCOMPARE(m.total.rssKb, m.daemons.rssKb + m.containers.rssKb);
        QCOMPARE(m.total.ussKb, m.daemons.ussKb + m.containers.ussKb);
        QCOMPARE(m.total.pids.size(), m.daemons.pids.size() + m.containers.pids.size());
        QVERIFY2(near(m.daemons.pssKb, daemonsHere.second), "daemon PSS differs from the test's reading");
        QVERIFY2(near(m.daemons.rssKb, daemonsHere.first), "daemon RSS differs from the test's reading");
        QVERIFY2(near(m.containers.pssKb, containersHere.second), "container PSS differs from the test's reading");
        QVERIFY2(near(m.containers.rssKb, containersHere.first), "container RSS differs from the test's reading");

        const auto metrics = m.metrics();
        const auto value = [&](const QString& name) {
            for (const auto& [k, v] : metrics) {
                if (k == name) {
                    return v;
                }
            }
            return qint64(-1);
        };
        QCOMPARE(value(QStringLiteral("daemon_pss_kb")), m.daemons.pssKb);
        QCOMPARE(value(QStringLiteral("container_pss_kb")), m.containers.pssKb);
        QCOMPARE(value(QStringLiteral("total_pss_kb")), m.total.pssKb);
        QCOMPARE(value(QStringLiteral("container_processes")), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestDaemonMemory)
#include "tst_daemonmemory.moc"
