// SPDX-License-Identifier: GPL-3.0-or-later
// Criterion importers: bencher lines rebuilt from runwasi's real upload and a target/criterion tree written by
// make_tree.py with Criterion's definitions (tests/data/import/criterion/README.md). The per-sample times are
// re-read from sample.json here, and the estimates are checked against the imported samples.
#include "importtest.h"

#include <QFile>
#include <QJsonDocument>

using namespace rb;
using namespace importtest;

namespace {

QString cr(const char* name)
{
    return data(QStringLiteral("criterion"), QString::fromLatin1(name));
}

std::optional<ResultSet> load(const QString& path, ImportError* error)
{
    return ImporterRegistry().import(path, {}, error);
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QList<const RunRecord*> runsOf(const ResultSet& set, const QString& workload)
{
    QList<const RunRecord*> out;
    for (const RunRecord& r : set.runs) {
        if (r.spec.workload.label() == workload) {
            out << &r;
        }
    }
    return out;
}

} // namespace

class TestImportCriterion : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addRow("bencher") << cr("output.txt") << QStringLiteral("criterion-bencher");
        QTest::addRow("bencher, bad line") << cr("output-badline.txt") << QStringLiteral("criterion-bencher");
        QTest::addRow("target/criterion") << cr("target/criterion") << QStringLiteral("criterion-dir");
        QTest::addRow("one benchmark") << cr("target/criterion/sum/elements/64") << QStringLiteral("criterion-dir");
        QTest::addRow("data.js") << data(QStringLiteral("benchaction"), QStringLiteral("data.js"))
                                 << QStringLiteral("benchmark-action-datajs");
        QTest::addRow("other folder") << data(QStringLiteral("gbench"), QStringLiteral("src")) << QString();
    }
    void sniff()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QCOMPARE(picked(path), format);
    }

    void bencher()
    {
        ImportError error;
        const auto set = load(cr("output.txt"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 8);
        const RunRecord& r = set->runs.first();
        QCOMPARE(
            r.spec.runId, QStringLiteral("criterion/end-to-end/wasmtime/wasi-demo-app:latest/criterion-bencher/r1"));
        QVERIFY(near(r.value(QStringLiteral("time_ms_median")), 135.730759)); // 135,730,759 ns/iter
        QVERIFY(near(r.value(QStringLiteral("time_ms_stddev")), 2.619544)); // (+/- 2,619,544)
        QCOMPARE(unit(r, QStringLiteral("time_ms_median")), QStringLiteral("ms"));
        QCOMPARE(source(*set).value(QStringLiteral("runs")).toObject().value(r.spec.runId).toInt(), 5);
    }

    /// The same upload, as benchmark-action stored it (tool: cargo), gives the same medians.
    void bencherMatchesDataJs()
    {
        ImportError error;
        const auto lines = load(cr("output.txt"), &error);
        const auto hist = load(data(QStringLiteral("benchaction"), QStringLiteral("data.js")), &error);
        QVERIFY2(lines && hist, qPrintable(error.text()));
        for (const RunRecord& r : lines->runs) {
            const auto same = runsOf(*hist, r.spec.workload.label());
            QCOMPARE(same.size(), 1);
            QCOMPARE(same.first()->value(QStringLiteral("time_ms_median")), r.value(QStringLiteral("time_ms_median")));
            QCOMPARE(same.first()->value(QStringLiteral("time_ms_range")), r.value(QStringLiteral("time_ms_stddev")));
        }
    }

    void tree()
    {
        ImportError error;
        const auto set = load(cr("target/criterion"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 10 + 20); // new/ only: base/ (the run before) is not imported
        const QString e2e = QStringLiteral("end-to-end/wasmtime/wasi-demo-app:latest"); // full_id, not the folder
        const auto runs = runsOf(*set, e2e);
        QCOMPARE(runs.size(), 10);
        QCOMPARE(runs.first()->spec.scenario.label(),
            QStringLiteral("criterion-dir function=wasmtime/wasi-demo-app:latest group=end-to-end"));
        const QString dir = cr("target/criterion/end-to-end/wasmtime_wasi-demo-app_latest/new");
        const QJsonObject sample = readJson(QString(dir + QStringLiteral("/sample.json")));
        const QJsonArray iters = sample.value(QStringLiteral("iters")).toArray();
        const QJsonArray times = sample.value(QStringLiteral("times")).toArray();
        double mean = 0;
        for (int i = 0; i < 10; ++i) {
            const double expected = times.at(i).toDouble() / iters.at(i).toDouble() / 1e6;
            QVERIFY(near(runs[i]->value(QStringLiteral("time_ms")), expected));
            QCOMPARE(runs[i]->value(QStringLiteral("iterations")), 4.0); // flat sampling
            mean += runs[i]->value(QStringLiteral("time_ms")) / 10;
        }
        const RunRecord& r1 = *runs.first();
        QVERIFY(near(r1.value(QStringLiteral("time_ms_mean")), mean, 1e-9)); // estimates.json vs samples
        const QJsonObject est = readJson(QString(dir + QStringLiteral("/estimates.json")));
        const QJsonObject median = est.value(QStringLiteral("median")).toObject();
        QVERIFY(near(r1.value(QStringLiteral("time_ms_median_ci_low")),
            median.value(QStringLiteral("confidence_interval"))
                    .toObject()
                    .value(QStringLiteral("lower_bound"))
                    .toDouble()
                * 1e-6));
        QVERIFY(near(r1.value(QStringLiteral("time_ms_mad_se")),
            est.value(QStringLiteral("median_abs_dev")).toObject().value(QStringLiteral("standard_error")).toDouble()
                * 1e-6));
        QCOMPARE(r1.value(QStringLiteral("ci_level")), 0.95);
        QVERIFY(std::isnan(r1.value(QStringLiteral("time_ms_slope")))); // null for flat sampling
        QVERIFY(std::isnan(runs[1]->value(QStringLiteral("time_ms_mean")))); // summaries on r1 only
    }

    void linearWithThroughput()
    {
        ImportError error;
        const auto set = load(cr("target/criterion/sum/elements/64"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 20);
        const RunRecord& r = set->runs.first();
        QCOMPARE(r.spec.runId,
            QStringLiteral("criterion/sum/elements/64/criterion-dir function=elements group=sum "
                           "value=64/r1"));
        QCOMPARE(r.value(QStringLiteral("iterations")), 1000.0);
        QVERIFY(near(r.value(QStringLiteral("elements_per_s")), 64.0 / (r.value(QStringLiteral("time_ms")) / 1000.0)));
        QCOMPARE(unit(r, QStringLiteral("elements_per_s")), QStringLiteral("1/s"));
        const double slope = r.value(QStringLiteral("time_ms_slope"));
        QVERIFY(slope > 31.0e-6 && slope < 32.2e-6); // ~31.6 ns per iteration
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bad bencher line")
            << cr("output-badline.txt") << QString()
            << QStringLiteral("output-badline.txt:7: bench: found \"test end-to-end/wasmedge/wasi-demo-app:latest");
        QTest::addRow("iters and times differ")
            << cr("bad-sample") << QString()
            << QStringLiteral("sample.json:1: iters: expected iters[] and times[] of the same, non-zero length "
                              "(found 20 and 19)");
        QTest::addRow("estimate not a number")
            << cr("bad-estimates") << QString()
            << QStringLiteral("estimates.json:1: median.point_estimate: missing or not a number (ns)");
        QTest::addRow("not a criterion folder")
            << data(QStringLiteral("gbench"), QStringLiteral("src")) << QStringLiteral("criterion-dir")
            << QStringLiteral("no <benchmark>/new/benchmark.json below");
        QTest::addRow("no bench line") << data(QStringLiteral("gbench"), QStringLiteral("README.md"))
                                       << QStringLiteral("criterion-bencher")
                                       << QStringLiteral("README.md:1: bench: no \"test ID ... bench:\" line found");
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

QTEST_GUILESS_MAIN(TestImportCriterion)
#include "tst_import_criterion.moc"
