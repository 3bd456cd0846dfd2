// SPDX-License-Identifier: GPL-3.0-or-later
// time-verbose importer on real GNU time 1.9 `-v` output (tests/data/import/time/README.md). Expected values are
// typed in from the files; blockLines() finds every block independently with a regular expression.
#include "io/importers/registry.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace rb;

namespace {

QString data(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/") + name));
}

std::optional<ResultSet> load(const QString& name, ImportError* error)
{
    return ImporterRegistry().import(data(QString(QStringLiteral("time/") + name)), {}, error);
}

QJsonObject sourceRuns(const ResultSet& set)
{
    return set.experiment.value(QStringLiteral("sources")).toArray().first().toObject().value(u"runs").toObject();
}

} // namespace

class TestImportTime : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        for (const char* f : { "sleep.txt", "sha256sum.txt", "several.txt", "exit3.txt", "signal.txt", "hour.txt" }) {
            QTest::addRow("%s", f) << data(QStringLiteral("time/") + QLatin1String(f))
                                   << QStringLiteral("time-verbose");
        }
        QTest::addRow("hyperfine csv") << data(QStringLiteral("hyperfine/basic.csv"))
                                       << QStringLiteral("hyperfine-csv");
        QTest::addRow("wrk") << data(QStringLiteral("wrk/plain.txt")) << QStringLiteral("wrk-text");
    }
    void sniff()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        ImportError error;
        const ImporterRegistry registry;
        const Importer* imp = registry.pick(path, &error);
        QVERIFY2(imp, qPrintable(error.text()));
        QCOMPARE(imp->name(), format);
    }

    void everyField()
    {
        ImportError error;
        const auto set = load(QStringLiteral("sleep.txt"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 1);
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.runtime, QStringLiteral("time"));
        QCOMPARE(r.spec.workload.label(), QStringLiteral("sleep 0.1"));
        QCOMPARE(r.spec.runId, QStringLiteral("time/sleep 0.1/time-verbose/r1"));
        QVERIFY(r.ok);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.value(QStringLiteral("wall_ms")), 100.0); // 0:00.10
        QCOMPARE(r.value(QStringLiteral("user_ms")), 0.0);
        QCOMPARE(r.value(QStringLiteral("sys_ms")), 0.0);
        QCOMPARE(r.value(QStringLiteral("cpu_percent")), 0.0);
        QCOMPARE(r.value(QStringLiteral("max_rss_kb")), 1644.0);
        QCOMPARE(r.value(QStringLiteral("avg_rss_kb")), 0.0);
        QCOMPARE(r.value(QStringLiteral("minor_page_faults")), 100.0);
        QCOMPARE(r.value(QStringLiteral("major_page_faults")), 0.0);
        QCOMPARE(r.value(QStringLiteral("voluntary_context_switches")), 2.0);
        QCOMPARE(r.value(QStringLiteral("involuntary_context_switches")), 4.0);
        QCOMPARE(r.value(QStringLiteral("fs_inputs")), 0.0);
        QCOMPARE(r.value(QStringLiteral("page_size_bytes")), 4096.0);
        QCOMPARE(r.measurements.size(), 21); // every field but the command and the exit status
        QCOMPARE(sourceRuns(*set).value(r.spec.runId).toInt(), 1);
        QCOMPARE(set->experiment.value(QStringLiteral("tool")).toString(), QStringLiteral("time"));
    }

    void cpuTime()
    {
        ImportError error;
        const auto set = load(QStringLiteral("sha256sum.txt"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.workload.label(), QStringLiteral("sha256sum /tmp/imp-sys-blob.bin"));
        QCOMPARE(r.value(QStringLiteral("wall_ms")), 120.0); // 0:00.12
        QCOMPARE(r.value(QStringLiteral("cpu_percent")), 46.0);
        QCOMPARE(r.value(QStringLiteral("max_rss_kb")), 1908.0);
    }

    void elapsed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("ms");
        QTest::addRow("m:ss.cc 0:00.10") << QStringLiteral("sleep.txt") << 100.0;
        QTest::addRow("m:ss.cc 1:02.03") << QStringLiteral("minutes.txt") << 62030.0;
        QTest::addRow("h:mm:ss 1:02:03 (faasm read 62 min 3 s as 1 min 2 s)")
            << QStringLiteral("hour.txt") << 3723000.0;
    }
    void elapsed()
    {
        QFETCH(QString, file);
        QFETCH(double, ms);
        ImportError error;
        const auto set = load(file, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.first().value(QStringLiteral("wall_ms")), ms);
    }

    void severalBlocks()
    {
        ImportError error;
        const auto set = load(QStringLiteral("several.txt"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QFile f(data(QStringLiteral("time/several.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<int> blockLines;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith("\tCommand being timed:")) {
                blockLines << i + 1;
            }
        }
        QCOMPARE(blockLines, (QList<int> { 1, 24, 47, 70, 93 }));
        QCOMPARE(set->runs.size(), blockLines.size());
        const QStringList ids { QStringLiteral("time/sleep 0.05/time-verbose/r1"),
            QStringLiteral("time/sleep 0.05/time-verbose/r2"), QStringLiteral("time/sleep 0.05/time-verbose/r3"),
            QStringLiteral("time/sha256sum /tmp/imp-sys-blob.bin/time-verbose/r1"),
            QStringLiteral("time/sha256sum /tmp/imp-sys-blob.bin/time-verbose/r2") };
        const QList<double> rss { 1664, 1700, 1644, 1920, 1804 };
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(set->runs[i].spec.runId, ids[i]);
            QCOMPARE(set->runs[i].value(QStringLiteral("max_rss_kb")), rss[i]);
            QCOMPARE(sourceRuns(*set).value(ids[i]).toInt(), blockLines[i]);
        }
        QCOMPARE(set->runs[4].value(QStringLiteral("wall_ms")), 60.0);
    }

    void failedRuns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("why");
        QTest::addRow("exit 3") << QStringLiteral("exit3.txt") << 3 << QStringLiteral("exit status 3");
        QTest::addRow("kill -9 (time says Exit status: 0)")
            << QStringLiteral("signal.txt") << -1 << QStringLiteral("terminated by signal 9");
    }
    void failedRuns()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, why);
        ImportError error;
        const auto set = load(file, &error);
        QVERIFY2(set, qPrintable(error.text()));
        const RunRecord& r = set->runs.first();
        QVERIFY(!r.ok);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.error, why);
        QVERIFY(!std::isnan(r.value(QStringLiteral("wall_ms")))); // measured all the same
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("cut after 12 lines") << QStringLiteral("time/truncated.txt") << QString()
                                            << QStringLiteral("truncated.txt:13: Exit status: not found");
        QTest::addRow("not a number") << QStringLiteral("time/badfield.txt") << QString()
                                      << QStringLiteral("badfield.txt:10: Maximum resident set size (kbytes): found "
                                                        "\"lots\", expected a number");
        QTest::addRow("hyperfine csv as time")
            << QStringLiteral("hyperfine/basic.csv") << QStringLiteral("time-verbose")
            << QStringLiteral("basic.csv:4: Command being timed: not found");
    }
    void errors()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        ImportError error;
        QVERIFY(!ImporterRegistry().import(data(file), format, &error));
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
};

QTEST_GUILESS_MAIN(TestImportTime)
#include "tst_import_time.moc"
