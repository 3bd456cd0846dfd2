// SPDX-License-Identifier: GPL-3.0-or-later
// perf-stat-csv importer on real `perf stat -x,` output of perf 6.1 (tests/data/import/perf/README.md). Values are
// typed in from the files; intervalSums() adds the interval lines up independently.
#include "importtest.h"
#include "io/importers/registry.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace rb;
using importtest::near;

namespace {

QString data(const QString& name)
{
    return QFINDTESTDATA(QString(QStringLiteral("../data/import/") + name));
}

std::optional<ResultSet> load(const QString& name, ImportError* error)
{
    return ImporterRegistry().import(data(QString(QStringLiteral("perf/") + name)), {}, error);
}

} // namespace

class TestImportPerf : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        for (const char* f :
            { "sleep.csv", "repeat.csv", "sha.csv", "interval.csv", "appended.csv", "default.csv", "notcounted.csv" }) {
            QTest::addRow("%s", f) << data(QStringLiteral("perf/") + QLatin1String(f))
                                   << QStringLiteral("perf-stat-csv");
        }
        QTest::addRow("hyperfine csv") << data(QStringLiteral("hyperfine/basic.csv"))
                                       << QStringLiteral("hyperfine-csv");
        QTest::addRow("faasm time csv") << data(QStringLiteral("faasm/time.csv")) << QStringLiteral("faasm-time-csv");
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

    void notSupportedIsMissing()
    {
        ImportError error;
        const auto set = load(QStringLiteral("sleep.csv"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 1);
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.runId, QStringLiteral("perf/sleep/perf-stat-csv/r1")); // perf does not write the command
        QCOMPARE(r.value(QStringLiteral("task_clock_ms")), 0.82); // 0.82,msec,task-clock
        QVERIFY(std::isnan(r.value(QStringLiteral("cycles")))); // <not supported>: missing, not 0
        QVERIFY(std::isnan(r.value(QStringLiteral("instructions"))));
        QCOMPARE(r.measurements.size(), 1);
        QCOMPARE(set->warnings.size(), 2);
        QVERIFY2(
            set->warnings.first().endsWith(QStringLiteral("sleep.csv:1: cycles: <not supported> (missing, not 0)")),
            qPrintable(set->warnings.first()));
        const QJsonObject source = set->experiment.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("tool")).toString(), QStringLiteral("perf"));
        QCOMPARE(source.value(QStringLiteral("runs")).toObject().value(r.spec.runId).toInt(), 1);
    }

    void defaultEvents()
    {
        ImportError error;
        const auto set = load(QStringLiteral("default.csv"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.value(QStringLiteral("task_clock_ms")), 0.82);
        QCOMPARE(r.value(QStringLiteral("context_switches")), 1.0);
        QCOMPARE(r.value(QStringLiteral("cpu_migrations")), 0.0); // counted 0 is 0
        QCOMPARE(r.value(QStringLiteral("page_faults")), 75.0);
        QCOMPARE(set->warnings.size(), 4); // cycles, instructions, branches, branch-misses
    }

    void repeatIsMean()
    {
        ImportError error;
        auto set = load(QStringLiteral("repeat.csv"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        const RunRecord& r = set->runs.first();
        QVERIFY(std::isnan(r.value(QStringLiteral("task_clock_ms")))); // a mean of 3 runs is not one observation
        QCOMPARE(r.value(QStringLiteral("task_clock_ms_mean")), 1.04);
        QCOMPARE(r.value(QStringLiteral("task_clock_ms_mean_rel_stderr_pct")), 4.27);

        set = load(QStringLiteral("notcounted.csv"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QVERIFY(set->runs.first().measurements.isEmpty());
        QVERIFY(set->warnings.last().contains(QStringLiteral("task-clock: <not counted>")));
    }

    void commentsAndAppend()
    {
        ImportError error;
        auto set = load(QStringLiteral("sha.csv"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 1);
        QCOMPARE(set->runs.first().value(QStringLiteral("task_clock_ms")), 101.80);
        QCOMPARE(set->runs.first().value(QStringLiteral("context_switches")), 11.0);

        set = load(QStringLiteral("appended.csv"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 3);
        const QList<double> clock { 0.79, 0.66, 0.96 };
        const QList<double> faults { 75, 75, 77 };
        const QList<int> lines { 3, 7, 11 };
        const QJsonObject runs =
            set->experiment.value(QStringLiteral("sources")).toArray().first().toObject().value(u"runs").toObject();
        for (int i = 0; i < 3; ++i) {
            const RunRecord& r = set->runs[i];
            QCOMPARE(r.spec.repetition, i + 1);
            QCOMPARE(r.value(QStringLiteral("task_clock_ms")), clock[i]);
            QCOMPARE(r.value(QStringLiteral("page_faults")), faults[i]);
            QCOMPARE(runs.value(r.spec.runId).toInt(), lines[i]);
        }
    }

    void intervalSums()
    {
        ImportError error;
        const auto set = load(QStringLiteral("interval.csv"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 1);
        const RunRecord& r = set->runs.first();
        QFile f(data(QStringLiteral("perf/interval.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        double clock = 0;
        double faults = 0;
        int points = 0;
        for (const QByteArray& line : f.readAll().split('\n')) {
            const QList<QByteArray> p = line.trimmed().split(',');
            if (p.size() > 3) {
                (p[3] == "task-clock" ? clock : faults) += p[1].toDouble();
                ++points;
            }
        }
        QVERIFY(near(r.value(QStringLiteral("task_clock_ms")), clock)); // 99.37 + 3.96
        QVERIFY(near(r.value(QStringLiteral("page_faults")), faults)); // 83 + 3
        QCOMPARE(r.series.size(), points);
        QCOMPARE(r.series.first().tMs, 100.17302);
        QCOMPARE(r.series.first().series, QStringLiteral("task_clock_ms"));
        QCOMPARE(r.series.first().value, 99.37);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("cut in the event name")
            << QStringLiteral("perf/truncated.csv") << QString()
            << QStringLiteral("truncated.csv:2: found \"<not supported>,,instruct\", expected value,unit,event");
        QTest::addRow("hyperfine csv as perf")
            << QStringLiteral("hyperfine/basic.csv") << QStringLiteral("perf-stat-csv")
            << QStringLiteral("basic.csv:1: value: found \"command\" (event \"stddev\")");
        QTest::addRow("time -v as perf") << QStringLiteral("time/sleep.txt") << QStringLiteral("perf-stat-csv")
                                         << QStringLiteral("sleep.txt:1: found");
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

QTEST_GUILESS_MAIN(TestImportPerf)
#include "tst_import_perf.moc"
