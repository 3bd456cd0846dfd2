// SPDX-License-Identifier: GPL-3.0-or-later
// runwasi importers: stress-test stdout written from its format strings, and containerd journal lines carrying
// the real VmHWM values of runwasi's uploads (tests/data/import/runwasi/README.md).
#include "importtest.h"
#include "io/importers/runwasi.h"

using namespace rb;
using namespace importtest;

namespace {

QString rw(const char* name)
{
    return data(QStringLiteral("runwasi"), QString::fromLatin1(name));
}

std::optional<ResultSet> load(const QString& path, ImportError* error)
{
    return ImporterRegistry().import(path, {}, error);
}

const RunRecord* byParams(const ResultSet& set, const QString& process, int repetition)
{
    for (const RunRecord& r : set.runs) {
        if (r.spec.scenario.params.value(QStringLiteral("process")).toString() == process
            && r.spec.repetition == repetition) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

class TestImportRunwasi : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        for (const char* f : { "stress-ok.txt", "stress-three.txt", "stress-fail.txt", "stress-cut.txt" }) {
            QTest::addRow("%s", f) << rw(f) << QStringLiteral("runwasi-stress");
        }
        for (const char* f : { "memory-journal.txt", "memory-grep.txt", "memory-bad.txt" }) {
            QTest::addRow("%s", f) << rw(f) << QStringLiteral("runwasi-memory");
        }
        QTest::addRow("wrk") << data(QStringLiteral("wrk"), QStringLiteral("latency.txt"))
                             << QStringLiteral("wrk-text");
        QTest::addRow("criterion bencher")
            << data(QStringLiteral("criterion"), QStringLiteral("output.txt")) << QStringLiteral("criterion-bencher");
    }
    void sniff()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QCOMPARE(picked(path), format);
    }

    void humantime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("ms");
        QTest::addRow("stress-test") << QStringLiteral("3s 31ms 663us 672ns") << 3031.663672;
        QTest::addRow("zero") << QStringLiteral("0s") << 0.0;
        QTest::addRow("days") << QStringLiteral("1day 2h 3m") << 93780000.0;
        QTest::addRow("year") << QStringLiteral("1year") << 31557600000.0; // humantime: 365.25 days
        QTest::addRow("month") << QStringLiteral("2months") << 5260032000.0; // 30.44 days each
        QTest::addRow("with a space") << QStringLiteral("3 s") << -1.0;
        QTest::addRow("unknown unit") << QStringLiteral("3sec") << -1.0;
        QTest::addRow("empty") << QString() << -1.0;
    }
    void humantime()
    {
        QFETCH(QString, text);
        QFETCH(double, ms);
        const auto v = importing::humantimeMs(text);
        QCOMPARE(v.has_value(), ms >= 0);
        if (v) {
            QVERIFY2(near(*v, ms), qPrintable(QString::number(*v, 'g', 17)));
        }
    }

    void stress()
    {
        ImportError error;
        const auto set = load(rw("stress-ok.txt"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 1);
        const RunRecord& r = set->runs.first();
        QVERIFY(r.ok);
        QCOMPARE(r.spec.workload.label(), QStringLiteral("ghcr.io/containerd/runwasi/wasi-demo-app:latest"));
        QCOMPARE(r.spec.scenario.params.value(QStringLiteral("args")).toString(),
            QStringLiteral("\"/wasi-demo-app.wasm\", \"echo\", \"hello\""));
        QCOMPARE(r.spec.scenario.params.value(QStringLiteral("log")).toString(), QStringLiteral("stress-ok"));
        QCOMPARE(r.value(QStringLiteral("tasks_succeeded")), 1000.0);
        QCOMPARE(r.value(QStringLiteral("tasks_failed")), 0.0);
        QVERIFY(near(r.value(QStringLiteral("elapsed_ms")), 3031.663672)); // 3s 31ms 663us 672ns
        QCOMPARE(r.value(QStringLiteral("throughput_per_s")), 329.85164); // "throuput: 329.85164 tasks/s"
        QCOMPARE(unit(r, QStringLiteral("throughput_per_s")), QStringLiteral("1/s"));
        QCOMPARE(source(*set).value(QStringLiteral("runs")).toObject().value(r.spec.runId).toInt(), 2);
    }

    void severalRuns()
    {
        ImportError error;
        const auto set = load(rw("stress-three.txt"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 3);
        QCOMPARE(set->runs[0].spec.repetition, 1);
        QCOMPARE(set->runs[1].spec.workload.label(), QStringLiteral("ghcr.io/containerd/runwasi/wasi-demo-oci:latest"));
        QCOMPARE(set->runs[2].spec.repetition, 2); // the same image and arguments again
        QVERIFY(near(set->runs[2].value(QStringLiteral("elapsed_ms")), 842.286516));
        QCOMPARE(set->runs[2].value(QStringLiteral("throughput_per_s")), 1187.2460314581934); // "throughput:"
    }

    void failedTasks()
    {
        ImportError error;
        const auto set = load(rw("stress-fail.txt"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 1);
        const RunRecord& r = set->runs.first();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("2 tasks failed, 10 tasks didn't finish")), qPrintable(r.error));
        QCOMPARE(r.value(QStringLiteral("tasks_succeeded")), 988.0);
        QCOMPARE(r.value(QStringLiteral("tasks_incomplete")), 10.0);
        QVERIFY(std::isnan(r.value(QStringLiteral("throughput_per_s"))));
    }

    void memory()
    {
        ImportError error;
        const auto set = load(rw("memory-journal.txt"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 6); // 2 shim runs × (shim, zygote, shim+zygote)
        const RunRecord* shim = byParams(*set, QStringLiteral("shim"), 1);
        const RunRecord* zygote = byParams(*set, QStringLiteral("zygote"), 1);
        const RunRecord* sum = byParams(*set, QStringLiteral("shim+zygote"), 1);
        QVERIFY(shim && zygote && sum);
        QCOMPARE(shim->value(QStringLiteral("peak_rss_kb")), 16000.0);
        QCOMPARE(shim->value(QStringLiteral("peak_total_kb")), 1297844.0);
        QCOMPARE(unit(*shim, QStringLiteral("peak_rss_kb")), QStringLiteral("KiB"));
        QCOMPARE(zygote->value(QStringLiteral("peak_rss_kb")), 3264.0);
        // benchmark-mem.sh's value: what runwasi uploaded for these lines (data.js uploads 1 and 3).
        QCOMPARE(sum->value(QStringLiteral("peak_rss_kb")), 19264.0);
        QCOMPARE(byParams(*set, QStringLiteral("shim+zygote"), 2)->value(QStringLiteral("peak_rss_kb")), 18884.0);
        QCOMPARE(source(*set).value(QStringLiteral("runs")).toObject().value(shim->spec.runId).toInt(), 2);
        QVERIFY(set->warnings.isEmpty());
    }

    void unpairedLine()
    {
        ImportError error;
        const auto set = load(rw("memory-unpaired.txt"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 1); // the shim line; no sum without the zygote
        QCOMPARE(
            set->runs.first().spec.scenario.params.value(QStringLiteral("process")).toString(), QStringLiteral("shim"));
        QCOMPARE(set->warnings.size(), 1);
        QVERIFY2(
            set->warnings.first().contains(QStringLiteral("memory-unpaired.txt:1: a shim line without its zygote")),
            qPrintable(set->warnings.first()));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("cut") << rw("stress-cut.txt") << QString()
                             << QStringLiteral("stress-cut.txt:4: throuput: not found after the \"tasks succeeded\" "
                                               "line at 2 (cut file?)");
        QTest::addRow("bad time") << rw("stress-badtime.txt") << QString()
                                  << QStringLiteral("stress-badtime.txt:3: elapsed time: found \"elapsed time: 3 "
                                                    "seconds\", expected a humantime duration");
        QTest::addRow("bad memory unit") << rw("memory-bad.txt") << QString()
                                         << QStringLiteral("memory-bad.txt:1: peak memory usage: found");
        QTest::addRow("memory as stress") << rw("memory-grep.txt") << QStringLiteral("runwasi-stress")
                                          << QStringLiteral("no \"N tasks succeeded\" line");
    }
    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        ImportError error;
        const auto set = ImporterRegistry().import(path, format, &error);
        QVERIFY(!set);
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
};

QTEST_GUILESS_MAIN(TestImportRunwasi)
#include "tst_import_runwasi.moc"
