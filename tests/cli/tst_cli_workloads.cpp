// SPDX-License-Identifier: GPL-3.0-or-later
// The fib, matmul and mem-touch workloads end to end: the real runbench-cli runs them on real runtimes, the
// results folder says how they went, and wrong results are recorded as failed runs.
#include "../common/testsupport.h"
#include "io/resultfolder.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;

class TestCliWorkloads : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_unavailable; ///< runtime id → why it cannot run here
    QSet<QString> m_available;

    // max_rss_kb of every run of `workload`, read straight from samples.csv (docs/results-format.md).
    static QList<double> maxRssKb(const QString& folder, const QString& workload)
    {
        QFile f(folder + QStringLiteral("/samples.csv"));
        if (!f.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(f.fileName()));
        }
        const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
        const qsizetype wl = header.indexOf(QStringLiteral("workload")),
                        metric = header.indexOf(QStringLiteral("metric")),
                        value = header.indexOf(QStringLiteral("value"));
        if (wl < 0 || metric < 0 || value < 0) {
            qFatal("samples.csv header without workload, metric or value: %s", qPrintable(header.join(',')));
        }
        QList<double> values;
        while (!f.atEnd()) {
            // No field of these runs is quoted (labels without commas, ok runs without errors).
            const QStringList row = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
            if (row.value(wl) == workload && row.value(metric) == QLatin1String("max_rss_kb")) {
                values << row.value(value).toDouble();
            }
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const test::CommandOutput o =
            test::runCommand(test::cliPath(), { QStringLiteral("runners"), QStringLiteral("--json") });
        QCOMPARE(o.code, 0);
        for (const QJsonValue& v :
            QJsonDocument::fromJson(o.out.toUtf8()).object().value(QStringLiteral("runners")).toArray()) {
            const QJsonObject r = v.toObject();
            const QString id = r.value(QStringLiteral("id")).toString();
            if (r.value(QStringLiteral("available")).toBool()) {
                m_available.insert(id);
            } else {
                m_unavailable.insert(id, r.value(QStringLiteral("reason")).toString());
            }
        }
        QVERIFY(m_available.contains(QStringLiteral("native")));
    }

    // mem-touch stays at 16 MiB under Node: after more than about 24 MiB of wasm memory growth Node 20's WASI
    // crashes (SIGSEGV) in most runs; docs/user-guide.md says why.
    void runsSucceedOnEachRuntime_data()
    {
        QTest::addColumn<QString>("runtime");
        QTest::addColumn<int>("memMb");
        QTest::addColumn<QString>("missing");
        QTest::addRow("native") << QStringLiteral("native") << 64 << QString();
        QTest::addRow("node-wasi:default")
            << QStringLiteral("node-wasi:default") << 16 << QStringLiteral("packaging/setup-debian.sh installs nodejs");
        QTest::addRow("runc:netns") << QStringLiteral("runc:netns") << 64
                                    << QStringLiteral("packaging/setup-debian.sh installs runc");
    }
    void runsSucceedOnEachRuntime()
    {
        QFETCH(QString, runtime);
        QFETCH(int, memMb);
        QFETCH(QString, missing);
        if (!m_available.contains(runtime)) {
            QSKIP(qPrintable(runtime + QStringLiteral(" cannot run here: ")
                + m_unavailable.value(runtime, QStringLiteral("not listed")) + QStringLiteral(" (") + missing
                + QLatin1Char(')')));
        }
        QTemporaryDir d;
        const QString spec = test::writeTextFile(d.filePath(QStringLiteral("s.json")),
            QStringLiteral(R"({"name":"wl","runtimes":["%1"],"workloads":["fib 25","matmul 128","mem-touch %2"],
                "repetitions":2,"warmup":1})")
                .arg(runtime)
                .arg(memMb)
                .toUtf8());
        const QString out = d.filePath(QStringLiteral("out"));
        const test::CommandOutput o =
            test::runCommand(test::cliPath(), { QStringLiteral("run"), spec, QStringLiteral("--out"), out });
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QString err;
        const auto rs = loadResultFolder(out, &err);
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->status(), QStringLiteral("complete"));
        QCOMPARE(rs->runs.size(), 9);
        for (const RunRecord& r : rs->runs) {
            QVERIFY2(r.ok && r.exitCode == 0, qPrintable(r.spec.runId + QStringLiteral(": ") + r.error));
            QVERIFY(r.value(QStringLiteral("wall_ms")) > 0);
        }
        QCOMPARE(maxRssKb(out, QStringLiteral("mem-touch %1").arg(memMb)).size(), 3);
    }

    // Max RSS is the child's own (docs/methodology.md), so it shows what mem-touch touched: at least MB MiB, and
    // not much more than a small C program's own few MiB on top.
    void memTouchMaxRssReflectsMb_data()
    {
        QTest::addColumn<int>("mb");
        QTest::addRow("8 MiB") << 8;
        QTest::addRow("64 MiB") << 64;
        QTest::addRow("256 MiB") << 256;
    }
    void memTouchMaxRssReflectsMb()
    {
        QFETCH(int, mb);
        QTemporaryDir d;
        const QString spec = test::writeTextFile(d.filePath(QStringLiteral("s.json")),
            QStringLiteral(
                R"({"name":"rss","runtimes":["native"],"workloads":["mem-touch %1"],"repetitions":3,"warmup":0})")
                .arg(mb)
                .toUtf8());
        const QString out = d.filePath(QStringLiteral("out"));
        const test::CommandOutput o =
            test::runCommand(test::cliPath(), { QStringLiteral("run"), spec, QStringLiteral("--out"), out });
        QVERIFY2(o.code == 0, qPrintable(o.err));
        const QList<double> rss = maxRssKb(out, QStringLiteral("mem-touch %1").arg(mb));
        QCOMPARE(rss.size(), 3);
        for (const double kb : rss) {
            QVERIFY2(kb >= mb * 1024.0 && kb <= mb * 1024.0 + 8192,
                qPrintable(QStringLiteral("max_rss_kb %1 for %2 MiB").arg(kb).arg(mb)));
        }
    }

    // A "runtime" that prints the wrong thing (echo prints the arguments), and the real matmul and mem-touch
    // sources built with an injected fault (their self-checks exit 1): every run is recorded as failed, with why.
    void wrongResultsAreRecordedAsFailed_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("workloads");
        QTest::addColumn<QString>("error");
        QTest::addRow("echo prints the arguments")
            << QStringLiteral("echo")
            << QStringList { QStringLiteral("fib 20"), QStringLiteral("matmul 8"), QStringLiteral("mem-touch 4") }
            << QStringLiteral("unexpected output: expected ");
        QTest::addRow("matmul with a fault")
            << QStringLiteral(RB_MATMUL_FAULTY) << QStringList { QStringLiteral("matmul 8") }
            << QStringLiteral("exit code 1; stderr: matmul: wrong result: sum 8 is -8, expected -9");
        QTest::addRow("mem-touch with a fault")
            << QStringLiteral(RB_MEMTOUCH_FAULTY) << QStringList { QStringLiteral("mem-touch 4") }
            << QStringLiteral("exit code 1; stderr: mem-touch: page 0 of 1024 does not read back what was written");
    }
    void wrongResultsAreRecordedAsFailed()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, workloads);
        QFETCH(QString, error);
        QTemporaryDir d;
        QDir().mkpath(d.filePath(QStringLiteral("profiles")));
        // A profile's run must use {module}: env passes it in a variable nobody reads, then starts the program.
        test::writeTextFile(d.filePath(QStringLiteral("profiles/wrong.json")),
            QStringLiteral(R"({"id":"wrong","build":"native","binary":{"names":["env"]},
                "run":["{binary}","RB_WORKLOAD={module}","%1","{args}"]})")
                .arg(program)
                .toUtf8());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RUNBENCH_USER_PROFILES"), d.filePath(QStringLiteral("profiles")));
        const QString spec = test::writeTextFile(d.filePath(QStringLiteral("s.json")),
            QStringLiteral(
                R"({"name":"wrong","runtimes":["native","wrong"],"workloads":["%1"],"repetitions":2,"warmup":0})")
                .arg(workloads.join(QStringLiteral("\",\"")))
                .toUtf8());
        const QString out = d.filePath(QStringLiteral("out"));
        const test::CommandOutput o =
            test::runCommand(test::cliPath(), { QStringLiteral("run"), spec, QStringLiteral("--out"), out }, env);
        QCOMPARE(o.code, 1);
        QString err;
        const auto rs = loadResultFolder(out, &err);
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->status(), QStringLiteral("partial"));
        QCOMPARE(rs->runs.size(), 4 * workloads.size());
        for (const RunRecord& r : rs->runs) {
            if (r.spec.runtime == QLatin1String("native")) {
                QVERIFY2(r.ok, qPrintable(r.spec.runId + QStringLiteral(": ") + r.error));
            } else {
                QVERIFY2(!r.ok && r.error.startsWith(error), qPrintable(r.spec.runId + QStringLiteral(": ") + r.error));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliWorkloads)
#include "tst_cli_workloads.moc"
