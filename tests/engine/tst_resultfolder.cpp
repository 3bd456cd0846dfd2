// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/resultwriter.h"
#include "io/resultfolder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rb;

class TestResultFolder : public QObject
{
    Q_OBJECT

    static RunRecord record(int i, bool ok, const QString& error = {})
    {
        RunRecord r;
        r.spec.index = i;
        r.spec.configIndex = i % 2;
        r.spec.runtime = i % 2 ? QStringLiteral("node-wasi:no-liftoff") : QStringLiteral("native");
        r.spec.workload = WorkloadRef { QStringLiteral("cpu-hash"), { QStringLiteral("200") } };
        r.spec.scenario.kind = QStringLiteral("cold-start-exit");
        r.spec.repetition = i / 2 + 1;
        r.spec.runId = r.spec.configKey() + QStringLiteral("/r") + QString::number(r.spec.repetition);
        r.ok = ok;
        r.error = error;
        r.exitCode = ok ? 0 : 3;
        r.startedUtc = QDateTime(QDate(2026, 11, 24), QTime(12, 0, i), Qt::UTC);
        r.measurements = { { QStringLiteral("wall_ms"), 1.0 / 3.0 + i, QStringLiteral("ms") },
            { QStringLiteral("max_rss_kb"), 1024.0 * i, QStringLiteral("KiB") } };
        return r;
    }

    static QJsonObject experiment()
    {
        return QJsonObject { { QStringLiteral("format"), QStringLiteral("runbench-results") },
            { QStringLiteral("format_version"), 1 } };
    }

private Q_SLOTS:
    void roundTripKeepsEveryValue()
    {
        QTemporaryDir dir;
        ResultWriter w;
        QString err;
        QVERIFY2(w.open(dir.path(), experiment(), false, &err), qPrintable(err));
        QList<RunRecord> written;
        for (int i = 0; i < 6; ++i) {
            // an error text with every CSV special character, and a formula-like start
            written << record(i, i != 3, i == 3 ? QStringLiteral("=bad, \"quoted\"\nsecond line") : QString());
            QVERIFY(w.append(written.last(), &err));
        }
        QVERIFY(w.finish(QStringLiteral("complete"), {}, &err));
        const auto rs = loadResultFolder(dir.path(), &err);
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->status(), QStringLiteral("complete"));
        QVERIFY2(rs->warnings.isEmpty(), qPrintable(rs->warnings.join('\n')));
        QCOMPARE(rs->runs.size(), 6);
        for (int i = 0; i < 6; ++i) {
            const RunRecord& a = written[i];
            const RunRecord& b = rs->runs[i];
            QCOMPARE(b.spec.runId, a.spec.runId);
            QCOMPARE(b.spec.runtime, a.spec.runtime);
            QCOMPARE(b.spec.workload, a.spec.workload);
            QCOMPARE(b.spec.repetition, a.spec.repetition);
            QCOMPARE(b.ok, a.ok);
            QCOMPARE(b.exitCode, a.exitCode);
            QCOMPARE(b.startedUtc, a.startedUtc);
            QCOMPARE(b.measurements.size(), a.measurements.size());
            QCOMPARE(b.value(QStringLiteral("wall_ms")), a.value(QStringLiteral("wall_ms"))); // exact: 17 digits
            QCOMPARE(b.value(QStringLiteral("max_rss_kb")), a.value(QStringLiteral("max_rss_kb")));
        }
        // The formula guard prefixes ' (spreadsheet safety); everything else survives.
        QCOMPARE(rs->runs[3].error, QStringLiteral("'=bad, \"quoted\"\nsecond line"));
    }

    void crashLeavesLoadableFolderWithFinishedRuns()
    {
        QTemporaryDir dir;
        QString err;
        {
            ResultWriter w;
            QVERIFY(w.open(dir.path(), experiment(), false, &err));
            for (int i = 0; i < 4; ++i) {
                QVERIFY(w.append(record(i, true), &err));
            }
        } // no finish(): status stays "running", as after SIGKILL
        // a crash after writing a run's samples but before its runs.csv row, mid-line
        QFile samples(dir.filePath(QStringLiteral("samples.csv")));
        QVERIFY(samples.open(QIODevice::Append));
        samples.write(
            "native/cpu-hash 200/cold-start-exit/r9,native,cpu-hash 200,cold-start-exit,,9,0,wall_ms,5,ms,1,\n");
        samples.close();
        QFile runs(dir.filePath(QStringLiteral("runs.csv")));
        QVERIFY(runs.open(QIODevice::Append));
        runs.write("native/cpu-hash 200/cold-start-exit/r9,8,0,nat");
        runs.close();

        const auto rs = loadResultFolder(dir.path(), &err);
        QVERIFY2(rs, qPrintable(err));
        QCOMPARE(rs->status(), QStringLiteral("running"));
        QCOMPARE(rs->runs.size(), 4);
        QCOMPARE(rs->warnings.size(), 1);
        QVERIFY(rs->warnings.first().contains(QStringLiteral("incomplete")));

        // resume keeps the 4 runs, drops the orphan samples and the partial row, and appends after them
        ResultWriter w2;
        QVERIFY2(w2.open(dir.path(), experiment(), true, &err), qPrintable(err));
        QCOMPARE(w2.completedRunIds().size(), 4);
        QVERIFY(w2.append(record(4, true), &err));
        QVERIFY(w2.finish(QStringLiteral("complete"), {}, &err));
        const auto rs2 = loadResultFolder(dir.path(), &err);
        QVERIFY(rs2);
        QCOMPARE(rs2->runs.size(), 5);
        QVERIFY2(rs2->warnings.isEmpty(), qPrintable(rs2->warnings.join('\n')));
        for (const RunRecord& r : rs2->runs) {
            QCOMPARE(r.measurements.size(), 2); // no orphan sample attached to any run
        }
    }

    void refusesToOverwriteWithoutResume()
    {
        QTemporaryDir dir;
        QString err;
        {
            ResultWriter w;
            QVERIFY(w.open(dir.path(), experiment(), false, &err));
            QVERIFY(w.append(record(0, true), &err));
        }
        ResultWriter w2;
        QVERIFY(!w2.open(dir.path(), experiment(), false, &err));
        QVERIFY(err.contains(QStringLiteral("--resume")));
    }

    void notAResultsFolder()
    {
        QTemporaryDir dir;
        QString err;
        QVERIFY(!loadResultFolder(dir.path(), &err));
        QVERIFY(err.contains(QStringLiteral("experiment.json")));
    }
};

QTEST_GUILESS_MAIN(TestResultFolder)
#include "tst_resultfolder.moc"
