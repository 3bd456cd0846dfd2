// SPDX-License-Identifier: GPL-3.0-or-later
// The engine through the real runbench-cli on native: cold-start-ready phases, the recorded run order
// (interleaved, random with a seed), user factors' setup/teardown commands, and SIGKILL + --resume over
// several scenario kinds.
#include "../common/testsupport.h"
#include "io/resultfolder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace rb;
using namespace rb::test;

class TestEngineE2E : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Writes the spec, runs it into DIR/name; returns the exit code.
    int run(const QString& name, const QByteArray& spec, const QStringList& extra = {})
    {
        const QString path = writeTextFile(m_dir.filePath(name + QStringLiteral(".json")), spec);
        const CommandOutput o = runCommand(cliPath(),
            QStringList { QStringLiteral("run"), path, QStringLiteral("--out"), m_dir.filePath(name) } + extra);
        if (o.code != 0) {
            qWarning().noquote() << o.err.right(2000);
        }
        return o.code;
    }
    ResultSet load(const QString& name)
    {
        QString err;
        const auto r = loadResultFolder(m_dir.filePath(name), &err);
        if (!r) {
            qFatal("%s", qPrintable(err));
        }
        return *r;
    }

private Q_SLOTS:
    void coldStartReadyPhasesInOrder()
    {
        QCOMPARE(run(QStringLiteral("ready"), R"({"name":"ready","runtimes":["native"],"workloads":["http-hello"],
            "scenarios":[{"kind":"cold-start-ready","name":"rt"},{"kind":"cold-start-ready","name":"full","cold":"full"}],
            "repetitions":3,"warmup":0})"),
            0);
        const ResultSet rs = load(QStringLiteral("ready"));
        QCOMPARE(rs.runs.size(), 6);
        for (const RunRecord& r : rs.runs) {
            QVERIFY2(r.ok, qPrintable(r.error));
            const double spawn = r.value(QStringLiteral("spawn_ms"));
            const double listening = r.value(QStringLiteral("listening_ms"));
            const double first = r.value(QStringLiteral("first_200_ms"));
            // spawn_ms ends at t_fork, where listening_ms and first_200_ms start.
            QVERIFY2(spawn > 0 && listening > 0 && listening <= first && first < 5000,
                qPrintable(QStringLiteral("%1 %2 %3").arg(spawn).arg(listening).arg(first)));
            QVERIFY(r.value(QStringLiteral("rss_at_ready_kb")) > 100);
            const bool full = r.spec.scenario.name == QLatin1String("full");
            QCOMPARE(std::isfinite(r.value(QStringLiteral("prepare_ms"))), full);
            if (full) {
                QCOMPARE(r.value(QStringLiteral("full_cold_ms")), r.value(QStringLiteral("prepare_ms")) + first);
            }
        }
    }

    void recordedOrderIsInterleavedAndRandomIsReproducible()
    {
        const QByteArray base = R"("runtimes":["native"],"workloads":["hello","noop","cpu-hash 10"],
            "scenarios":["cold-start-exit"],"repetitions":4,"warmup":1)";
        QCOMPARE(run(QStringLiteral("inter"), "{\"name\":\"i\"," + base + ",\"order\":\"interleaved\"}"), 0);
        const ResultSet inter = load(QStringLiteral("inter"));
        QCOMPARE(inter.runs.size(), 15);
        for (int i = 0; i < inter.runs.size(); ++i) { // runs.csv is in the order they ran
            QCOMPARE(inter.runs[i].spec.configIndex, i % 3);
            QCOMPARE(inter.runs[i].spec.repetition, i < 3 ? 1 : (i - 3) / 3 + 1);
        }
        QStringList orders[2];
        for (int k = 0; k < 2; ++k) {
            const QString name = QStringLiteral("rand%1").arg(k);
            QCOMPARE(run(name, "{\"name\":\"r\"," + base + ",\"order\":\"random\",\"seed\":11}"), 0);
            for (const RunRecord& r : load(name).runs) {
                orders[k] << r.spec.runId;
            }
        }
        QCOMPARE(orders[0], orders[1]);
        QStringList sorted = orders[0];
        std::sort(sorted.begin(), sorted.end());
        QVERIFY(orders[0] != sorted);
    }

    void userFactorsRunSetupAndTeardown()
    {
        const QString marker = m_dir.filePath(QStringLiteral("fw-on"));
        const QByteArray spec = QStringLiteral(R"({"name":"f","runtimes":["native"],"workloads":["hello"],
            "factors":[{"name":"fw","levels":[
                {"name":"on","setup":[["touch","%1"]],"teardown":[["rm","%1"]]},
                {"name":"broken","setup":[["false"]]},
                "off"]}],
            "repetitions":2,"warmup":0,"order":"sequential"})")
                                    .arg(marker)
                                    .toUtf8();
        QCOMPARE(run(QStringLiteral("factors"), spec), 1); // the broken level's runs fail: exit code 1
        const ResultSet rs = load(QStringLiteral("factors"));
        QCOMPARE(rs.runs.size(), 6);
        for (const RunRecord& r : rs.runs) {
            const QString level = r.spec.scenario.params.value(QStringLiteral("fw")).toString();
            QCOMPARE(r.ok, level != QLatin1String("broken"));
            if (level == QLatin1String("broken")) {
                QVERIFY2(r.error.contains(QStringLiteral("factor fw=broken setup failed: false")), qPrintable(r.error));
            }
        }
        QVERIFY(!QFile::exists(marker)); // torn down after its runs
        QFile log(m_dir.filePath(QStringLiteral("factors/log.txt")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY(text.indexOf(QStringLiteral("fw=on setup")) < text.indexOf(QStringLiteral("fw=on teardown")));
        QVERIFY(text.contains(QStringLiteral("fw=broken setup: false")));
    }

    void sigkillAndResumeAcrossScenarios()
    {
        const QByteArray spec = R"({"name":"k","runtimes":["native"],"workloads":["hello","http-hello"],
            "scenarios":["cold-start-exit",{"kind":"warm-latency","duration_s":0.2,"warmup_requests":10},
                {"kind":"density","instances":4,"max_parallel":2},{"kind":"memory-scaling","instances":[1,2],"settle_ms":50}],
            "repetitions":12,"warmup":1})";
        const QString path = writeTextFile(m_dir.filePath(QStringLiteral("k.json")), spec);
        const QString out = m_dir.filePath(QStringLiteral("k"));
        for (int k = 0; k < 2; ++k) {
            QProcess p;
            p.start(cliPath(),
                QStringList { QStringLiteral("run"), path, QStringLiteral("--out"), out }
                    + (k ? QStringList { QStringLiteral("--resume") } : QStringList {}));
            QVERIFY(p.waitForStarted());
            QTest::qWait(1200);
            if (p.state() == QProcess::Running && p.processId() > 0) { // never kill(0): our own group
                ::kill(pid_t(p.processId()), SIGKILL);
            } else {
                qWarning().noquote() << "finished before the kill:" << p.readAllStandardError().right(1500);
            }
            p.waitForFinished();
            QFile runs(out + QStringLiteral("/runs.csv"));
            QVERIFY(runs.open(QIODevice::ReadOnly));
            const qsizetype committed = runs.readAll().count('\n') - 1;
            qInfo("kill %d: %lld runs committed", k + 1, qlonglong(committed));
            QVERIFY(committed < 65); // killed mid-experiment
        }
        QTest::qWait(300);
        const CommandOutput fin = runCommand(
            cliPath(), { QStringLiteral("run"), path, QStringLiteral("--out"), out, QStringLiteral("--resume") });
        QCOMPARE(fin.code, 0);
        const ResultSet rs = load(QStringLiteral("k"));
        QSet<QString> ids;
        for (const RunRecord& r : rs.runs) {
            ids.insert(r.spec.runId);
            QVERIFY2(r.ok, qPrintable(r.spec.runId + QStringLiteral(": ") + r.error));
        }
        // hello: exit + density; http-hello: warm-latency + 2 memory levels → 5 configurations × 13 runs
        QCOMPARE(rs.runs.size(), 65);
        QCOMPARE(ids.size(), 65);
        // Nothing the killed runs started is left: every process of ours has runbench-spawn as an ancestor,
        // and runbench-spawn dies with its parent.
        QDir proc(QStringLiteral("/proc"));
        for (const QString& pid : proc.entryList(QDir::Dirs)) {
            QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (cmd.open(QIODevice::ReadOnly)) {
                const QByteArray c = cmd.readAll();
                QVERIFY2(!c.contains(m_dir.path().toUtf8()), c.constData()); // a process started for this test
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineE2E)
#include "tst_engine_e2e.moc"
