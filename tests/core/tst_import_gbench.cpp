// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark importer on real output of libbenchmark 1.7.1 (tests/data/import/gbench/README.md). The
// library's own aggregate rows (_mean, _median, _stddev, _cv) are the independent truth for the iteration rows.
#include "engine/resultwriter.h"
#include "importtest.h"

#include <QTemporaryDir>

using namespace rb;
using namespace importtest;

namespace {

QString gb(const char* name)
{
    return data(QStringLiteral("gbench"), QString::fromLatin1(name));
}

std::optional<ResultSet> load(const QString& path, ImportError* error)
{
    return ImporterRegistry().import(path, {}, error);
}

const QString kRun64 = QStringLiteral("google-benchmark/gbench_imp BM_Sum/64/gbench-json threads=1/r");

} // namespace

class TestImportGbench : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addRow("repetitions") << gb("repetitions.json") << QStringLiteral("gbench-json");
        QTest::addRow("non-finite") << gb("nonfinite.json") << QStringLiteral("gbench-json");
        QTest::addRow("truncated") << gb("truncated.json") << QStringLiteral("gbench-json");
        QTest::addRow("hyperfine json") << data(QStringLiteral("hyperfine"), QStringLiteral("basic.json"))
                                        << QStringLiteral("hyperfine-json");
        QTest::addRow("benchmark-action json")
            << data(QStringLiteral("benchaction"), QStringLiteral("stress-bench.json"))
            << QStringLiteral("benchmark-action-json");
    }
    void sniff()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QCOMPARE(picked(path), format);
    }

    void repetitionsAreRuns()
    {
        ImportError error;
        const auto set = load(gb("repetitions.json"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 10); // 2 benchmarks × 5 repetitions; aggregates add no run
        const RunRecord* r1 = run(*set, QString(kRun64 + QStringLiteral("1")));
        QVERIFY(r1);
        QCOMPARE(r1->spec.workload.label(), QStringLiteral("gbench_imp BM_Sum/64"));
        QVERIFY(near(r1->value(QStringLiteral("real_time_ms")), 3.1569126721648239e+01 * 1e-6)); // ns → ms
        QVERIFY(near(r1->value(QStringLiteral("cpu_time_ms")), 3.1575346898707100e+01 * 1e-6));
        QCOMPARE(r1->value(QStringLiteral("iterations")), 460437.0);
        QVERIFY(near(r1->value(QStringLiteral("items_per_second")), 2.0268977631603022e+09));
        QCOMPARE(unit(*r1, QStringLiteral("items_per_second")), QStringLiteral("1/s"));
        QCOMPARE(unit(*r1, QStringLiteral("real_time_ms")), QStringLiteral("ms"));
        QCOMPARE(r1->startedUtc, QDateTime(QDate(2026, 11, 25), QTime(1, 59, 39), QTimeZone::utc()));
        const RunRecord* r5 = run(*set, QString(kRun64 + QStringLiteral("5")));
        QVERIFY(r5);
        QVERIFY(near(r5->value(QStringLiteral("real_time_ms")), 3.3799981323453842e+01 * 1e-6));
        QVERIFY(std::isnan(r5->value(QStringLiteral("real_time_ms_mean")))); // summaries only on r1
    }

    void aggregatesMatchTheSamples()
    {
        ImportError error;
        const auto set = load(gb("repetitions.json"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        for (const char* bench : { "BM_Sum/64", "BM_Sum/4096" }) {
            QList<double> xs;
            const RunRecord* first = nullptr;
            for (const RunRecord& r : set->runs) {
                if (r.spec.workload.args.value(0) == QLatin1String(bench)) {
                    xs << r.value(QStringLiteral("real_time_ms"));
                    first = r.spec.repetition == 1 ? &r : first;
                }
            }
            QCOMPARE(xs.size(), 5);
            QVERIFY(first);
            double mean = 0;
            for (double x : xs) {
                mean += x / xs.size();
            }
            double ss = 0;
            for (double x : xs) {
                ss += (x - mean) * (x - mean);
            }
            const double sd = std::sqrt(ss / (xs.size() - 1));
            std::sort(xs.begin(), xs.end());
            QVERIFY2(near(first->value(QStringLiteral("real_time_ms_mean")), mean, 1e-9), bench);
            QVERIFY2(near(first->value(QStringLiteral("real_time_ms_median")), xs[2], 1e-9), bench);
            QVERIFY2(near(first->value(QStringLiteral("real_time_ms_stddev")), sd, 1e-9), bench);
            QVERIFY2(near(first->value(QStringLiteral("real_time_cv")), sd / mean, 1e-9), bench); // a fraction
            QCOMPARE(unit(*first, QStringLiteral("real_time_cv")), QString());
            QVERIFY(!std::isnan(first->value(QStringLiteral("items_per_second_mean"))));
        }
    }

    void provenance()
    {
        ImportError error;
        const auto set = load(gb("repetitions.json"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        const QJsonObject src = source(*set);
        QCOMPARE(src.value(QStringLiteral("format")).toString(), QStringLiteral("gbench-json"));
        QCOMPARE(src.value(QStringLiteral("tool")).toString(), QStringLiteral("google-benchmark"));
        QVERIFY(src.value(QStringLiteral("tool_version")).isNull()); // 1.7.1 writes no library_version
        const QJsonObject ctx = src.value(QStringLiteral("context")).toObject();
        QCOMPARE(ctx.value(QStringLiteral("host_name")).toString(), QStringLiteral("vm"));
        QCOMPARE(ctx.value(QStringLiteral("num_cpus")).toInt(), 2);
        QCOMPARE(ctx.value(QStringLiteral("caches")).toArray().size(), 4);
        QCOMPARE(src.value(QStringLiteral("runs")).toObject().value(QString(kRun64 + QStringLiteral("2"))).toInt(),
            55); // the "name" line of repetition_index 1
        QVERIFY2(set->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("debug")),
            qPrintable(set->warnings.join(QLatin1Char('\n'))));
    }

    void nonFiniteValues()
    {
        ImportError error;
        const auto set = load(gb("nonfinite.json"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 1);
        const RunRecord& r = set->runs.first();
        QVERIFY(std::isnan(r.value(QStringLiteral("nan_rate"))));
        QCOMPARE(r.value(QStringLiteral("ops_rate")), HUGE_VAL);
        QCOMPARE(r.value(QStringLiteral("neg_rate")), -HUGE_VAL);
        QCOMPARE(r.value(QStringLiteral("real_time_ms")), 0.0);
        QCOMPARE(r.value(QStringLiteral("iterations")), 1000.0);
    }

    void errorRow()
    {
        ImportError error;
        const auto set = load(gb("error.json"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.size(), 1);
        QVERIFY(!set->runs.first().ok);
        QCOMPARE(set->runs.first().error, QStringLiteral("Google Benchmark: input file missing"));
    }

    /// Non-finite values survive a results folder (samples.csv writes nan, inf, -inf and reads them back).
    void nonFiniteRoundTrip()
    {
        ImportError error;
        const auto set = load(gb("nonfinite.json"), &error);
        QVERIFY2(set, qPrintable(error.text()));
        QTemporaryDir dir;
        ResultWriter writer;
        QString why;
        QVERIFY2(writer.open(dir.path(), set->experiment, false, &why), qPrintable(why));
        QVERIFY2(writer.append(set->runs.first(), &why), qPrintable(why));
        QVERIFY2(writer.finish(QStringLiteral("complete"), {}, &why), qPrintable(why));
        const auto back = loadResultFolder(dir.path(), &why);
        QVERIFY2(back, qPrintable(why));
        QVERIFY(std::isnan(back->runs.first().value(QStringLiteral("nan_rate"))));
        QCOMPARE(back->runs.first().value(QStringLiteral("ops_rate")), HUGE_VAL);
        QCOMPARE(back->runs.first().value(QStringLiteral("neg_rate")), -HUGE_VAL);
    }

    void tokensInsideStringsAreKept()
    {
        const QString path = gb("tokens-in-strings.json");
        ImportError error;
        const auto set = load(path, &error);
        QVERIFY2(set, qPrintable(error.text()));
        QCOMPARE(set->runs.first().spec.workload.label(), QStringLiteral("BM_NaN/Infinity \"-NaN\""));
        QVERIFY(std::isnan(set->runs.first().value(QStringLiteral("real_time_ms"))));
        QCOMPARE(set->runs.first().value(QStringLiteral("cpu_time_ms")), -HUGE_VAL);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addRow("truncated") << gb("truncated.json")
                                   << QStringLiteral("truncated.json:61: invalid JSON: unterminated string");
        QTest::addRow("wrong type") << gb("wrongtype.json")
                                    << QStringLiteral("wrongtype.json:55: benchmarks[1].real_time: missing or not a "
                                                      "number");
    }
    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        ImportError error;
        const auto set = ImporterRegistry().import(path, QStringLiteral("gbench-json"), &error);
        QVERIFY(!set);
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
};

QTEST_GUILESS_MAIN(TestImportGbench)
#include "tst_import_gbench.moc"
