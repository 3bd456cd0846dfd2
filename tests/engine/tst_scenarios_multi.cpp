// SPDX-License-Identifier: GPL-3.0-or-later
// The multi-instance scenarios (density, memory-scaling, cpu-scaling) through the real runbench-cli, runtime
// native, real processes.
#include "../common/testsupport.h"
#include "io/resultfolder.h"
#include "measure/processscan.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;

class TestScenariosMulti : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    /// Marks the processes this test starts (the machine is shared: other tests may run http-hello too).
    const QString m_tag = QString::number(QCoreApplication::applicationPid());

    /// Runs `spec` (JSON text) into a fresh folder and loads it; exit code in *code.
    std::optional<ResultSet> runSpec(const QString& name, const QByteArray& spec, int* code)
    {
        QFile f(m_dir.filePath(name + QStringLiteral(".json")));
        if (!f.open(QIODevice::WriteOnly) || f.write(spec) != spec.size()) {
            return std::nullopt;
        }
        f.close();
        const QString out = m_dir.filePath(name);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RB_TST_SCENARIOS_MULTI"), m_tag); // inherited by the instances
        p.setProcessEnvironment(env);
        p.start(test::cliPath(), { QStringLiteral("run"), f.fileName(), QStringLiteral("--out"), out });
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            return std::nullopt;
        }
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        QString err;
        auto rs = loadResultFolder(out, &err);
        if (!rs) {
            qWarning() << err << p.readAllStandardError();
        }
        return rs;
    }

    /// http-hello processes whose environment carries this test's tag.
    std::vector<pid_t> ownServers() const
    {
        std::vector<pid_t> own;
        const QByteArray mark = "RB_TST_SCENARIOS_MULTI=" + m_tag.toLatin1() + '\0';
        for (pid_t pid : procscan::allPids()) {
            if (!procscan::commMatches(procscan::comm(pid), QStringLiteral("http-hello"))) {
                continue;
            }
            QFile env(QStringLiteral("/proc/%1/environ").arg(pid));
            if (env.open(QIODevice::ReadOnly) && env.readAll().contains(mark)) {
                own.push_back(pid);
            }
        }
        return own;
    }

    static const RunRecord* level(const ResultSet& rs, const QString& key, int value)
    {
        for (const RunRecord& r : rs.runs) {
            if (r.spec.scenario.params.value(key).toInt() == value) {
                return &r;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void density()
    {
        int code = -1;
        const auto rs = runSpec(QStringLiteral("density"),
            R"({"name":"d","runtimes":["native"],"workloads":["hello"],"repetitions":1,"warmup":0,
                "scenarios":[{"kind":"density","instances":8,"max_parallel":[1,4]}]})",
            &code);
        QVERIFY(rs);
        QCOMPARE(code, 0);
        QCOMPARE(rs->runs.size(), 2);
        for (const RunRecord& r : rs->runs) {
            QVERIFY2(r.ok, qPrintable(r.spec.runId + QStringLiteral(": ") + r.error));
            QVERIFY(r.value(QStringLiteral("tasks_per_s")) > 0);
            QCOMPARE(r.value(QStringLiteral("failed_instances")), 0.0);
            QVERIFY(r.value(QStringLiteral("instance_wall_p50_ms")) <= r.value(QStringLiteral("instance_wall_max_ms")));
        }
        const RunRecord* four = level(*rs, QStringLiteral("max_parallel"), 4);
        QVERIFY(four);
        const double makespan = four->value(QStringLiteral("makespan_ms"));
        const double p50 = four->value(QStringLiteral("instance_wall_p50_ms"));
        qInfo("max_parallel 4: makespan %.2f ms, instance p50 %.2f ms", makespan, p50);
        QVERIFY2(makespan < 8 * p50, qPrintable(QStringLiteral("%1 >= 8 × %2").arg(makespan).arg(p50)));
    }

    void densityFailingInstances()
    {
        // cpu-hash 300000 takes ~100 ms: with a 20 ms timeout every instance is killed.
        int code = -1;
        const auto rs = runSpec(QStringLiteral("density-fail"),
            R"({"name":"f","runtimes":["native"],"workloads":["cpu-hash 300000"],"repetitions":1,"warmup":0,
                "timeout_s":0.02,"scenarios":[{"kind":"density","instances":4,"max_parallel":2}]})",
            &code);
        QVERIFY(rs);
        QCOMPARE(code, 1);
        QCOMPARE(rs->status(), QStringLiteral("partial"));
        QCOMPARE(rs->runs.size(), 1);
        const RunRecord& r = rs->runs.first();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("4 of 4 instances failed"))
                && r.error.contains(QStringLiteral("timed out")),
            qPrintable(r.error));
        QCOMPARE(r.value(QStringLiteral("failed_instances")), 4.0);
    }

    void memoryScaling()
    {
        int code = -1;
        const auto rs = runSpec(QStringLiteral("memory"),
            R"({"name":"m","runtimes":["native"],"workloads":["http-hello"],"repetitions":1,"warmup":0,
                "scenarios":[{"kind":"memory-scaling","instances":[1,3],"settle_ms":100}]})",
            &code);
        QVERIFY(rs);
        QCOMPARE(code, 0);
        const RunRecord* one = level(*rs, QStringLiteral("instances"), 1);
        const RunRecord* three = level(*rs, QStringLiteral("instances"), 3);
        QVERIFY(one && three);
        QVERIFY2(one->ok && three->ok, qPrintable(one->error + QStringLiteral(" | ") + three->error));
        const double pss1 = one->value(QStringLiteral("pss_kb_total"));
        const double pss3 = three->value(QStringLiteral("pss_kb_total"));
        qInfo("pss_kb_total: k=1 %.0f KiB, k=3 %.0f KiB", pss1, pss3);
        QVERIFY(pss3 > pss1);
        for (const RunRecord* r : { one, three }) {
            const double per = r->value(QStringLiteral("pss_kb_per_instance"));
            QVERIFY2(per > 100 && per < 50 * 1024, qPrintable(QString::number(per)));
            QVERIFY(r->value(QStringLiteral("instances_per_gib")) > 0);
            QVERIFY(r->value(QStringLiteral("ready_ms_max")) > 0);
        }
        QCOMPARE(three->value(QStringLiteral("instances")), 3.0);
        // Every server was stopped: none is left once the CLI has exited.
        QVERIFY(ownServers().empty());
    }

    void cpuScaling()
    {
        int code = -1;
        const auto rs = runSpec(QStringLiteral("cpu"),
            R"({"name":"c","runtimes":["native"],"workloads":["cpu-hash 300000"],"repetitions":1,"warmup":0,
                "scenarios":[{"kind":"cpu-scaling","copies":[1,2]}]})",
            &code);
        QVERIFY(rs);
        QCOMPARE(code, 0);
        QCOMPARE(rs->runs.size(), 2);
        for (const RunRecord& r : rs->runs) {
            // ok means every copy exited 0 and printed the digest Runbench computes itself.
            QVERIFY2(r.ok, qPrintable(r.spec.runId + QStringLiteral(": ") + r.error));
            QVERIFY(r.value(QStringLiteral("throughput_per_s")) > 0);
            QVERIFY(r.value(QStringLiteral("makespan_ms")) >= r.value(QStringLiteral("copy_wall_max_ms")));
            qInfo("copies %g: throughput %.2f /s", r.value(QStringLiteral("copies")),
                r.value(QStringLiteral("throughput_per_s")));
        }
    }
};

QTEST_GUILESS_MAIN(TestScenariosMulti)
#include "tst_scenarios_multi.moc"
